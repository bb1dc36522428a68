/// A small, lenient XML tokenizer over UTF-8 bytes: start tags with their attributes (either
/// quote, or none), end tags, character data and CDATA sections.
///
///     document := (text | cdata | comment | pi | doctype | tag)*
///     cdata    := "<![CDATA[" any* "]]>"
///     comment  := "<!--" any* "-->"
///     pi       := "<?" any* "?>"
///     doctype  := "<!" name (quoted | "[" internal-subset "]" | any)* ">"
///     tag      := "<" name attribute* "/"? ">" | "</" name space* ">"
///
/// Comments, processing instructions (the `<?xml ?>` declaration) and the doctype produce
/// nothing. A `<` that starts no tag is text, and reported. What the end of the input cuts off
/// (a tag, a comment, a CDATA section) is reported once, as a problem at its start: a CDATA
/// section keeps what it had, a tag is dropped. Nesting is the reader's business: the scanner
/// keeps no stack, so no input can make it recurse or grow.
///
/// Reading the names and attributes of its tags is in `XMLScanner+Names`.
struct XMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var index = 0
  /// What was malformed, in the order met.
  private(set) var problems: [ParseProblem] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
  }

  /// The next token, or nil at the end of the input.
  mutating func next() -> XMLToken? {
    let end = bytes.count
    while index < end {
      let start = index
      guard bytes[start] == UInt8(ascii: "<") else {
        index = bytes.firstIndex(of: UInt8(ascii: "<"), in: start + 1..<end) ?? end
        return .text(start..<index)
      }
      guard start + 1 < end else {
        index = end
        report(start, "a '<' at the end of the file: truncated?")
        return .text(start..<end)
      }
      let next = bytes[start + 1]
      if next == UInt8(ascii: "!") {
        if starts(with: "<![CDATA[", at: start) {
          let contents = start + 9
          guard let close = find("]]>", from: contents) else {
            index = end
            report(start, "the file ends inside this CDATA section: truncated?")
            return .cdata(contents..<end)
          }
          index = close + 3
          return .cdata(contents..<close)
        }
        if starts(with: "<!--", at: start) {
          guard let close = find("-->", from: start + 4) else {
            index = end
            report(start, "the file ends inside this comment: truncated?")
            return nil
          }
          index = close + 3
          continue
        }
        index = declarationEnd(from: start + 2)
        continue
      }
      if next == UInt8(ascii: "?") {
        guard let close = find("?>", from: start + 2) else {
          index = end
          report(start, "the file ends inside this processing instruction: truncated?")
          return nil
        }
        index = close + 2
        continue
      }
      if next == UInt8(ascii: "/") {
        let nameEnd = readName(from: start + 2)
        guard let close = bytes.firstIndex(of: UInt8(ascii: ">"), in: nameEnd..<end) else {
          index = end
          report(start, "the file ends inside this end tag: truncated?")
          return nil
        }
        index = close + 1
        guard nameEnd > start + 2 else {
          report(start, "an end tag without a name; ignored")
          continue
        }
        return .endTag(name: start + 2..<nameEnd, start: start)
      }
      guard next.isXMLNameStart else {
        // `a < b` in text: not XML, but meant as text.
        index = bytes.firstIndex(of: UInt8(ascii: "<"), in: start + 1..<end) ?? end
        report(start, "a '<' that starts no tag; read as text (write it as &lt;)")
        return .text(start..<index)
      }
      let name = start + 1..<readName(from: start + 1)
      let close = tagEnd(from: name.upperBound)
      switch close {
      case .end:
        index = end
        report(start, "the file ends inside this tag: truncated?")
        return nil
      case .missing(let next):
        // `<event id="1"` and then the next tag: read the tag up to there.
        index = next
        report(start, "this tag has no '>'; read up to the next tag")
        return .startTag(
          XMLTag(start: start, name: name, attributes: name.upperBound..<next, isSelfClosing: false)
        )
      case .bracket(let bracket, let isSelfClosing):
        index = bracket + 1
        return .startTag(
          XMLTag(
            start: start, name: name,
            attributes: name.upperBound..<(isSelfClosing ? bracket - 1 : bracket),
            isSelfClosing: isSelfClosing))
      }
    }
    return nil
  }

  // MARK: Helpers

  private mutating func report(_ offset: Int, _ message: String) {
    problems.append(ParseProblem(offset, message))
  }

  /// The end of a name: letters, digits, `-`, `:`, `_`, `.` and any non-ASCII byte.
  private func readName(from start: Int) -> Int {
    var position = start
    while position < bytes.count {
      let byte = bytes[position]
      guard
        byte.isASCIILetter || byte.isDigit || byte >= 0x80 || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      else { break }
      position += 1
    }
    return position
  }

  /// How a start tag ends.
  private enum TagEnd {
    /// At a `>`, with or without a `/` just before it.
    case bracket(Int, isSelfClosing: Bool)
    /// Without one: the next tag's `<` comes first.
    case missing(next: Int)
    /// Without one: the input ends first.
    case end
  }

  /// Where a start tag ends (quoted values may hold `>` and `<`).
  private func tagEnd(from start: Int) -> TagEnd {
    var position = start
    let end = bytes.count
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: ">") {
        return .bracket(
          position, isSelfClosing: position > start && bytes[position - 1] == UInt8(ascii: "/"))
      }
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        guard let closing = bytes.firstIndex(of: byte, in: position + 1..<end) else { return .end }
        position = closing + 1
      } else if byte == UInt8(ascii: "<") {
        return .missing(next: position)
      } else {
        position += 1
      }
    }
    return .end
  }

  /// Just past a declaration (`<!DOCTYPE schedule [ <!ENTITY ...> ]>`): quoted strings and an
  /// internal subset in brackets may hold `>`.
  private mutating func declarationEnd(from start: Int) -> Int {
    var position = start
    var depth = 0
    let end = bytes.count
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        position = (bytes.firstIndex(of: byte, in: position + 1..<end) ?? end - 1) + 1
        continue
      }
      if byte == UInt8(ascii: "[") { depth += 1 }
      if byte == UInt8(ascii: "]") { depth = Swift.max(0, depth - 1) }
      if byte == UInt8(ascii: ">"), depth == 0 { return position + 1 }
      position += 1
    }
    report(start - 2, "the file ends inside this declaration: truncated?")
    return end
  }

  private func starts(with literal: StaticString, at start: Int) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard start + length <= bytes.count else { return false }
    return literal.withUTF8Buffer { pattern in
      for offset in 0..<length where bytes[start + offset] != pattern[offset] { return false }
      return true
    }
  }

  /// The offset of the next `literal` at or after `start`: `memchr` for its first byte.
  private func find(_ literal: StaticString, from start: Int) -> Int? {
    var position = start
    let first = literal.withUTF8Buffer { $0[0] }
    while position < bytes.count,
      let candidate = bytes.firstIndex(of: first, in: position..<bytes.count)
    {
      if starts(with: literal, at: candidate) { return candidate }
      position = candidate + 1
    }
    return nil
  }
}

extension UInt8 {
  /// A byte that may start an XML name: a letter, `_`, `:` or any non-ASCII byte.
  var isXMLNameStart: Bool {
    isASCIILetter || self == UInt8(ascii: "_") || self == UInt8(ascii: ":") || self >= 0x80
  }
}
