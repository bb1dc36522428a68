/// The words of the titles a matcher knows: an id per word, the papers whose title has it, and
/// indexes to find the words a misspelt one may stand for without reading them all.
struct TitleVocabulary: Sendable {
  private var terms = TermTable(capacity: 4096)
  /// The papers whose title has term `id`, in order, each once.
  private var postings: [[Int32]] = []
  /// Each term's letters as bits (`TitleWords.letterMask`).
  private var masks: [UInt32] = []
  /// The terms of each length in bytes, up to 63 (longer ones count as 63).
  private var byLength = [[Int32]](repeating: [], count: 64)
  /// The terms of five bytes or more by their first four, for words cut short (`algo`).
  private var byPrefix: [UInt32: [Int32]] = [:]

  /// The number of terms.
  var count: Int { terms.count }

  /// Gives a title's words their ids, adding new words, and records that `paper` has them.
  mutating func add(_ words: inout TitleWords, paper: Int) {
    for index in 0..<words.count {
      let word = words.word(index)
      let id = word.withUnsafeBufferPointer { terms.insert($0, 0..<$0.count) }
      if id == postings.count {
        postings.append([])
        masks.append(words.masks[index])
        byLength[min(word.count, 63)].append(Int32(id))
        if word.count >= 5 { byPrefix[Self.prefixKey(word), default: []].append(Int32(id)) }
      }
      if postings[id].last != Int32(paper) { postings[id].append(Int32(paper)) }
      words.ids[index] = Int32(id)
    }
  }

  /// Gives a text's words their ids, -1 for a word no title has.
  func identify(_ words: inout TitleWords) {
    for index in 0..<words.count {
      words.ids[index] = terms.id(of: words.word(index)).map(Int32.init) ?? -1
    }
  }

  /// The bytes of term `id`.
  func term(_ id: Int) -> ArraySlice<UInt8> { terms.term(id) }

  /// The letter mask of term `id`.
  func mask(_ id: Int) -> UInt32 { masks[id] }

  /// The papers whose title has term `id`.
  func postings(_ id: Int) -> [Int32] { postings[id] }

  /// How many papers have term `id`; 0 for -1.
  func frequency(_ id: Int32) -> Int { id >= 0 ? postings[Int(id)].count : 0 }

  /// The terms a word may stand for (`TitleSimilarity.words` above 0): of a length within two
  /// of its own, or starting with it.
  func neighbours(of word: ArraySlice<UInt8>) -> [Int] {
    let mask = TitleWords.letterMask(word)
    var found: [Int] = []
    for length in max(1, word.count - 2)...min(63, word.count + 2) {
      // Every rule within two letters changes four letter bits at most.
      for id in byLength[length] where (mask ^ masks[Int(id)]).nonzeroBitCount <= 4 {
        let id = Int(id)
        if TitleSimilarity.words(word, terms.term(id), masks: (mask, masks[id])) > 0 {
          found.append(id)
        }
      }
    }
    if word.count >= 4 {
      for id in byPrefix[Self.prefixKey(word)] ?? []
      where terms.term(Int(id)).count > word.count + 2 {
        if terms.term(Int(id)).starts(with: word) { found.append(Int(id)) }
      }
    }
    return found
  }

  /// A word's first four bytes.
  private static func prefixKey(_ word: ArraySlice<UInt8>) -> UInt32 {
    word.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
  }
}
