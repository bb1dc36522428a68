/// One piece of an HTML document, as byte ranges into it.
enum HTMLToken {
  /// Text between tags, references not yet decoded.
  case text(Range<Int>)
  /// `<name attributes>` or `<name attributes />`.
  case startTag(HTMLTag)
  /// `</name>`.
  case endTag(name: Range<Int>)
}

/// A start tag: where it stands, its name and its attributes, undecoded.
struct HTMLTag {
  /// The offset of its `<`.
  var start: Int
  /// The name, in the case written.
  var name: Range<Int>
  /// Everything between the name and the closing `>` or `/>`.
  var attributes: Range<Int>
  /// Whether it ends with `/>`.
  var isSelfClosing: Bool
}

/// A small, tolerant HTML tokenizer: start tags with their attributes, end tags, and text.
///
/// Comments (`<!-- -->`), declarations (`<!DOCTYPE html>`), processing instructions and the
/// contents of `script` and `style` produce nothing; the contents of `title` and `textarea` are
/// one text token, tags inside them included. A `<` that starts no tag is text. Quoted
/// attribute values may hold `>`. What is cut off at the end of the input runs to the end, as
/// browsers read it: a comment or a script swallows the rest, a tag is dropped. Names compare
/// ASCII-case-insensitively.
struct HTMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var index = 0
  /// The element whose raw contents come next, after its start tag.
  private var rawElement: RawElement?

  private enum RawElement {
    case skipped(StaticString)
    case text(StaticString)
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The next token, or nil at the end of the input.
  mutating func next() -> HTMLToken? {
    let end = bytes.count
    if let raw = rawElement {
      rawElement = nil
      let start = index
      switch raw {
      case .skipped(let name):
        index = rawTextEnd(name)
      case .text(let name):
        index = rawTextEnd(name)
        if index > start { return .text(start..<index) }
      }
    }
    while index < end {
      let start = index
      guard bytes[start] == UInt8(ascii: "<"), start + 1 < end else {
        index = self.bytes.firstIndex(of: UInt8(ascii: "<"), in: start + 1..<end) ?? end
        return .text(start..<index)
      }
      let next = bytes[start + 1]
      if next == UInt8(ascii: "!") {
        if starts(with: "<!--", at: start) {
          index = find("-->", from: start + 4).map { $0 + 3 } ?? end
        } else {
          index = afterClosingBracket(from: start + 2)
        }
      } else if next == UInt8(ascii: "?") {
        index = afterClosingBracket(from: start + 2)
      } else if next == UInt8(ascii: "/") {
        let nameEnd = readName(from: start + 2)
        index = afterClosingBracket(from: nameEnd)
        // `</>` and `</ x>` are dropped, as browsers drop them.
        if nameEnd > start + 2, bytes[start + 2].isASCIILetter {
          return .endTag(name: start + 2..<nameEnd)
        }
      } else if next.isASCIILetter {
        let name = start + 1..<readName(from: start + 1)
        let (close, isSelfClosing) = scanAttributes(name.upperBound..<end) { _, _ in }
        index = Swift.min(close + 1, end)
        // A tag cut off by the end of the input is dropped, as browsers drop it.
        guard close < end else { continue }
        let tag = HTMLTag(
          start: start, name: name, attributes: name.upperBound..<close,
          isSelfClosing: isSelfClosing)
        if !isSelfClosing {
          if self.name(name, is: "script") {
            rawElement = .skipped("</script")
          } else if self.name(name, is: "style") {
            rawElement = .skipped("</style")
          } else if self.name(name, is: "title") {
            rawElement = .text("</title")
          } else if self.name(name, is: "textarea") {
            rawElement = .text("</textarea")
          }
        }
        return .startTag(tag)
      } else {
        index = self.bytes.firstIndex(of: UInt8(ascii: "<"), in: start + 1..<end) ?? end
        return .text(start..<index)
      }
    }
    return nil
  }

  /// Whether a name is `lowercaseName`, in any case.
  func name(_ range: Range<Int>, is lowercaseName: StaticString) -> Bool {
    guard range.count == lowercaseName.utf8CodeUnitCount else { return false }
    return lowercaseName.withUTF8Buffer { name in
      var offset = 0
      for position in range {
        if bytes[position].lowercasedASCII != name[offset] { return false }
        offset += 1
      }
      return true
    }
  }

  /// The value of a tag's attribute (`lowercaseName` in any case), undecoded, without its
  /// quotes; an empty range for an attribute without a value; nil when the tag has none.
  func attribute(_ lowercaseName: StaticString, of tag: HTMLTag) -> Range<Int>? {
    var found: Range<Int>?
    _ = scanAttributes(tag.attributes) { name, value in
      if found == nil, self.name(name, is: lowercaseName) {
        found = value ?? name.upperBound..<name.upperBound
      }
    }
    return found
  }

  /// Whether a `class` value lists `className` among its space-separated names (case matters,
  /// as in CSS).
  func hasClass(_ className: StaticString, in value: Range<Int>) -> Bool {
    var start = value.lowerBound
    while start < value.upperBound {
      while start < value.upperBound, bytes[start].isHTMLSpace { start += 1 }
      var end = start
      while end < value.upperBound, !bytes[end].isHTMLSpace { end += 1 }
      if end > start, end - start == className.utf8CodeUnitCount,
        className.withUTF8Buffer({ $0.elementsEqual(bytes[start..<end]) })
      {
        return true
      }
      start = end
    }
    return false
  }

  // MARK: Helpers

  /// Reads attributes up to the tag's `>`, calling `body` with each name and value (unquoted);
  /// returns the offset of the `>` (or the end) and whether the tag closed with `/>`.
  ///
  ///     attributes := (space* name [space* "=" space* value])* space* ["/"] ">"
  ///     value      := '"' any* '"' | "'" any* "'" | unquoted
  private func scanAttributes(
    _ range: Range<Int>, _ body: (_ name: Range<Int>, _ value: Range<Int>?) -> Void
  ) -> (close: Int, isSelfClosing: Bool) {
    var position = range.lowerBound
    let end = range.upperBound
    var lastSlash = -1
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: ">") { return (position, lastSlash == position - 1) }
      if byte.isHTMLSpace {
        position += 1
        continue
      }
      if byte == UInt8(ascii: "/") {
        lastSlash = position
        position += 1
        continue
      }
      let nameStart = position
      position += 1
      while position < end, !bytes[position].isHTMLSpace,
        bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "="),
        bytes[position] != UInt8(ascii: "/")
      {
        position += 1
      }
      let name = nameStart..<position
      var probe = position
      while probe < end, bytes[probe].isHTMLSpace { probe += 1 }
      guard probe < end, bytes[probe] == UInt8(ascii: "=") else {
        body(name, nil)
        continue
      }
      probe += 1
      while probe < end, bytes[probe].isHTMLSpace { probe += 1 }
      guard probe < end else {
        body(name, probe..<probe)
        return (end, false)
      }
      let quote = bytes[probe]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        let closing = self.bytes.firstIndex(of: quote, in: probe + 1..<end) ?? end
        body(name, probe + 1..<closing)
        position = Swift.min(closing + 1, end)
      } else {
        var valueEnd = probe
        while valueEnd < end, !bytes[valueEnd].isHTMLSpace, bytes[valueEnd] != UInt8(ascii: ">") {
          valueEnd += 1
        }
        body(name, probe..<valueEnd)
        position = valueEnd
      }
    }
    return (end, false)
  }

  /// The end of a tag name: letters, digits, `-`, `:`, `_`, `.`.
  private func readName(from start: Int) -> Int {
    var position = start
    while position < bytes.count {
      let byte = bytes[position]
      guard
        byte.isASCIILetter || byte.isDigit || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      else { break }
      position += 1
    }
    return position
  }

  /// Just past the next `>`, or the end.
  private func afterClosingBracket(from start: Int) -> Int {
    guard start < bytes.count else { return bytes.count }
    return self.bytes.firstIndex(of: UInt8(ascii: ">"), in: start..<bytes.count).map { $0 + 1 }
      ?? bytes.count
  }

  /// The offset of the `<` that closes a raw element (`</script` in any case, then a space, `/`
  /// or `>`), or the end.
  private func rawTextEnd(_ closing: StaticString) -> Int {
    var position = index
    while let open = self.bytes.firstIndex(of: UInt8(ascii: "<"), in: position..<bytes.count) {
      let after = open + closing.utf8CodeUnitCount
      if after <= bytes.count, starts(with: closing, at: open, ignoringCase: true),
        after == bytes.count || bytes[after].isHTMLSpace || bytes[after] == UInt8(ascii: ">")
          || bytes[after] == UInt8(ascii: "/")
      {
        return open
      }
      position = open + 1
    }
    return bytes.count
  }

  private func starts(with literal: StaticString, at start: Int, ignoringCase: Bool = false)
    -> Bool
  {
    let length = literal.utf8CodeUnitCount
    guard start + length <= bytes.count else { return false }
    return literal.withUTF8Buffer { pattern in
      for offset in 0..<length {
        let byte = bytes[start + offset]
        if (ignoringCase ? byte.lowercasedASCII : byte) != pattern[offset] { return false }
      }
      return true
    }
  }

  /// The offset of the next `literal` at or after `start`: `memchr` for its first byte.
  private func find(_ literal: StaticString, from start: Int) -> Int? {
    var position = start
    let first = literal.withUTF8Buffer { $0[0] }
    while position < bytes.count,
      let candidate = self.bytes.firstIndex(of: first, in: position..<bytes.count)
    {
      if starts(with: literal, at: candidate) { return candidate }
      position = candidate + 1
    }
    return nil
  }
}

extension UInt8 {
  /// HTML's white space: space, tab, line feed, form feed, carriage return.
  var isHTMLSpace: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D
  }
}
