extension ScheduleItem {
  /// An event's object, or `{"session": …}` for a session.
  public var json: JSONValue {
    switch self {
    case .event(let event): return event.json
    case .session(let session): return .object([("session", session.json)])
    }
  }
}
