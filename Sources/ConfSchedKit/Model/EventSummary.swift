/// What a listing filters on, for one event: its day, times, kind, room and conference. A
/// frozen schedule keeps these apart from the rest of each event (`EventArchive`), so a filter
/// can skip an event without thawing its title, people and abstract.
public struct EventSummary: Sendable {
  /// The conference it belongs to, when known.
  public var conference: Conference?
  /// The day, when known.
  public var date: CalendarDate?
  /// The local start time, when known.
  public var start: LocalTime?
  /// The local end time, when known.
  public var end: LocalTime?
  /// What sort of event it is.
  public var kind: EventKind
  /// The room or hall, as printed.
  public var room: String?

  /// The summary of an event.
  public init(_ event: Event) {
    self.init(
      conference: event.conference, date: event.date, start: event.start, end: event.end,
      kind: event.kind, room: event.room)
  }

  /// A summary from its parts.
  public init(
    conference: Conference?, date: CalendarDate?, start: LocalTime?, end: LocalTime?,
    kind: EventKind, room: String?
  ) {
    self.conference = conference
    self.date = date
    self.start = start
    self.end = end
    self.kind = kind
    self.room = room
  }
}
