/// Finds the papers a reading list mentions among the loaded events, by title, forgiving typos
/// and refusing when unsure: a wrong match is worse than none.
///
/// Each mention and title is split into weighted words (`TitleWords`) and scored from 0 to 1 by
/// `TitleSimilarity`, a weighted Dice coefficient that forgives one typo in a word of five
/// letters (`Saerch`), two in a word of seven (`Impliic`), a word cut short (`Algo`), and words
/// joined or split (`VQ-VAE2`). Then:
///
/// - a mention of one or two significant words (`MuZero`, `Bayesian Layers`) matches only a
///   title as short, since a short name inside a long title is a guess;
/// - a title with a colon may also match by its part before the colon, its short name (`Time
///   Matters in Regularizing Deep Networks`, `Tensor Monte Carlo`), at 0.9 of that score, when
///   that part has three significant words or more: a mention that is a whole title then beats
///   one that is only a short name by more than the margin;
/// - the best paper must score `minScore` or more, and no other paper may come within
///   `ambiguityMargin` of it, or the verdict is `ambiguous`;
/// - slots sharing a conference and a title key (an oral and its poster) are one paper, never
///   ambiguous with each other; breaks are never matched.
///
/// Only papers sharing a word with the mention are scored: those in the postings of its rarest
/// significant words, enough of them that a paper missing all of them could not come within the
/// margin of `minScore`, and in the postings of the words that a word no title has may stand
/// for (`saerch`: `search`).
public struct Matcher: Sendable {
  /// The score a match needs by default.
  ///
  /// Tuned on the NeurIPS 2019 posters (1,428 titles) and the mentions of the reading lists 002
  /// and 003: two different titles score at most 0.79 (`Efficiently escaping saddle points on
  /// manifolds`, `Escaping from saddle points on Riemannian manifolds`), except a title inside
  /// another (`Hyperbolic Graph (Convolutional) Neural Networks`, 0.89, which the margin settles
  /// when both are loaded). The misspelt or reworded mentions of the same papers score 0.84
  /// and up (`Implicit Generation and Generalization with Energy Based Models` for `... and
  /// Modeling with ...`), except `MAVEN: Multi-Agent Variational Inference` for `... Exploration`
  /// at 0.80: one significant word in five replaced is left to the user.
  public static let defaultMinScore = 0.82
  /// How close a second paper may come to the best before the verdict is ambiguous.
  public static let ambiguityMargin = 0.05
  /// What a title matched by its part before the colon keeps of that score.
  static let headFactor = 0.9
  /// The score a match needs.
  public let minScore: Double

  /// One paper: the slots that share a conference and a title key.
  struct Paper: Sendable {
    var words: TitleWords
    /// The title's part before its first colon, when it has three significant words or more.
    var head: TitleWords?
    var slots: [Event]
    var chosen: Event
  }

  let papers: [Paper]
  private let vocabulary: TitleVocabulary
  /// What the alternatives to similarity look things up in.
  let clues: MatchClues

  /// Prepares to match against the events of a schedule.
  public init(_ schedule: Schedule, minScore: Double = Matcher.defaultMinScore) {
    self.init(events: schedule.events, minScore: minScore)
  }

  /// Prepares to match against events.
  public init(events: [Event], minScore: Double = Matcher.defaultMinScore) {
    self.minScore = minScore
    var groups: [String: Int] = [:]
    var slots: [[Event]] = []
    for event in events where !event.kind.isBreak {
      let key = (event.conference?.id ?? "") + "|" + TextFolding.key(event.title)
      if let index = groups[key] {
        slots[index].append(event)
      } else {
        groups[key] = slots.count
        slots.append([event])
      }
    }
    var vocabulary = TitleVocabulary()
    var papers: [Paper] = []
    papers.reserveCapacity(slots.count)
    for group in slots {
      let ordered = group.sorted { $0.chronologicalKey < $1.chronologicalKey }
      let chosen = ordered.first { $0.kind == .poster } ?? ordered[0]
      var words = TitleWords(chosen.title)
      vocabulary.add(&words, paper: papers.count)
      var head = Matcher.head(of: chosen.title)
      if var known = head {
        vocabulary.identify(&known)
        head = known
      }
      papers.append(Paper(words: words, head: head, slots: ordered, chosen: chosen))
    }
    self.papers = papers
    self.vocabulary = vocabulary
    clues = MatchClues(papers.map(\.chosen))
  }

  /// The verdict on a mention.
  public func match(_ mention: Mention) -> MatchVerdict {
    match(title: mention.text)
  }

  /// The verdict on a title as a reader wrote it: by the similarity of the words, or else by
  /// one of the rules for what readers write instead of a title (`Matcher+Alternatives.swift`).
  public func match(title: String) -> MatchVerdict {
    let verdict = similarityVerdict(title)
    guard case .notFound = verdict, let found = alternative(for: title) else { return verdict }
    return .matched(found)
  }

