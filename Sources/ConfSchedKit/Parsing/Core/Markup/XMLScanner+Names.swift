/// Names and attributes as `XMLScanner` reads them from a tag: without their namespace prefix,
/// compared in any ASCII case, values undecoded.
extension XMLScanner {
  /// Whether a name, without its namespace prefix, is `lowercaseName` in any case.
  func localName(_ range: Range<Int>, is lowercaseName: StaticString) -> Bool {
    name(localPart(of: range), is: lowercaseName)
  }

  /// A name without its namespace prefix: `event` of `f:event`.
  func localPart(of range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    for position in range where bytes[position] == UInt8(ascii: ":") { lower = position + 1 }
    return lower..<range.upperBound
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

  /// Whether two names are the same, ignoring ASCII case.
  func sameName(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    guard first.count == second.count else { return false }
    var other = second.lowerBound
    for position in first {
      if bytes[position].lowercasedASCII != bytes[other].lowercasedASCII { return false }
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
      while position < end, bytes[position].isHTMLSpace || bytes[position] == UInt8(ascii: "/") {
        position += 1
      }
      let nameStart = position
      while position < end, !bytes[position].isHTMLSpace, bytes[position] != UInt8(ascii: "=") {
        position += 1
      }
      let name = nameStart..<position
      while position < end, bytes[position].isHTMLSpace { position += 1 }
      guard position < end, bytes[position] == UInt8(ascii: "=") else { continue }
      position += 1
      while position < end, bytes[position].isHTMLSpace { position += 1 }
      var value = position..<position
      if position < end,
        bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
      {
        let closing = bytes.firstIndex(of: bytes[position], in: position + 1..<end) ?? end
        value = position + 1..<closing
        position = Swift.min(closing + 1, end)
      } else {
        while position < end, !bytes[position].isHTMLSpace { position += 1 }
        value = value.lowerBound..<position
      }
      if self.name(name, is: lowercaseName) { return value }
    }
    return nil
  }
}
