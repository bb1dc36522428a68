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
  ///
  /// Sorts the events by day and start and sweeps them once, so the work grows with the
  /// number of events and of clashes, not with every pair.
  public init(_ events: [Event], in schedule: Schedule) {
    let events = Conflicts.unique(events)
    untimed = events.filter { !Conflicts.isTimed($0) }
    let timed = events.filter(Conflicts.isTimed)
    var finder = ResolutionFinder(timed, schedule: schedule)
    let timeline = finder.timeline
    timeline.forEachOverlappingPair { slot, other in
      if let conflict = finder.conflict(slot.event, other.event) { clashes.append(conflict) }
    }
    clashes = Conflicts.sorted(clashes)
    sameSessionGroups = Conflicts.sessionGroups(timed)
  }

  /// Checks one event before adding it: its clashes with the itinerary's events, its session
  /// group if it joins one, and itself in `untimed` if its time is unknown. An event already
  /// in the itinerary is compared with the rest.
  public init(checking candidate: Event, against events: [Event], in schedule: Schedule) {
    self.init(checking: [candidate], against: events, in: schedule)
  }

  /// Checks events just added (or about to be): the clashes each has with the itinerary's
  /// events and with each other (each pair once), the session groups they join, and those of
  /// them whose time is unknown. One sweep, however many are checked.
  public init(checking candidates: [Event], against events: [Event], in schedule: Schedule) {
    let candidates = Conflicts.unique(candidates)
    let checked = Set(candidates.map(\.id))
    untimed = candidates.filter { !Conflicts.isTimed($0) }
    let timed = Conflicts.unique(events.filter { !checked.contains($0.id) } + candidates)
      .filter(Conflicts.isTimed)
    var finder = ResolutionFinder(timed, schedule: schedule)
    let timeline = finder.timeline
    timeline.forEachOverlappingPair { slot, other in
      guard checked.contains(slot.event.id) || checked.contains(other.event.id),
        let conflict = finder.conflict(slot.event, other.event)
      else { return }
      clashes.append(conflict)
    }
    clashes = Conflicts.sorted(clashes)
    sameSessionGroups = Conflicts.sessionGroups(timed).filter { group in
      group.events.contains { checked.contains($0.id) }
    }
  }

  /// For each event of a list, the places in the list of the events it clashes with, in list
  /// order: what a view marks on each line, found by one sweep.
  public static func clashingPartners(_ events: [Event]) -> [[Int]] {
    var partners = [[Int]](repeating: [], count: events.count)
    ClashTimeline(events).forEachOverlappingPair { slot, other in
      guard clash(slot.event, other.event) else { return }
      partners[slot.offset].append(other.offset)
      partners[other.offset].append(slot.offset)
    }
    return partners.map { $0.sorted() }
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
  static func isTimed(_ event: Event) -> Bool {
    event.date != nil && event.start != nil
  }

  /// The day and hours of an event that can clash: known day, start and a later end.
  static func span(_ event: Event) -> (
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
  static func overlap(_ event: Event, _ other: Event) -> (
    start: LocalTime, end: LocalTime
  )? {
    guard event.id != other.id, let first = span(event), let second = span(other),
      first.date == second.date, first.start < second.end, second.start < first.end,
      !isSameSession(event, other), !isWalkIn(event), !isWalkIn(other)
    else { return nil }
    return (Swift.max(first.start, second.start), Swift.min(first.end, second.end))
  }

  /// The conflicts by day and start of the overlap, then by their events' time order; each
  /// event's sort key is worked out once.
  private static func sorted(_ clashes: [Conflict]) -> [Conflict] {
    clashes.map { conflict in
      (
        key: (conflict.first.date?.daysSinceEpoch ?? 0, conflict.overlapStart.minutes),
        first: conflict.first.chronologicalKey, second: conflict.second.chronologicalKey,
        conflict: conflict
      )
    }.sorted { lhs, rhs in
      if lhs.key != rhs.key { return lhs.key < rhs.key }
      if lhs.first != rhs.first { return lhs.first < rhs.first }
      return lhs.second < rhs.second
    }.map(\.conflict)
  }

  private static func sessionGroups(_ events: [Event]) -> [SessionGroup] {
    var groups: [[Event]] = []
    var indexBySession: [ClashTimeline.SessionKey: Int] = [:]
    for event in events {
      guard let session = ClashTimeline.sessionKey(event) else { continue }
      if let index = indexBySession[session] {
        groups[index].append(event)
      } else {
        indexBySession[session] = groups.count
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
