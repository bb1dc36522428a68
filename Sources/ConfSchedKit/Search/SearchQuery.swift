/// A search as the user typed it: words and quoted phrases, folded for matching.
///
///     neural tangent          two words, each must match somewhere
///     "tangent kernel" ntk    a phrase (consecutive words in one field) and a word
///     cross-modal             a word with inner punctuation is a phrase of its parts
public struct SearchQuery: Hashable, Sendable {
  /// One thing that must match: a single folded word, or several consecutive ones.
  public struct Term: Hashable, Sendable {
    /// The folded words, in order; one for a plain word.
    public var words: [String]
    /// Whether the user quoted the term.
    public var isQuoted: Bool
  }

  /// The terms, in the order typed.
  public var terms: [Term]

  /// Parses a query; unbalanced quotes close at the end.
  public init(_ text: String) {
    var terms: [Term] = []
    var inQuote = false
    var current = ""
    func flush() {
      if inQuote {
        let words = TextFolding.words(current).map(String.init)
        if !words.isEmpty { terms.append(Term(words: words, isQuoted: true)) }
      } else {
        for piece in current.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
          let words = TextFolding.words(String(piece)).map(String.init)
          if !words.isEmpty { terms.append(Term(words: words, isQuoted: false)) }
        }
      }
      current = ""
    }
    for char in text {
      if char == "\"" || char == "“" || char == "”" {
        flush()
        inQuote.toggle()
      } else {
        current.append(char)
      }
    }
    flush()
    self.terms = terms
  }

  /// Whether the query has nothing to look for.
  public var isEmpty: Bool { terms.isEmpty }
}
