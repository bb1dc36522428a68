extension Timetable {
  /// The grid as JSON: `date, timeZone, columns, rows ({start, end}), cells, alongside
  /// (sessions), untimed, overlapping (event objects), inItinerary (the ids of `marked` in the
  /// day)`. A cell is `{row, rowSpan, column, columnSpan, forEveryone}` with `events` (event
  /// objects) or `session`.
  public func json(marked: Set<EventID> = []) -> JSONValue {
    let cells = self.cells.map { cell -> JSONValue in
      var members: [(String, JSONValue)] = [
        ("row", .int(cell.rows.lowerBound)), ("rowSpan", .int(cell.rows.count)),
        ("column", .int(cell.columns.lowerBound)), ("columnSpan", .int(cell.columns.count)),
        ("forEveryone", .bool(cell.isForEveryone)),
      ]
      switch cell.content {
      case .events(let events): members.append(("events", .array(events.map(\.json))))
      case .session(let session): members.append(("session", session.json))
      }
      return .object(members)
    }
    let all = self.cells.flatMap(\.events) + alongside.flatMap(\.events) + untimed + overlapping
    var planned: [EventID] = []
    for event in all where marked.contains(event.id) && !planned.contains(event.id) {
      planned.append(event.id)
    }
    return .object([
      ("date", .string(date.description)), ("timeZone", .optional(conference?.zone?.identifier)),
      ("columns", .array(columns.map(JSONValue.string))),
      (
        "rows",
        .array(
          rows.map {
            .object([
              ("start", .string($0.start.description)), ("end", .string($0.end.description)),
            ])
          })
      ),
      ("cells", .array(cells)), ("alongside", .array(alongside.map(\.json))),
      ("untimed", .array(untimed.map(\.json))), ("overlapping", .array(overlapping.map(\.json))),
      ("inItinerary", .array(planned.map { .string($0.rawValue) })),
    ])
  }
}
