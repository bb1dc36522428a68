/// A small fixed list of lowercase ASCII words, looked up in a text's bytes without allocating:
/// by length, then byte by byte, ignoring ASCII case and the periods inside a word (`e.g.` is
/// `eg`).
struct WordList: Sendable {
  /// The words of each length, without periods.
  private let byLength: [[[UInt8]]]

  /// A list of words; periods in them are ignored.
  init(_ words: [String]) {
    var byLength: [[[UInt8]]] = []
    for word in words {
      let bytes = word.utf8.filter { $0 != 0x2E }.map(\.lowercasedASCII)
      while byLength.count <= bytes.count { byLength.append([]) }
      byLength[bytes.count].append(bytes)
    }
    self.byLength = byLength
  }

  /// Whether the bytes spell a word of the list.
  func contains(_ word: some Collection<UInt8>) -> Bool {
    var length = 0
    for byte in word where byte != 0x2E {
      length += 1
      if length >= byLength.count { return false }
    }
    guard length > 0 else { return false }
    search: for candidate in byLength[length] {
      var index = 0
      for byte in word where byte != 0x2E {
        if byte.lowercasedASCII != candidate[index] { continue search }
        index += 1
      }
      return true
    }
    return false
  }
}
