/// The itinerary's posters (or demonstrations) in one session, in the order to walk them: the
/// data behind `confsched posters`.
public struct PosterRoute: Hashable, Sendable {
  /// The session with only the planned presentations, in walking order (hall, then board).
  public var session: BoardSession
  /// How many presentations the whole session has in the loaded data.
  public var sessionSize: Int
  /// Whether the session is open at the moment asked about; if not, it is the next to open.
  public var isRunning: Bool

  /// Creates a route.
  public init(session: BoardSession, sessionSize: Int, isRunning: Bool) {
    self.session = session
    self.sessionSize = sessionSize
    self.isRunning = isRunning
  }

  /// The stops, in walking order.
  public var stops: [Event] { session.events }

  /// The routes through the planned board presentations at a moment: the sessions open then,
  /// else those that open next (all that open at that same time); empty when none is left.
  /// `events` (the loaded schedule's) give each session's full size.
  public static func routes(planned: [Event], events: [Event], at moment: LocalDateTime)
    -> [PosterRoute]
  {
    let sessions = BoardSession.sessions(in: planned).sessions
    let open = sessions.filter { $0.date == moment.date && $0.isRunning(at: moment.time) }
    let chosen: [BoardSession]
    if !open.isEmpty {
      chosen = open
    } else {
      let later = sessions.filter { LocalDateTime(date: $0.date, time: $0.start) > moment }
      let first = later.map { LocalDateTime(date: $0.date, time: $0.start) }.min()
      chosen = later.filter { LocalDateTime(date: $0.date, time: $0.start) == first }
    }
    guard !chosen.isEmpty else { return [] }
    let all = BoardSession.sessions(in: events).sessions
    return chosen.map { session in
      let full = all.first {
        $0.kind == session.kind && $0.date == session.date && $0.start == session.start
          && $0.end == session.end
      }
      return PosterRoute(
        session: session, sessionSize: Swift.max(full?.count ?? 0, session.count),
        isRunning: !open.isEmpty)
    }
  }
}
