/// A poster or demonstration session: the board presentations of one kind shown over the same
/// hours of the same day, summarised as one block, such as
/// `Posters 10:45-12:45 · 168 in Room 210 & 230 AB`.
public struct BoardSession: Hashable, Sendable {
  /// Poster or demonstration.
  public var kind: EventKind
  /// The day.
  public var date: CalendarDate
  /// When the session opens.
  public var start: LocalTime
  /// When it closes.
  public var end: LocalTime
  /// The halls, the most used first; a hall named within another (`Room 510` beside
  /// `Room 510 ABCD`) is taken to be the same one and left out.
  public var halls: [String]
  /// The presentations, in walking order: by hall, then board (`D2` before `D10`).
  public var events: [Event]

  /// Creates a session from its parts; `events` are put in walking order.
  public init(
    kind: EventKind, date: CalendarDate, start: LocalTime, end: LocalTime, halls: [String],
    events: [Event]
  ) {
    self.kind = kind
    self.date = date
    self.start = start
    self.end = end
    self.halls = halls
    self.events = events.sorted(by: BoardSession.walkingOrder)
  }

  /// The number of presentations.
  public var count: Int { events.count }

  /// `Posters`, `Demonstrations`.
  public var title: String {
    let name = kind.key == "demo" ? "Demonstration" : kind.rawValue
    return name.hasSuffix("s") ? name : name + "s"
  }

  /// `10:45-12:45`.
  public var timeRange: String { "\(start)-\(end)" }

  /// `Posters 10:45-12:45 · 168 in Room 210 & 230 AB`.
  public var summary: String { "\(title) \(timeRange) · \(countAndHalls)" }

  /// `168 in Room 210 & 230 AB`, or the count alone when no hall is given.
  public var countAndHalls: String {
    halls.isEmpty ? "\(count)" : "\(count) in " + halls.joined(separator: " and ")
  }

  /// Whether the session is open at a time of its day (opening included, closing excluded).
  public func isRunning(at time: LocalTime) -> Bool {
    start <= time && time < end
  }

  /// Whether an event belongs to the session.
  public func contains(_ id: EventID) -> Bool {
    events.contains { $0.id == id }
  }

  /// Splits events into board sessions (posters and demonstrations with a day, a start and a
  /// later end, grouped by kind, day and hours) and the other events, both in time order.
  public static func sessions(in events: [Event]) -> (sessions: [BoardSession], others: [Event]) {
    var groups: [SessionKey: [Event]] = [:]
    var order: [SessionKey] = []
    var others: [Event] = []
    for event in events {
      guard event.kind.isBoardPresentation, let date = event.date, let start = event.start,
        let end = event.end, start < end
      else {
        others.append(event)
        continue
      }
      let key = SessionKey(kind: event.kind, date: date, start: start, end: end)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(event)
    }
    let sessions = order.map { key in
      let members = groups[key] ?? []
      return BoardSession(
        kind: key.kind, date: key.date, start: key.start, end: key.end,
        halls: halls(of: members), events: members)
    }
    return (
      sessions.sorted(by: BoardSession.precedes),
      others.sorted { $0.chronologicalKey < $1.chronologicalKey }
    )
  }

  /// Time order: day, opening, posters before demonstrations, closing.
  public static func precedes(_ a: BoardSession, _ b: BoardSession) -> Bool {
    let rank = { (kind: EventKind) in EventKind.common.firstIndex(of: kind) ?? Int.max }
    return (a.date.daysSinceEpoch, a.start.minutes, rank(a.kind), a.kind.key, a.end.minutes)
      < (b.date.daysSinceEpoch, b.start.minutes, rank(b.kind), b.kind.key, b.end.minutes)
  }

  /// Hall, then board, then title.
  static func walkingOrder(_ a: Event, _ b: Event) -> Bool {
    (a.room ?? "", a.boardKey, a.title) < (b.room ?? "", b.boardKey, b.title)
  }

  /// The distinct rooms, most used first, without those whose words all appear in another.
  static func halls(of events: [Event]) -> [String] {
    var counts: [String: Int] = [:]
    var firstSeen: [String] = []
    for room in events.compactMap(\.room) {
      if counts[room] == nil { firstSeen.append(room) }
      counts[room, default: 0] += 1
    }
    let ranked = firstSeen.enumerated().sorted {
      (-(counts[$0.element] ?? 0), $0.offset) < (-(counts[$1.element] ?? 0), $1.offset)
    }.map(\.element)
    var halls: [String] = []
    for room in ranked {
      let words = Set(TextFolding.words(room))
      let isPart = ranked.contains { other in
        other != room && words.isSubset(of: Set(TextFolding.words(other)))
          && TextFolding.words(other).count > words.count
      }
      if !isPart && !halls.contains(room) { halls.append(room) }
    }
    return halls
  }

  private struct SessionKey: Hashable {
    var kind: EventKind
    var date: CalendarDate
    var start: LocalTime
    var end: LocalTime
  }
}
