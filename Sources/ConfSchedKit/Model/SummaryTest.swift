/// A test a listing can apply to what an event's summary says (its kind, room, conference, day
/// and times) before the rest of the event is made: a frozen schedule (`EventArchive`) judges
/// each distinct kind, room and conference once, then skips events by a few integers, thawing
/// only those that pass.
public protocol SummaryTest {
  /// Whether an event of this kind can pass.
  func passes(kind: EventKind) -> Bool
  /// Whether an event in this room (or none) can pass.
  func passes(room: String?) -> Bool
  /// Whether an event of this conference (or none) can pass.
  func passes(conference: Conference?) -> Bool
  /// Whether an event on this day, at these times, can pass.
  func passes(date: CalendarDate?, start: LocalTime?, end: LocalTime?) -> Bool
}
