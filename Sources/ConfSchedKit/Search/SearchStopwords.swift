/// Words too common to tell events apart: search neither indexes them nor counts them in a query,
/// so `learning to learn` looks for `learning` and `learn`, in that order, and a phrase skips
/// them (`"learning to learn"` finds "Learning to Learn").
///
/// The list is Lucene's English stop set (`EnglishAnalyzer.ENGLISH_STOP_WORDS_SET`, 33 words),
/// with the pronouns and question words that titles use rhetorically ("What Can Neural Networks
/// Reason About?", "How Does Batch Normalization Help Optimization?") and `from`, `via`, `its`.
public enum SearchStopwords {
  /// The stopwords, folded.
  public static let all: [String] = [
    // Lucene's English stop set.
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
    "they", "this", "to", "was", "will", "with",
    // Added.
    "from", "via", "its", "we", "our", "us", "you", "your", "how", "what", "when", "which", "why",
    "does", "do", "can", "than",
  ]

  /// Each stopword's bytes and length packed into one integer (none is longer than five
  /// bytes), sorted: a word is looked up without making an array of it or hashing it, which
  /// cost more than the rest of a note search's work on each word.
  private static let table: [UInt64] = all.map { packed($0.utf8) }.sorted()

  /// A word of at most five bytes as one integer: its bytes, then its length in the top byte.
  @inline(__always)
  private static func packed(_ word: some Collection<UInt8>) -> UInt64 {
    var value = UInt64(word.count) << 56
    var shift: UInt64 = 0
    for byte in word {
      value |= UInt64(byte) << shift
      shift += 8
    }
    return value
  }

  /// Whether a folded word is a stopword.
  public static func contains(_ word: some Collection<UInt8>) -> Bool {
    guard word.count <= 5, !word.isEmpty else { return false }
    let key = packed(word)
    var low = 0
    var high = table.count
    while low < high {
      let middle = (low + high) / 2
      if table[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < table.count && table[low] == key
  }
}
