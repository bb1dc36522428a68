extension PosterRoute {
  /// The route as JSON: `session` (with only the planned presentations), `sessionSize`,
  /// `isRunning`, `stops` (event objects in walking order).
  public var json: JSONValue {
    .object([
      ("session", session.json), ("sessionSize", .int(sessionSize)),
      ("isRunning", .bool(isRunning)), ("stops", .array(stops.map(\.json))),
    ])
  }
}
