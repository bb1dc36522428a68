/// One event of a personal itinerary: its id, when it was added, and a snapshot of what it was,
/// so that the itinerary still reads when the dumps change or are not loaded.
public struct ItineraryEntry: Hashable, Sendable {
  /// The event's id.
  public var id: EventID
  /// When the event was added, as the caller wrote it: a UTC timestamp such as
  /// `2018-12-03T21:04:05Z`.
  public var addedAt: String
  /// The title when added.
  public var title: String
  /// The kind when added.
  public var kind: EventKind
  /// The day, when known.
  public var date: CalendarDate?
  /// The local start time, when known.
  public var start: LocalTime?
  /// The local end time, when known.
  public var end: LocalTime?
  /// The room or hall, when known.
  public var room: String?
  /// The poster board or demonstration booth, when there is one.
  public var board: String?
  /// Where the event stood in its dump (file and line; the column is always 1).
  public var source: SourceLocation
  /// The conference's IANA time zone, when known.
  public var timeZone: String?
  /// Members of the entry's JSON object that this version does not know (`"note": "bring
  /// charger"`), in their order: written back after the known ones, so that a newer version's
  /// fields or a user's own survive every rewrite. Always a JSON object.
  public var extraMembers: JSONValue = .object([])

  /// Creates an entry from its parts.
  public init(
    id: EventID, addedAt: String, title: String, kind: EventKind, date: CalendarDate? = nil,
    start: LocalTime? = nil, end: LocalTime? = nil, room: String? = nil, board: String? = nil,
    source: SourceLocation, timeZone: String? = nil
  ) {
    self.id = id
    self.addedAt = addedAt
    self.title = title
    self.kind = kind
    self.date = date
    self.start = start
    self.end = end
    self.room = room
    self.board = board
    self.source = SourceLocation(file: source.file, line: source.line)
    self.timeZone = timeZone
  }

  /// Snapshots an event.
  public init(_ event: Event, addedAt: String) {
    self.init(
      id: event.id, addedAt: addedAt, title: event.title, kind: event.kind, date: event.date,
      start: event.start, end: event.end, room: event.room, board: event.board,
      source: event.source, timeZone: event.timeZone)
  }

  /// The snapshot as an event, for when the id is no longer loaded: no authors, abstract,
  /// links or twins, and no conference (the time zone stays in `timeZone`).
  public var snapshotEvent: Event {
    // The conference comes back from the year and zone when they name a known edition.
    let conference = Conference.neurIPSEditions.first {
      $0.year == date?.year && $0.zone?.identifier == timeZone
    }
    return Event(
      id: id, kind: kind, title: title, conference: conference, date: date, start: start,
      end: end, room: room, board: board, source: source)
  }
}
