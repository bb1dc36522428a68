#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names and attributes as `XMLScanner` reads them from a tag: without their namespace prefix,
/// compared in any ASCII case, values undecoded.
extension XMLScanner {
  /// Whether a name, without its namespace prefix, is `lowercaseName` in any case.
  func localName(_ range: Range<Int>, is lowercaseName: StaticString) -> Bool {
    bytes.isName(bytes.localPart(of: range), lowercaseName)
  }

  /// A name without its namespace prefix: `event` of `f:event`.
  func localPart(of range: Range<Int>) -> Range<Int> { bytes.localPart(of: range) }

  /// Whether a name is `lowercaseName`, in any case.
  func name(_ range: Range<Int>, is lowercaseName: StaticString) -> Bool {
    bytes.isName(range, lowercaseName)
  }

  /// Whether two names are the same, ignoring ASCII case.
  func sameName(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    bytes.sameName(first, second)
  }

  /// The value of a tag's attribute (`lowercaseName` in any case), undecoded and without its
  /// quotes; nil when the tag has none.
  func attribute(_ lowercaseName: StaticString, of tag: XMLTag) -> Range<Int>? {
    bytes.attribute(lowercaseName, of: tag)
  }
}

/// The name comparisons of `XMLScanner` on the document's bytes, for a reader that walks many
/// tags (`FrabXMLParser`): no copy of the scanner, no closure over a literal's buffer.
extension UnsafeBufferPointer<UInt8> {
  /// Whether a name is `lowercaseName` (a literal of lowercase ASCII), in any case.
  @inline(__always)
  func isName(_ range: Range<Int>, _ lowercaseName: StaticString) -> Bool {
    let count = lowercaseName.utf8CodeUnitCount
    guard range.count == count, let base = baseAddress else { return false }
    let name = lowercaseName.utf8Start
    let start = base + range.lowerBound
    for offset in 0..<count where start[offset].lowercasedASCII != name[offset] { return false }
    return true
  }

  /// A name without its namespace prefix: `event` of `f:event`.
  @inline(__always)
  func localPart(of range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    for position in range where self[position] == UInt8(ascii: ":") { lower = position + 1 }
    return lower..<range.upperBound
  }

  /// Whether two names are the same, ignoring ASCII case: the bytes alike first, as an end tag
  /// nearly always writes its start tag's name as it was.
  func sameName(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    guard first.count == second.count, let base = baseAddress else {
      return first.count == second.count
    }
    if memcmp(base + first.lowerBound, base + second.lowerBound, first.count) == 0 { return true }
    var other = second.lowerBound
    for position in first {
      if self[position].lowercasedASCII != self[other].lowercasedASCII { return false }
      other += 1
    }
    return true
  }

  /// The value of a tag's attribute (`lowercaseName` in any case), undecoded and without its
  /// quotes; nil when the tag has none.
  ///
  ///     attributes := (space* name space* "=" space* value)* space*
  ///     value      := '"' any* '"' | "'" any* "'" | unquoted
  func attribute(_ lowercaseName: StaticString, of tag: XMLTag) -> Range<Int>? {
    var position = tag.attributes.lowerBound
    let end = tag.attributes.upperBound
    while position < end {
      while position < end, self[position].isHTMLSpace || self[position] == UInt8(ascii: "/") {
        position += 1
      }
      let nameStart = position
      while position < end, !self[position].isHTMLSpace, self[position] != UInt8(ascii: "=") {
        position += 1
      }
      let name = nameStart..<position
      while position < end, self[position].isHTMLSpace { position += 1 }
      guard position < end, self[position] == UInt8(ascii: "=") else { continue }
      position += 1
      while position < end, self[position].isHTMLSpace { position += 1 }
      var value = position..<position
      if position < end,
        self[position] == UInt8(ascii: "\"") || self[position] == UInt8(ascii: "'")
      {
        let closing = firstIndex(of: self[position], in: position + 1..<end) ?? end
        value = position + 1..<closing
        position = Swift.min(closing + 1, end)
      } else {
        while position < end, !self[position].isHTMLSpace { position += 1 }
        value = value.lowerBound..<position
      }
      if isName(name, lowercaseName) { return value }
    }
    return nil
  }
}
