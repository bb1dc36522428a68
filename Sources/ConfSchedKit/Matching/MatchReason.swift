/// Why the matcher chose a paper: which of its rules the mention met.
public enum MatchReason: Hashable, Sendable {
  /// The mention and the title are alike, word for word (`TitleSimilarity`).
  case similarTitle
  /// The mention is the title's part before its colon, its short name (`Tensor Monte Carlo`,
  /// `Bayesian Layers`).
  case titleHead
  /// The mention is the name the title gives its subject in capitals (`TAPE`, `PHYRE`), and
  /// no other title has that word.
  case name(String)
  /// The mention's acronyms read as what they stand for (`DL` as "deep learning") is like
  /// the title.
  case expandedAcronyms([String])
  /// The mention names an author of the paper (`Duvenaud`), and the rest of it is closer to
  /// that paper's title than to the author's others.
  case author(String)
  /// After a label and a colon (`The NTK paper by Arora: ...`), the mention states the title.
  case afterLabel(String)

  /// A sentence for people and `--json`.
  public var explanation: String {
    switch self {
    case .similarTitle: return "the title, word for word"
    case .titleHead: return "the title's short name, before its colon"
    case .name(let name): return "the name '\(name)', which no other title has"
    case .expandedAcronyms(let readings):
      return "the title, reading " + readings.joined(separator: ", ")
    case .author(let name): return "a paper by \(name), the one its other words describe"
    case .afterLabel(let label): return "the title, after the label '\(label)'"
    }
  }

  /// A short name for `--json`.
  public var rule: String {
    switch self {
    case .similarTitle: return "similar-title"
    case .titleHead: return "title-head"
    case .name: return "name"
    case .expandedAcronyms: return "expanded-acronyms"
    case .author: return "author"
    case .afterLabel: return "after-label"
    }
  }
}
