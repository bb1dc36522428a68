extension Array where Element == Event {
  /// The events by day, time, room, board and title (`Event.chronologicalKey`), equal keys in
  /// their order here. Each key is made once and positions are sorted, not events: moving an
  /// event moves a dozen references, and a key made at every comparison makes strings.
  public func inTimeOrder() -> [Event] {
    let keys = map(\.chronologicalKey)
    return indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
      .map { self[$0] }
  }
}
