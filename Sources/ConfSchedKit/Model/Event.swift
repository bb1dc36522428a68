/// One entry of a conference schedule: a talk, a poster, a break, a social.
public struct Event: Hashable, Sendable {
  /// The short stable id, unique within the loaded data.
  public var id: EventID
  /// What sort of event it is.
  public var kind: EventKind
  /// The title, markup removed.
  public var title: String
  /// The people credited, in the dump's order.
  public var authors: [Author]
  /// The conference it belongs to, when known.
  public var conference: Conference?
  /// The day, when known.
  public var date: CalendarDate?
  /// The local start time, when known.
  public var start: LocalTime?
  /// The local end time, when known.
  public var end: LocalTime?
  /// The room or hall, as printed.
  public var room: String?
  /// The board of a poster or the booth of a demonstration: `166`, `D5`.
  public var board: String?
  /// The poster session or slot the event belongs to.
  public var session: String?
  /// The track or topic, as the file names it (frab's `track`, iCalendar's `CATEGORIES`).
  public var track: String?
  /// The language it is held in, as the file gives it (`en`, `de`).
  public var language: String?
  /// The file's own ids of the event (frab's `id` and `guid`, iCalendar's `UID`), which
  /// `show` and `itinerary add` accept too.
  public var sourceIDs: [String]
  /// The abstract, with page breaks joined.
  public var abstract: String?
  /// An attendee's notes on the event, from a notes dump.
  public var notes: String?
  /// Its page, poster, slides, video.
  public var links: [Link]
  /// Where its title stands in the dump.
  public var source: SourceLocation
  /// The other slots of the same paper (an oral's poster, a poster's spotlight), in time order.
  public var alsoPresented: [EventID]
  /// Whether `end` is not the dump's but the one `AssumedEnds` gave an event with a start and
  /// no end, for a view that needs one; such an end is written `~10:20`.
  public var isEndAssumed = false

  /// Creates an event; the id is assigned by `Schedule`.
  public init(
    id: EventID = EventID(rawValue: ""), kind: EventKind, title: String, authors: [Author] = [],
    conference: Conference? = nil, date: CalendarDate? = nil, start: LocalTime? = nil,
    end: LocalTime? = nil, room: String? = nil, board: String? = nil, session: String? = nil,
    track: String? = nil, language: String? = nil, sourceIDs: [String] = [],
    abstract: String? = nil, notes: String? = nil, links: [Link] = [], source: SourceLocation,
    alsoPresented: [EventID] = []
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.authors = authors
    self.conference = conference
    self.date = date
    self.start = start
    self.end = end
    self.room = room
    self.board = board
    self.session = session
    self.track = track
    self.language = language
    self.sourceIDs = sourceIDs
    self.abstract = abstract
    self.notes = notes
    self.links = links
    self.source = source
    self.alsoPresented = alsoPresented
  }

  /// The conference's IANA time zone, when known.
  public var timeZone: String? { conference?.zone?.identifier }

  /// `10:05-10:20`, `10:05-~10:20` when the end is assumed, `10:05`, or an empty string when
  /// the time is unknown.
  public var timeRange: String {
    switch (start, end) {
    case (let start?, let end?): return "\(start)-\(isEndAssumed ? "~" : "")\(end)"
    case (let start?, nil): return "\(start)"
    default: return ""
    }
  }

  /// The longest an event with a start and no printed end is taken to last (the notes dumps
  /// give talks a start only): see `AssumedEnds`.
  public static let assumedMinutesWithoutEnd = 30

  /// The printed end, else the start plus `assumedMinutesWithoutEnd`; nil without a start.
  public var assumedEnd: LocalTime? {
    guard let start else { return nil }
    return end ?? start.adding(minutes: Event.assumedMinutesWithoutEnd)
  }

  /// Whether the event runs at a moment of its day (start inclusive, end exclusive; an event
  /// with no printed end runs until `assumedEnd`).
  public func isRunning(at time: LocalTime) -> Bool {
    guard let start, let end = assumedEnd else { return false }
    return start <= time && time < end
  }

  /// A key that sorts events by day, time, room, board (`D2` before `D10`) and title.
  public var chronologicalKey: (Int, Int, String, String, String) {
    (date?.daysSinceEpoch ?? Int.max, start?.minutes ?? Int.max, room ?? "", boardKey, title)
  }

  /// The board with its number zero-padded, so that boards sort in walking order.
  public var boardKey: String {
    guard let board else { return "" }
    let letters = board.prefix { !$0.isNumber }
    let digits = board.dropFirst(letters.count).prefix { $0.isNumber }
    let rest = board.dropFirst(letters.count + digits.count)
    return letters + String(repeating: "0", count: Swift.max(0, 8 - digits.count)) + digits + rest
  }
}
