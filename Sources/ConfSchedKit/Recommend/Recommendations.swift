/// The unseen events most like what an itinerary holds, each marked with whether it fits the
/// itinerary's free time on its day, or which other slot of the same paper does.
public struct Recommendations: Sendable {
  /// Whether a recommended event fits the itinerary.
  public enum Fit: Hashable, Sendable {
    /// It clashes with nothing on the itinerary.
    case fits
    /// It clashes, but another slot of the paper (its poster, say) fits.
    case otherSlotFits(Event)
    /// It and every other slot of the paper clash.
    case clashes([Event])
  }

  /// One recommendation.
  public struct Item: Sendable {
    /// The event and why it was recommended.
    public var match: SimilarEvents.Match
    /// Whether it fits the itinerary.
    public var fit: Fit
  }

  /// The recommendations, best first.
  public var items: [Item]

  /// Recommends from a schedule for the itinerary's events (those still loaded), optionally
  /// on one day only.
  public init(
    for itinerary: [Event], in schedule: Schedule, vectors: TermVectors, day: CalendarDate? = nil,
    limit: Int
  ) {
    let indices = Dictionary(
      schedule.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let profile = TermVectors.centroid(
      itinerary.compactMap { indices[$0.id].map { vectors.vector(of: $0) } })
    var seen = Set(itinerary.map(\.id))
    for event in itinerary { seen.formUnion(event.alsoPresented) }
    let keys = Set(itinerary.map { TextFolding.key($0.title) })
    let matches = SimilarEvents.rank(
      vectors.scores(profile), query: profile, schedule: schedule, vectors: vectors, limit: limit
    ) { candidate in
      !seen.contains(candidate.id) && !keys.contains(TextFolding.key(candidate.title))
        && (day == nil || candidate.date == day
          || candidate.alsoPresented.contains { twin in
            schedule.event(twin)?.date == day
          })
    }
    items = matches.map { match in
      Item(match: match, fit: Self.fit(match.event, others: match.otherSlots, itinerary: itinerary))
    }
  }

  /// Whether an event, or else one of its paper's other slots, fits among the itinerary's.
  static func fit(_ event: Event, others: [Event], itinerary: [Event]) -> Fit {
    let clashing = itinerary.filter { Conflicts.clash(event, $0) }
    if clashing.isEmpty { return .fits }
    if let slot = others.first(where: { slot in !itinerary.contains { Conflicts.clash(slot, $0) } })
    {
      return .otherSlotFits(slot)
    }
    return .clashes(clashing)
  }
}
