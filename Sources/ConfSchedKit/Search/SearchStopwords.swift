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

  private static let table: Set<[UInt8]> = Set(all.map { Array($0.utf8) })

  /// Whether a folded word is a stopword.
  public static func contains(_ word: some Collection<UInt8>) -> Bool {
    word.count <= 5 && table.contains(Array(word))
  }
}
