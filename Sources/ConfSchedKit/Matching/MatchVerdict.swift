/// A paper the matcher found for a mention, with how sure it is.
public struct MatchCandidate: Hashable, Sendable {
  /// The slot to add: the paper's poster when it has one (the session every accepted paper has,
  /// and the longest), else its earliest slot.
  public var event: Event
  /// Every slot of the paper, in time order: an oral, its spotlight and its poster share a
  /// title and count as one paper.
  public var slots: [Event]
  /// How alike the mention and the title are, from 0 to 1 (1 for a name or an author that
  /// settles it).
  public var score: Double
  /// Which rule found the paper.
  public var reason: MatchReason

  /// Creates a candidate.
  public init(event: Event, slots: [Event], score: Double, reason: MatchReason = .similarTitle) {
    self.event = event
    self.slots = slots
    self.score = score
    self.reason = reason
  }
}

/// What the matcher made of one mention.
public enum MatchVerdict: Hashable, Sendable {
  /// One paper, at or above the minimum score, with no other within the margin.
  case matched(MatchCandidate)
  /// Two papers or more at or near the top, within the margin of each other, the best at or
  /// above the minimum score: show them, add none. Best first.
  case ambiguous([MatchCandidate])
  /// No paper at the minimum score; `best` is the closest title, if any shares a word.
  case notFound(best: MatchCandidate?)

  /// The matched paper, if the verdict is a match.
  public var match: MatchCandidate? {
    if case .matched(let candidate) = self { return candidate }
    return nil
  }
}
