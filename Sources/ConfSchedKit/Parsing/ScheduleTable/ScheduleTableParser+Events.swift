/// A schedule table's rows in the model: on their stated days, in the conference's zone.
extension ScheduleTableParser {
  mutating func events(_ rows: [Row], title: String?, stated: ZoneRule?, prose: String)
    -> ReadResult
  {
    var result = ReadResult()
    guard !rows.isEmpty else { return result }
    let pageTitle = title.flatMap { Self.isGeneric($0) ? nil : $0 }
    let conference = makeConference(title: pageTitle, stated: stated, rows: rows, prose: prose)
    if stated == nil, conference.zone == nil {
      diagnostics.warn(
        atOffset: rows[0].offset,
        "the page names no time zone: times are shown as written; exports need a zone (pass --zone Area/City)"
      )
    }
    var warnedNoDay = false
    var warnedNoYear = false
    for row in rows {
      var date: CalendarDate?
      if let day = row.day {
        date = day.date(defaultYear: conference.year > 0 ? conference.year : options.year)
        if date == nil, !warnedNoYear {
          diagnostics.warn(
            atOffset: row.offset, "the page states no year for its days; pass --year")
          warnedNoYear = true
        }
        if let date, let weekday = day.weekday, date.weekday != weekday {
          diagnostics.warn(
            atOffset: row.offset, "\(date) is a \(date.weekday.name), not a \(weekday.name)")
        }
      } else if !warnedNoDay {
        diagnostics.warn(
          atOffset: row.offset, "no day is stated above this row; its events have no date")
        warnedNoDay = true
      }
      var start = row.span.start
      var end = row.span.end
      if let date, let from = stated, let to = conference.zone, from != to, let first = start {
        (start, end) = Self.convert(date: date, start: first, end: end, from: from, to: to)
      }
      result.events.append(
        Event(
          kind: row.entry.kind, title: row.entry.title, authors: row.entry.people,
          conference: conference, date: date, start: start, end: end, room: row.room,
          session: pageTitle, source: diagnostics.location(of: row.offset)))
    }
    result.conferences = [conference]
    result.diagnostics = diagnostics.takeSorted()
    return result
  }

  /// The NeurIPS edition the page names when its days can be NeurIPS's (`NeurIPSSeason`: a
  /// July workshop whose page cites a NeurIPS paper is not NeurIPS), else one of the page's own.
  func makeConference(title: String?, stated: ZoneRule?, rows: [Row], prose: String) -> Conference {
    if let year = ConferenceYear.infer(bytes),
      NeurIPSSeason.admits(rows.lazy.compactMap { $0.day?.date(defaultYear: year) })
    {
      let cities = Conference.neurIPSCities(year: year)
      let mentioned = cities.first { city in city.city.map { prose.contains($0) } ?? false }
      return mentioned ?? cities.first ?? Conference.neurIPS(year: year)
    }
    let name = title ?? ICalendarParser.stem(file)
    let year = rows.lazy.compactMap { $0.day?.year }.first ?? options.year ?? 0
    return Conference(
      id: ICalendarParser.slug(name), name: name, year: year, city: nil,
      zone: stated ?? options.zone)
  }

  /// Times stated in one zone, on the conference's clock: the same instants.
  static func convert(
    date: CalendarDate, start: LocalTime, end: LocalTime?, from: ZoneRule, to: ZoneRule
  ) -> (LocalTime?, LocalTime?) {
    func moved(_ time: LocalTime) -> LocalTime? {
      let instant = from.instant(of: LocalDateTime(date: date, time: time))
      let local = to.localDateTime(at: instant)
      return LocalTime(minutes: local.minutesSinceEpoch - date.daysSinceEpoch * 1440)
    }
    return (moved(start), end.flatMap(moved))
  }

  /// `Schedule`, `Program`: a page title that names no event.
  static func isGeneric(_ title: String) -> Bool {
    ["schedule", "program", "programme", "agenda", "timetable", "home", "index"].contains(
      title.lowercased().trimmingSpaces())
  }
}
