/// A search as the user typed it: words, quoted phrases, exclusions and alternatives, folded for
/// matching.
///
///     neural tangent          two words, each must match somewhere
///     "tangent kernel" ntk    a phrase (consecutive words in one field) and a word
///     cross-modal             a word with inner punctuation is a phrase of its parts
///     gan -wasserstein        a word that must not match
///     -"style transfer"       a phrase that must not match
///     bandit OR bandits       either may match (OR in capitals, between two terms)
///
/// Stopwords (`SearchStopwords`) are dropped: they neither match nor rank.
public struct SearchQuery: Hashable, Sendable {
  /// One thing to look for: a single folded word, or several consecutive ones.
  public struct Term: Hashable, Sendable {
    /// The folded words, in order, without stopwords; one for a plain word.
    public var words: [String]
    /// Whether the user quoted the term.
    public var isQuoted: Bool
    /// Whether the user typed the word in capitals (`NTK`, `GANs`): it is then an acronym,
    /// matched as itself and as what the data defines it as.
    public var isCapitalized = false
  }

  /// Terms of which one must match (or, excluded, none may).
  public struct Clause: Hashable, Sendable {
    /// The alternatives, joined by `OR`; usually one.
    public var terms: [Term]
    /// Whether the clause was given with `-`: an event matching it is left out.
    public var isExcluded = false
  }

  /// The clauses, in the order typed.
  public var clauses: [Clause]

  /// The terms that must or may match, in the order typed (not the excluded ones).
  public var terms: [Term] { clauses.filter { !$0.isExcluded }.flatMap(\.terms) }

  /// Parses a query; unbalanced quotes close at the end.
  public init(_ text: String) {
    var clauses: [Clause] = []
    var joinNext = false
    var excludeNext = false
    func add(_ term: Term, excluded: Bool) {
      guard !term.words.isEmpty else {
        joinNext = false
        return
      }
      if joinNext, let last = clauses.indices.last, !clauses[last].isExcluded, !excluded {
        clauses[last].terms.append(term)
      } else {
        clauses.append(Clause(terms: [term], isExcluded: excluded))
      }
      joinNext = false
    }
    var inQuote = false
    var current = ""
    func flush() {
      defer { current = "" }
      if inQuote {
        add(Term(words: SearchQuery.contentWords(current), isQuoted: true), excluded: excludeNext)
        excludeNext = false
        return
      }
      let pieces = current.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      for (index, piece) in pieces.enumerated() {
        if piece == "OR", !clauses.isEmpty {
          joinNext = true
          continue
        }
        var token = Substring(piece)
        var excluded = false
        if token.first == "-" || token.first == "−" {
          token = token.dropFirst()
          excluded = true
          if token.isEmpty {
            // `-"a phrase"`: the quote that follows is excluded.
            if index == pieces.count - 1 { excludeNext = true }
            continue
          }
        }
        var term = Term(words: SearchQuery.contentWords(String(token)), isQuoted: false)
        term.isCapitalized = term.words.count == 1 && SearchQuery.isCapitalized(token)
        add(term, excluded: excluded)
      }
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
    self.clauses = clauses
  }

  /// Whether the query has nothing to look for (no word but stopwords, or only exclusions).
  public var isEmpty: Bool { terms.isEmpty }

  /// The folded words of a text that are not stopwords.
  static func contentWords(_ text: String) -> [String] {
    TextFolding.words(text).filter { !SearchStopwords.contains($0.utf8) }.map(String.init)
  }

  /// Whether a token is written like an acronym: two capitals or more and no small letter but a
  /// final plural `s` (`NTK`, `GANs`, `VQ2`).
  static func isCapitalized(_ token: Substring) -> Bool {
    var bytes = Array(token.utf8)
    if bytes.count > 2, bytes.last == UInt8(ascii: "s") { bytes.removeLast() }
    let capitals = bytes.filter { $0 >= 0x41 && $0 <= 0x5A }.count
    return capitals >= 2 && !bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
  }
}
