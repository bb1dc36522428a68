extension BoardSession {
  /// The session as JSON: `kind, date, start, end, count, halls, events` (ids, in walking
  /// order).
  public var json: JSONValue {
    .object([
      ("kind", .string(kind.rawValue)), ("date", .string(date.description)),
      ("start", .string(start.description)), ("end", .string(end.description)),
      ("count", .int(count)), ("halls", .array(halls.map(JSONValue.string))),
      ("events", .array(events.map { .string($0.id.rawValue) })),
    ])
  }
}
