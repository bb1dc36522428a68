extension NowNext {
  /// The view as JSON, times on the conference's wall clock: `moment (YYYY-MM-DD HH:MM),
  /// timeZone, status (running, notStarted, over or dayOff), statusDay (the first, last or
  /// nearest day; null when running), upcomingDay, rooms ({room, now, next})`, where each item
  /// is an event object or `{"session": …}`.
  public var json: JSONValue {
    let (name, day): (String, CalendarDate?) =
      switch status {
      case .running: ("running", nil)
      case .notStarted(let first): ("notStarted", first)
      case .over(let last): ("over", last)
      case .dayOff(let nearest): ("dayOff", nearest)
      }
    return .object([
      ("moment", .string(moment.description)),
      ("timeZone", .optional(conference?.zone?.identifier)), ("status", .string(name)),
      ("statusDay", .optional(day?.description)),
      ("upcomingDay", .optional(upcomingDay?.description)),
      (
        "rooms",
        .array(
          rooms.map { room in
            .object([
              ("room", .optional(room.room)), ("now", .array(room.running.map(\.json))),
              ("next", .array(room.upcoming.map(\.json))),
            ])
          })
      ),
    ])
  }
}
