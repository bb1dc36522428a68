/// A walk-in event of an itinerary and the events it runs alongside: a demonstration open
/// from 10:45 to 19:30 overlaps the day's talks, but one drops in between them, so it never
/// clashes; it is said, not counted.
public struct WalkIn: Hashable, Sendable {
  /// The poster or demonstration.
  public var event: Event
  /// The itinerary's other events that overlap it, in time order (walk-ins of the same session
  /// left out: they are one route).
  public var alongside: [Event]

  /// Creates a walk-in with what it runs alongside.
  public init(event: Event, alongside: [Event]) {
    self.event = event
    self.alongside = alongside
  }
}

extension Conflicts {
  /// Whether an event is seen at any time of its session rather than from its start to its
  /// end: a poster or a demonstration. It never clashes.
  public static func isWalkIn(_ event: Event) -> Bool {
    event.kind.isBoardPresentation
  }

  /// The walk-in events of an itinerary that overlap others, each with those it overlaps, in
  /// time order. Sorted by day and start, each walk-in looks only at the events of its day
  /// that start before it ends; the posters of one session share what they run alongside, so
  /// it is worked out once per session (a whole poster session on the itinerary stays linear).
  public static func walkIns(_ events: [Event]) -> [WalkIn] {
    var seen: Set<EventID> = []
    let timed = events.filter { event in
      guard let start = event.start, let end = event.end, start < end, event.date != nil else {
        return false
      }
      return seen.insert(event.id).inserted
    }.sorted { $0.chronologicalKey < $1.chronologicalKey }
    let sessions = timed.map(SessionKey.init)
    var alongsideOf: [SessionKey: [Event]] = [:]
    var result: [WalkIn] = []
    for (index, event) in timed.enumerated() where isWalkIn(event) {
      guard let end = event.end, let start = event.start else { continue }
      let session = sessions[index]
      if session.isSession, let known = alongsideOf[session] {
        if !known.isEmpty { result.append(WalkIn(event: event, alongside: known)) }
        continue
      }
      var alongside: [Event] = []
      // Earlier starts of the same day that run past this one's start.
      var back = index - 1
      while back >= 0, timed[back].date == event.date {
        if let otherEnd = timed[back].end, otherEnd > start, !session.holds(sessions[back]) {
          alongside.append(timed[back])
        }
        back -= 1
      }
      alongside.reverse()
      var ahead = index + 1
      while ahead < timed.count, timed[ahead].date == event.date,
        let otherStart = timed[ahead].start, otherStart < end
      {
        if !session.holds(sessions[ahead]) { alongside.append(timed[ahead]) }
        ahead += 1
      }
      if session.isSession { alongsideOf[session] = alongside }
      if !alongside.isEmpty { result.append(WalkIn(event: event, alongside: alongside)) }
    }
    return result
  }
}

/// What `Conflicts.isSameSession` compares, worked out once per event: a board presentation's
/// day, start, end and folded hall; empty for any other event (which is in no session).
private struct SessionKey: Hashable {
  var date: CalendarDate?
  var start: LocalTime?
  var end: LocalTime?
  var hall: String?

  init(_ event: Event) {
    guard event.kind.isBoardPresentation, let room = event.room else { return }
    date = event.date
    start = event.start
    end = event.end
    hall = TextFolding.key(room)
  }

  /// Whether this is a session at all (a board presentation with a hall).
  var isSession: Bool { hall != nil }

  /// Whether another event is in this same session.
  func holds(_ other: SessionKey) -> Bool { isSession && self == other }
}
