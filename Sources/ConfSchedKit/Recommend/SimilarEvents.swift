/// The events most like one event: by the cosine of their `TermVectors`, one result a paper (a
/// paper's spotlight and poster are one result, listed with its other slots), never the
/// event's own paper.
public struct SimilarEvents: Sendable {
  /// One result: the best slot of a paper like the event, its other slots, the cosine, and the
  /// words the two share.
  public struct Match: Sendable {
    /// The paper's best slot.
    public var event: Event
    /// Its other slots.
    public var otherSlots: [Event]
    /// The cosine, 0 to 1.
    public var score: Double
    /// The words the two share, most telling first.
    public var sharedWords: [String]
  }

  /// The event's own other slots (its oral's poster, say): not similar, the same paper.
  public var ownSlots: [Event]
  /// The matches, best first.
  public var matches: [Match]

  /// The `limit` events most like `event` among a schedule's (with its vectors).
  public init(to event: Event, in schedule: Schedule, vectors: TermVectors, limit: Int) {
    ownSlots = schedule.twins(of: event)
    guard let index = schedule.events.firstIndex(where: { $0.id == event.id }) else {
      matches = []
      return
    }
    let query = vectors.vector(of: index)
    let own = Set([event.id] + event.alsoPresented)
    let ownKey = TextFolding.key(event.title)
    matches = Self.rank(
      vectors.scores(query), query: query, schedule: schedule, vectors: vectors, limit: limit
    ) { candidate in
      !own.contains(candidate.id) && TextFolding.key(candidate.title) != ownKey
    }
  }

  /// The best `limit` papers among scored events (best first) that `keep` allows, one result
  /// a paper.
  static func rank(
    _ scores: [(index: Int, score: Double)], query: [TermVectors.Weight], schedule: Schedule,
    vectors: TermVectors, limit: Int, keep: (Event) -> Bool
  ) -> [Match] {
    var seenPapers: Set<EventID> = []
    var matches: [Match] = []
    for (index, score) in scores where score > 0 {
      let candidate = schedule.events[index]
      guard keep(candidate), !seenPapers.contains(candidate.id), !candidate.kind.isBreak else {
        continue
      }
      seenPapers.insert(candidate.id)
      for twin in candidate.alsoPresented { seenPapers.insert(twin) }
      matches.append(
        Match(
          event: candidate, otherSlots: schedule.twins(of: candidate), score: score,
          sharedWords: vectors.sharedWords(query, vectors.vector(of: index))))
      if matches.count >= limit { break }
    }
    return matches
  }
}
