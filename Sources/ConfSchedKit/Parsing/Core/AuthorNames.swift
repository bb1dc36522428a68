/// Splitting an author line into names.
enum AuthorNames {
  /// The names of an author line: split at `·` (U+00B7), trimmed, runs of spaces collapsed.
  static func split(_ line: String) -> [String] {
    var names: [String] = []
    line.withUTF8Bytes { bytes in
      var start = 0
      var index = 0
      while index <= bytes.count {
        let isSeparator =
          index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xB7
        if index == bytes.count || isSeparator {
          let name = bytes.trimmed(start..<index)
          if !name.isEmpty { names.append(Markup.collapsingSpaces(bytes.string(name))) }
          index += 2
          start = index
        } else {
          index += 1
        }
      }
    }
    return names
  }

  /// A short line of capitalised words with no sentence punctuation: `Edward W Felten`.
  static func isNameLine(_ text: String) -> Bool {
    guard text.utf8.count <= 80, text.utf8.last != UInt8(ascii: ".") else { return false }
    var words = 0
    var capitalised = 0
    var atWordStart = true
    for byte in text.utf8 {
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
