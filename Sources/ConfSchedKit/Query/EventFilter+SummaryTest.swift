/// The parts of a filter an event's summary decides: day, time window, kind, room, conference
/// (not the people or the session, which `matches` checks on the whole event).
extension EventFilter: SummaryTest {
  /// Whether the kind is one of `kinds` (or no kind is asked for).
  public func passes(kind: EventKind) -> Bool {
    kinds.isEmpty || kinds.contains { EventFilter.kind(kind, matches: $0) }
  }

  /// Whether the room matches one of `rooms` (or no room is asked for).
  public func passes(room: String?) -> Bool {
    guard !rooms.isEmpty else { return true }
    guard let room else { return false }
    return roomMatches(room)
  }

  /// Whether the conference is the one asked for, by id or year (or none is asked for).
  public func passes(conference own: Conference?) -> Bool {
    guard let conference else { return true }
    guard let own else { return false }
    return own.id == conference.lowercased() || String(own.year) == conference
  }

  /// Whether the day is one of `days` and the times overlap the window `from`-`to`.
  public func passes(date: CalendarDate?, start: LocalTime?, end: LocalTime?) -> Bool {
    if !days.isEmpty {
      guard let date, days.contains(where: { $0.matches(date) }) else { return false }
    }
    guard from != nil || to != nil else { return true }
    guard let start else { return false }
    let end = end ?? start
    if let from, end <= from && !(start == end && start == from) { return false }
    if let to, start >= to { return false }
    return true
  }
}
