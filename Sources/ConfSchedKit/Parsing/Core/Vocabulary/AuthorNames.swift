/// Splitting an author line into names.
enum AuthorNames {
  /// The names of an author line: split at `·` (U+00B7), trimmed, runs of spaces collapsed.
  static func split(_ line: String) -> [String] {
    line.withUTF8Bytes { bytes in
      // The separators first (`memchr` to each 0xC2), so the array is sized once.
      var separators = 0
      var search = 0
      while let next = nextSeparator(bytes, from: search) {
        separators += 1
        search = next + 2
      }
      var names: [String] = []
      names.reserveCapacity(separators + 1)
      var start = 0
      while start <= bytes.count {
        let end = nextSeparator(bytes, from: start) ?? bytes.count
        let name = bytes.trimmed(start..<end)
        if !name.isEmpty { names.append(bytes.collapsedString(name)) }
        start = end + 2
      }
      return names
    }
  }

  /// The offset of the next `·` (C2 B7) at or after `start`.
  private static func nextSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var search = start
    while search < bytes.count, let lead = bytes.firstIndex(of: 0xC2, in: search..<bytes.count) {
      if lead + 1 < bytes.count, bytes[lead + 1] == 0xB7 { return lead }
      search = lead + 1
    }
    return nil
  }

  /// A short line of capitalised words with no sentence punctuation: `Edward W Felten`.
  static func isNameLine(_ text: String) -> Bool {
    text.withUTF8Bytes { isNameLine($0, 0..<$0.count) }
  }

  /// `isNameLine` on a range of bytes taken as they are (a caller with bytes that may not be
  /// valid UTF-8 passes the repaired text instead).
  static func isNameLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 80, range.last.map({ bytes[$0] }) != UInt8(ascii: ".") else {
      return false
    }
    var words = 0
    var capitalised = 0
    var atWordStart = true
    for index in range {
      let byte = bytes[index]
      if byte.isDigit || byte == UInt8(ascii: ":") { return false }
      if byte == 0x20 {
        atWordStart = true
        continue
      }
      if atWordStart {
        words += 1
        // An uppercase ASCII letter, or a non-ASCII one (`Émile`), starts a capitalised word.
        if (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC0 { capitalised += 1 }
        atWordStart = false
      }
    }
    return (1...8).contains(words) && capitalised * 2 >= words
  }
}