  /// The verdict by the similarity of the words alone.
  func similarityVerdict(_ title: String) -> MatchVerdict {
    var words = TitleWords(title)
    vocabulary.identify(&words)
    guard words.contentCount > 0 else { return .notFound(best: nil) }
    let found = candidates(for: words)
    let similar = similarities(words, found)
    var scored: [(paper: Int, score: Double, isEligible: Bool, byHead: Bool)] = found.map { index in
      let paper = papers[index]
      var score = TitleSimilarity.score(words, paper.words, similar: similar.of(paper.words))
      var byHead = false
      if words.contentCount >= 3, let head = paper.head {
        let headScore =
          Matcher.headFactor * TitleSimilarity.score(words, head, similar: similar.of(head))
        if headScore > score {
          score = headScore
          byHead = true
        }
      }
      return (index, score, words.contentCount > 2 || paper.words.contentCount <= 2, byHead)
    }
    scored.sort { ($0.score, -$0.paper) > ($1.score, -$1.paper) }
    let eligible = scored.filter(\.isEligible)
    // A hair of slack, so that a score of exactly `minScore` is not lost to rounding.
    guard let best = eligible.first, best.score >= minScore - 1e-9 else {
      return .notFound(best: scored.first.map { candidate($0.paper, $0.score) })
    }
    let contenders = eligible.prefix { $0.score >= best.score - Matcher.ambiguityMargin }
    if contenders.count == 1 {
      return .matched(
        candidate(best.paper, best.score, reason: best.byHead ? .titleHead : .similarTitle))
    }
    return .ambiguous(contenders.map { candidate($0.paper, $0.score) })
  }

  /// The similarity of a mention and a title, from 0 to 1, as the matcher scores them before its
  /// colon and short-mention rules.
  public static func similarity(_ mention: String, _ title: String) -> Double {
    TitleSimilarity.score(TitleWords(mention), TitleWords(title))
  }

  /// The papers worth scoring: those with one of the mention's rarest significant words, or with
  /// a word that a word no title has may stand for. To come within the margin of `minScore`, a
  /// paper must match a share `s / (2 - s)` of the mention's weight (the Dice score `s` at
  /// best when every title word is matched), so one of any set of words weighing more than the
  /// rest: the rarest are taken until they do.
  private func candidates(for words: TitleWords) -> [Int] {
    var significant = (0..<words.count).filter { words.weights[$0] == 1 }
    significant.sort { vocabulary.frequency(words.ids[$0]) < vocabulary.frequency(words.ids[$1]) }
    let lowest = max(0.1, minScore - Matcher.ambiguityMargin)
    let allowance = (1 - lowest / (2 - lowest)) * words.totalWeight
    var seen = [Bool](repeating: false, count: papers.count)
    var found: [Int] = []
    var taken = 0.0
    for index in significant where taken <= allowance {
      taken += 1
      let id = words.ids[index]
      for term in id >= 0 ? [Int(id)] : vocabulary.neighbours(of: words.word(index)) {
        for paper in vocabulary.postings(term) where !seen[Int(paper)] {
          seen[Int(paper)] = true
          found.append(Int(paper))
        }
      }
    }
    return found
  }

  /// The similarity of every word of the mention with every term of the candidates' titles,
  /// each computed once.
  private func similarities(_ words: TitleWords, _ found: [Int]) -> SimilarityTable {
    var table = SimilarityTable(rows: words.count, terms: vocabulary.count)
    for index in found {
      table.addColumns(papers[index].words.ids)
      if let head = papers[index].head { table.addColumns(head.ids) }
    }
    table.fill { row, term in
      words.ids[row] == Int32(term)
        ? 1
        : TitleSimilarity.words(
          words.word(row), vocabulary.term(term), masks: (words.masks[row], vocabulary.mask(term)))
    }
    return table
  }

  func candidate(_ index: Int, _ score: Double, reason: MatchReason = .similarTitle)
    -> MatchCandidate
  {
    let paper = papers[index]
    return MatchCandidate(event: paper.chosen, slots: paper.slots, score: score, reason: reason)
  }

  /// The words before a title's first colon, when they hold three significant words or more.
  private static func head(of title: String) -> TitleWords? {
    guard let colon = title.firstIndex(of: ":") else { return nil }
    let head = TitleWords(String(title[..<colon]))
    return head.contentCount >= 3 ? head : nil
  }
}

/// The similarities of a mention's words (rows) with the terms of the candidate titles
/// (columns), in one flat array.
private struct SimilarityTable {
  let rows: Int
  /// The column of each term, or -1.
  private var column: [Int32]
  /// The term of each column.
  private var terms: [Int] = []
  private var values: [Double] = []

  init(rows: Int, terms count: Int) {
    self.rows = rows
    column = [Int32](repeating: -1, count: count)
  }

  mutating func addColumns(_ ids: [Int32]) {
    for id in ids where id >= 0 && column[Int(id)] < 0 {
      column[Int(id)] = Int32(terms.count)
      terms.append(Int(id))
    }
  }

  mutating func fill(_ similarity: (Int, Int) -> Double) {
    values = [Double](repeating: 0, count: rows * terms.count)
    for row in 0..<rows {
      for (index, term) in terms.enumerated() {
        values[row * terms.count + index] = similarity(row, term)
      }
    }
  }

  /// The lookup `TitleSimilarity.score` takes for a title whose words are all columns.
  func of(_ title: TitleWords) -> (Int, Int) -> Double {
    { row, word in values[row * terms.count + Int(column[Int(title.ids[word])])] }
  }
}
