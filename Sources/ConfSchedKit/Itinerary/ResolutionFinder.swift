/// Builds the conflicts of an itinerary with their ways out: for each event in a clash, the
/// other slots of its paper that clash with nothing else planned.
///
/// An event's ways out do not depend on whom it clashes with, so they are found once per
/// event, however many clashes it is in, and each slot is checked against the timeline by a
/// binary search rather than against every event.
struct ResolutionFinder {
  let timeline: ClashTimeline
  private let schedule: Schedule
  private let planned: Set<EventID>
  private var cache: [EventID: [ConflictResolution]] = [:]

  /// A finder over an itinerary's timed events.
  init(_ itinerary: [Event], schedule: Schedule) {
    timeline = ClashTimeline(itinerary)
    self.schedule = schedule
    planned = Set(itinerary.map(\.id))
  }

  /// The conflict of two events, with the other slots of either paper that fit the rest of
  /// the itinerary; nil when they do not clash.
  mutating func conflict(_ event: Event, _ other: Event) -> Conflict? {
    guard let overlap = Conflicts.overlap(event, other) else { return nil }
    let (first, second) =
      other.chronologicalKey < event.chronologicalKey ? (other, event) : (event, other)
    return Conflict(
      first: first, second: second, overlapStart: overlap.start, overlapEnd: overlap.end,
      resolutions: resolutions(skipping: first) + resolutions(skipping: second))
  }

  /// The other slots of an event's paper that clash with nothing planned but the event itself.
  private mutating func resolutions(skipping skipped: Event) -> [ConflictResolution] {
    if let known = cache[skipped.id] { return known }
    var found: [ConflictResolution] = []
    for twin in schedule.twins(of: skipped) where Conflicts.span(twin) != nil {
      if !timeline.hasClash(with: twin, excluding: (skipped.id, twin.id)) {
        found.append(
          ConflictResolution(
            skipped: skipped, alternative: twin, isPlanned: planned.contains(twin.id)))
      }
    }
    cache[skipped.id] = found
    return found
  }
}
