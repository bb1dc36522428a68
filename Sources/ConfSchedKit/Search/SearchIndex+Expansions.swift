/// The other forms a query word stands for: the acronyms it is, the phrases it begins, the two
/// indexed words it joins.
extension SearchIndex {
  /// The phrases an acronym stands for: the common ones in any case, learnt ones when typed in
  /// capitals.
  func expansions(of word: String, capitalized: Bool) -> [[String]] {
    let key = WordForms.key(word)
    var found = Acronyms.commonExpansions(of: word) ?? Acronyms.commonExpansions(of: key) ?? []
    if capitalized {
      for phrase in acronyms.expansions[word] ?? acronyms.expansions[key] ?? []
      where !found.contains(phrase) {
        found.append(phrase)
      }
    }
    return found
  }

  /// Every acronym with each phrase it stands for, common and learnt, the phrases' stopwords
  /// removed; only the phrases whose first word starts with one of `firstBytes`, which is
  /// tested before a phrase is split or filtered: most phrases start otherwise.
  func allExpansions(startingWithOneOf firstBytes: ByteMask) -> [(String, [String])] {
    var all: [(String, [String])] = []
    func add(_ acronym: String, _ phrase: [String]) {
      guard let first = phrase.first(where: { !SearchStopwords.contains($0.utf8) }),
        let byte = first.utf8.first, firstBytes.contains(byte)
      else { return }
      all.append((acronym, phrase.filter { !SearchStopwords.contains($0.utf8) }))
    }
    for (acronym, phrases) in Acronyms.common {
      for phrase in phrases where hasWord(startingWithOneOf: firstBytes, phrase) {
        add(acronym, Acronyms.words(ofCommon: phrase))
      }
    }
    for (acronym, phrases) in acronyms.expansions {
      for phrase in phrases { add(acronym, phrase) }
    }
    return all
  }

  /// Whether a word of a phrase (at its start or after a space) starts with one of the bytes.
  private func hasWord(startingWithOneOf firstBytes: ByteMask, _ phrase: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in phrase.utf8 {
      if previous == 0x20 && firstBytes.contains(byte) { return true }
      previous = byte
    }
    return false
  }

  /// The ways a long word splits into two indexed words of four letters or more
  /// (`metalearning`: `meta` and `learning`; not `bayesian`: `bay` and `ian`), as key pairs.
  func splits(of word: String) -> [(Int, Int)] {
    let bytes = Array(word.utf8)
    guard bytes.count >= 8, bytes.allSatisfy({ $0.isASCIILetter }) else { return [] }
    var found: [(Int, Int)] = []
    for cut in 4...(bytes.count - 4) {
      guard let leftTerm = terms.id(of: bytes[..<cut]), let rightTerm = terms.id(of: bytes[cut...])
      else { continue }
      let left = key(ofTerm: leftTerm)
      let right = key(ofTerm: rightTerm)
      if left >= 0 && right >= 0 { found.append((left, right)) }
    }
    return found
  }
}
