/// One thing a view of the day shows: an event, or a poster or demonstration session as one
/// block.
public enum ScheduleItem: Hashable, Sendable {
  /// A talk, a break, or any event not summarised in a session.
  case event(Event)
  /// A poster or demonstration session.
  case session(BoardSession)

  /// The day, when known.
  public var date: CalendarDate? {
    switch self {
    case .event(let event): return event.date
    case .session(let session): return session.date
    }
  }

  /// The start, when known.
  public var start: LocalTime? {
    switch self {
    case .event(let event): return event.start
    case .session(let session): return session.start
    }
  }

  /// The end, when known.
  public var end: LocalTime? {
    switch self {
    case .event(let event): return event.end
    case .session(let session): return session.end
    }
  }

  /// The room, or a session's main hall.
  public var room: String? {
    switch self {
    case .event(let event): return event.room
    case .session(let session): return session.halls.first
    }
  }

  /// The events behind the item.
  public var events: [Event] {
    switch self {
    case .event(let event): return [event]
    case .session(let session): return session.events
    }
  }

  /// Whether the item runs at a time of its day (start included, end excluded); an end before
  /// the start is past midnight, so the item runs to the end of its day.
  public func isRunning(at time: LocalTime) -> Bool {
    switch self {
    case .event(let event):
      if let start = event.start, let end = event.end, end < start { return time >= start }
      return event.isRunning(at: time)
    case .session(let session): return session.isRunning(at: time)
    }
  }

  /// Whether the item, begun the day before, still runs at a time past midnight: an end
  /// before the start (a card's `09:00 PM -- 01:00 AM`), or a day's clock that runs on past
  /// 24:00 (a frab night's 00:55 is 24:55 of its day).
  public func isRunningPastMidnight(at time: LocalTime) -> Bool {
    guard case .event(let event) = self, let start = event.start else { return false }
    if let end = event.end, end < start { return time < end }
    guard let late = LocalTime(minutes: time.minutes + 1440) else { return false }
    return event.isRunning(at: late)
  }

  /// The items of a day: its board sessions and its other events with a start time, in time
  /// order; an event listed twice with the same title, kind, hours and room (the dump's two
  /// `Lunch on your own`) counts once.
  public static func items(_ events: [Event], on date: CalendarDate) -> [ScheduleItem] {
    let (sessions, others) = BoardSession.sessions(in: events.filter { $0.date == date })
    var seen: Set<[String]> = []
    var items = sessions.map(ScheduleItem.session)
    for event in others where event.start != nil {
      let key = [
        event.kind.key, TextFolding.key(event.title), event.timeRange, event.room ?? "",
        event.board ?? "",
      ]
      if seen.insert(key).inserted { items.append(.event(event)) }
    }
    return items.sorted(by: ScheduleItem.precedes)
  }

  /// Time order: start, then room, then title; sessions before events starting with them.
  public static func precedes(_ a: ScheduleItem, _ b: ScheduleItem) -> Bool {
    (a.start?.minutes ?? Int.max, a.isSession ? 0 : 1, RoomOrder.key(a.room), a.sortTitle)
      < (b.start?.minutes ?? Int.max, b.isSession ? 0 : 1, RoomOrder.key(b.room), b.sortTitle)
  }

  private var isSession: Bool {
    if case .session = self { return true }
    return false
  }

  private var sortTitle: String {
    switch self {
    case .event(let event): return event.title
    case .session(let session): return session.title
    }
  }
}
