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
}
