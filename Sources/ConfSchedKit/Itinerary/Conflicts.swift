/// What stands in the way of an itinerary: events that clash, events whose time is unknown,
/// and posters that share a session (no clash, but worth a route).
///
/// Two events clash when they are on the same day and each starts before the other ends, and
/// neither is a walk-in event (a poster or a demonstration, seen at any time of its session:
/// see `isWalkIn(_:)` and `walkIns(_:)`).
/// An event without a day or start time never clashes and is listed in `untimed`; one without
/// an end (or ending when it starts) is taken as a moment and never clashes either. Posters and
/// demonstrations in the same session (same day, start, end and hall) do not clash with each
/// other: they are grouped in `sameSessionGroups`.
public struct Conflicts: Hashable, Sendable {
  /// Pairs of events that run at the same time, by day and start of the overlap.
  public private(set) var clashes: [Conflict] = []
  /// Events whose day or start time is unknown, in the order given.
  public private(set) var untimed: [Event] = []
  /// Board presentations that share a session, two or more per group, by day and time.
  public private(set) var sameSessionGroups: [SessionGroup] = []

  /// Whether any two events clash.
  public var hasConflicts: Bool { !clashes.isEmpty }

  /// Finds the conflicts among an itinerary's events (usually `resolve(against:)`'s events);
  /// `schedule` supplies each paper's other slots for the resolutions. A repeated id counts once.
  public init(_ events: [Event], in schedule: Schedule) {
    let events = Conflicts.unique(events)
    untimed = events.filter { !Conflicts.isTimed($0) }
    let timed = events.filter(Conflicts.isTimed)
    for (index, event) in timed.enumerated() {
      for other in timed[(index + 1)...] {
        if let conflict = Conflicts.conflict(event, other, itinerary: timed, schedule: schedule) {
          clashes.append(conflict)
        }
      }
    }
    clashes.sort(by: Conflicts.precedes)
    sameSessionGroups = Conflicts.sessionGroups(timed)
  }

  /// Checks one event before adding it: its clashes with the itinerary's events, its session
  /// group if it joins one, and itself in `untimed` if its time is unknown. An event already
  /// in the itinerary is compared with the rest.
  public init(checking candidate: Event, against events: [Event], in schedule: Schedule) {
    let others = Conflicts.unique(events).filter { $0.id != candidate.id }
    guard Conflicts.isTimed(candidate) else {
      untimed = [candidate]
      return
    }
    let timed = others.filter(Conflicts.isTimed) + [candidate]
    clashes = others.compactMap { other in
      Conflicts.conflict(candidate, other, itinerary: timed, schedule: schedule)
    }
    clashes.sort(by: Conflicts.precedes)
    sameSessionGroups = Conflicts.sessionGroups(timed).filter { group in
      group.events.contains { $0.id == candidate.id }
    }
  }

  /// Whether two events clash (see the type's summary).
  public static func clash(_ event: Event, _ other: Event) -> Bool {
    overlap(event, other) != nil
  }

  /// Whether two events are board presentations of the same session: same day, start, end
  /// and hall (compared folded, so `Room 210 & 230 AB` and `room 210 & 230 ab` agree).
  public static func isSameSession(_ event: Event, _ other: Event) -> Bool {
    guard event.kind.isBoardPresentation, other.kind.isBoardPresentation,
      let room = event.room, let otherRoom = other.room
    else { return false }
    return event.date == other.date && event.start == other.start && event.end == other.end
      && TextFolding.key(room) == TextFolding.key(otherRoom)
  }
}

extension Conflicts {
  private static func isTimed(_ event: Event) -> Bool {
    event.date != nil && event.start != nil
  }

  /// The day and hours of an event that can clash: known day, start and a later end.
  private static func span(_ event: Event) -> (
    date: CalendarDate, start: LocalTime, end: LocalTime
  )? {
    guard let date = event.date, let start = event.start, let end = event.end, start < end else {
      return nil
    }
    return (date, start, end)
  }

  private static func unique(_ events: [Event]) -> [Event] {
    var seen: Set<EventID> = []
    return events.filter { seen.insert($0.id).inserted }
  }

  /// When two events clash, the hours they share.
  private static func overlap(_ event: Event, _ other: Event) -> (
    start: LocalTime, end: LocalTime
  )? {
    guard event.id != other.id, let first = span(event), let second = span(other),
      first.date == second.date, first.start < second.end, second.start < first.end,
      !isSameSession(event, other), !isWalkIn(event), !isWalkIn(other)
    else { return nil }
    return (Swift.max(first.start, second.start), Swift.min(first.end, second.end))
  }

  /// The conflict of two events, with the other slots of either paper that fit the rest of
  /// the itinerary; nil when they do not clash.
  private static func conflict(
    _ event: Event, _ other: Event, itinerary: [Event], schedule: Schedule
  ) -> Conflict? {
    guard let overlap = overlap(event, other) else { return nil }
    let (first, second) =
      other.chronologicalKey < event.chronologicalKey ? (other, event) : (event, other)
    let planned = Set(itinerary.map(\.id))
    var resolutions: [ConflictResolution] = []
    for skipped in [first, second] {
      for twin in schedule.twins(of: skipped) where span(twin) != nil {
        let fits = !itinerary.contains { kept in
          kept.id != skipped.id && kept.id != twin.id && clash(twin, kept)
        }
        if fits {
          resolutions.append(
            ConflictResolution(
              skipped: skipped, alternative: twin, isPlanned: planned.contains(twin.id)))
        }
      }
    }
    return Conflict(
      first: first, second: second, overlapStart: overlap.start, overlapEnd: overlap.end,
      resolutions: resolutions)
  }

  private static func precedes(_ lhs: Conflict, _ rhs: Conflict) -> Bool {
    let left = (lhs.first.date?.daysSinceEpoch ?? 0, lhs.overlapStart.minutes)
    let right = (rhs.first.date?.daysSinceEpoch ?? 0, rhs.overlapStart.minutes)
    if left != right { return left < right }
    if lhs.first.chronologicalKey != rhs.first.chronologicalKey {
      return lhs.first.chronologicalKey < rhs.first.chronologicalKey
    }
    return lhs.second.chronologicalKey < rhs.second.chronologicalKey
  }

  private static func sessionGroups(_ events: [Event]) -> [SessionGroup] {
    var groups: [[Event]] = []
    for event in events where event.kind.isBoardPresentation && span(event) != nil {
      if let index = groups.firstIndex(where: { isSameSession($0[0], event) }) {
        groups[index].append(event)
      } else {
        groups.append([event])
      }
    }
    return groups.filter { $0.count > 1 }.compactMap { members in
      let sorted = members.sorted { ($0.boardKey, $0.title) < ($1.boardKey, $1.title) }
      guard let span = span(members[0]), let room = members[0].room else { return nil }
      return SessionGroup(
        date: span.date, start: span.start, end: span.end, room: room, events: sorted)
    }.sorted { ($0.date, $0.start, $0.end, $0.room) < ($1.date, $1.start, $1.end, $1.room) }
  }
}
