/// One entry of a conference schedule: a talk, a poster, a break, a social.
public struct Event: Hashable, Sendable {
  /// The stored fields.
  struct Fields: Hashable, Sendable {
    var id: EventID
    var kind: EventKind
    var title: String
    var authors: [Author]
    var conference: Conference?
    var date: CalendarDate?
    var start: LocalTime?
    var end: LocalTime?
    var room: String?
    var board: String?
    var abstract: String?
    var source: SourceLocation
    var isEndAssumed: Bool = false
    /// The fields most events leave empty, in a box of their own; nil when all are empty.
    var extras: Extras?
  }

  /// The box the fields live in, shared by copies until one of them changes a field: a copy of
  /// an event (into a day's list, a sorted array, a view's cells) costs a pointer, not the
  /// 240-odd bytes of its fields, so a view over a day of millions of events holds them once.
  final class Box: @unchecked Sendable {
    // Unchecked: a box is written only through `Event.fields`, which first copies a box it
    // does not hold alone, so a box that two events share is never written.
    var fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  private var box: Box

  /// The fields, copied into a box of their own before a write when the box is shared.
  var fields: Fields {
    get { box.fields }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
      yield &box.fields
    }
  }

  /// Whether two events have the same fields (at once when they share a box).
  public static func == (a: Event, b: Event) -> Bool {
    a.box === b.box || a.box.fields == b.box.fields
  }

  /// Hashes the fields.
  public func hash(into hasher: inout Hasher) {
    box.fields.hash(into: &hasher)
  }

  /// The short stable id, unique within the loaded data.
  public var id: EventID {
    get { box.fields.id }
    _modify { yield &fields.id }
  }
  /// What sort of event it is.
  public var kind: EventKind {
    get { box.fields.kind }
    _modify { yield &fields.kind }
  }
  /// The title, markup removed.
  public var title: String {
    get { box.fields.title }
    _modify { yield &fields.title }
  }
  /// The people credited, in the dump's order.
  public var authors: [Author] {
    get { box.fields.authors }
    _modify { yield &fields.authors }
  }
  /// The conference it belongs to, when known.
  public var conference: Conference? {
    get { box.fields.conference }
    _modify { yield &fields.conference }
  }
  /// The day, when known.
  public var date: CalendarDate? {
    get { box.fields.date }
    _modify { yield &fields.date }
  }
  /// The local start time, when known.
  public var start: LocalTime? {
    get { box.fields.start }
    _modify { yield &fields.start }
  }
  /// The local end time, when known.
  public var end: LocalTime? {
    get { box.fields.end }
    _modify { yield &fields.end }
  }
  /// The room or hall, as printed.
  public var room: String? {
    get { box.fields.room }
    _modify { yield &fields.room }
  }
  /// The board of a poster or the booth of a demonstration: `166`, `D5`.
  public var board: String? {
    get { box.fields.board }
    _modify { yield &fields.board }
  }
  /// The poster session or slot the event belongs to.
  public var session: String? {
    get { box.fields.extras?.values.session }
    set { fields.extras = Extras.changing(fields.extras) { $0.session = newValue } }
  }
  /// The track or topic, as the file names it (frab's `track`, iCalendar's `CATEGORIES`).
  public var track: String? {
    get { box.fields.extras?.values.track }
    set { fields.extras = Extras.changing(fields.extras) { $0.track = newValue } }
  }
  /// The language it is held in, as the file gives it (`en`, `de`).
  public var language: String? {
    get { box.fields.extras?.values.language }
    set { fields.extras = Extras.changing(fields.extras) { $0.language = newValue } }
  }
  /// The file's own ids of the event (frab's `id` and `guid`, iCalendar's `UID`), which
  /// `show` and `itinerary add` accept too.
  public var sourceIDs: [String] {
    get { box.fields.extras?.values.sourceIDs ?? [] }
    set { fields.extras = Extras.changing(fields.extras) { $0.sourceIDs = newValue } }
  }
  /// The abstract, with page breaks joined.
  public var abstract: String? {
    get { box.fields.abstract }
    _modify { yield &fields.abstract }
  }
  /// An attendee's notes on the event, from a notes dump.
  public var notes: String? {
    get { box.fields.extras?.values.notes }
    set { fields.extras = Extras.changing(fields.extras) { $0.notes = newValue } }
  }
  /// Its page, poster, slides, video.
  public var links: [Link] {
    get { box.fields.extras?.values.links ?? [] }
    set { fields.extras = Extras.changing(fields.extras) { $0.links = newValue } }
  }
  /// Where its title stands in the dump.
  public var source: SourceLocation {
    get { box.fields.source }
    _modify { yield &fields.source }
  }
  /// The other slots of the same paper (an oral's poster, a poster's spotlight), in time order.
  public var alsoPresented: [EventID] {
    get { box.fields.extras?.values.alsoPresented ?? [] }
    set { fields.extras = Extras.changing(fields.extras) { $0.alsoPresented = newValue } }
  }
  /// Whether `end` is not the dump's but the one `AssumedEnds` gave an event with a start and
  /// no end, for a view that needs one; such an end is written `~10:20`.
  public var isEndAssumed: Bool {
    get { box.fields.isEndAssumed }
    _modify { yield &fields.isEndAssumed }
  }

  /// Creates an event; the id is assigned by `Schedule`.
  public init(
    id: EventID = EventID(rawValue: ""), kind: EventKind, title: String, authors: [Author] = [],
    conference: Conference? = nil, date: CalendarDate? = nil, start: LocalTime? = nil,
    end: LocalTime? = nil, room: String? = nil, board: String? = nil, session: String? = nil,
    track: String? = nil, language: String? = nil, sourceIDs: [String] = [],
    abstract: String? = nil, notes: String? = nil, links: [Link] = [], source: SourceLocation,
    alsoPresented: [EventID] = []
  ) {
    let extras = Extras.Values(
      session: session, track: track, language: language, notes: notes, sourceIDs: sourceIDs,
      links: links, alsoPresented: alsoPresented)
    box = Box(
      Fields(
        id: id, kind: kind, title: title, authors: authors, conference: conference, date: date,
        start: start, end: end, room: room, board: board, abstract: abstract, source: source,
        extras: extras.isEmpty ? nil : Extras(extras)))
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
