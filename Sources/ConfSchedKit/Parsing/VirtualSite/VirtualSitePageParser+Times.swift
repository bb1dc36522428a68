/// A card's printed time on the conference's clock: the printed zone (or the page's) gives the
/// instant, the conference's zone the day and the wall-clock times.
extension VirtualSitePageParser {
  /// The conference of a card's year: the table's city its room names, else the year's first;
  /// for an edition the table lacks, one in `--zone`, else in the zone most of the page's times
  /// are printed in, else in `--page-zone`, with a warning once.
  mutating func conference(year: Int, room: String?, at offset: Int) -> Conference {
    let edition = VirtualSiteEdition(series: series, year: year)
    if let city = edition.city(named: [room]) { return city }
    if let known = unlisted[year] { return known }
    var zone = options.zone
    var origin = "--zone"
    if zone == nil, let common = VirtualSiteEdition.mostCommon(printedOffsets) {
      zone = VirtualSiteEdition.fixedZone(offset: common) ?? .utc
      origin = "the zone the page prints, \(VirtualSiteEdition.describe(offset: common))"
    }
    if zone == nil, let pageZone = options.pageZone {
      zone = pageZone
      origin = "--page-zone"
    }
    diagnostics.warn(atOffset: offset, edition.unlistedMessage(zone: zone, from: origin))
    let conference = edition.unlisted(zone: zone)
    unlisted[year] = conference
    return conference
  }

  /// Puts an event on its conference day from its printed time.
  mutating func place(
    _ event: inout Event, _ time: PrintedTime, year: Int, conference: Conference, at offset: Int
  ) {
    let start = time.start
    guard let month = start.month, let day = start.day else {
      diagnostics.warn(atOffset: offset, "the time has no day; kept without day and time")
      return
    }
    let startYear = start.year ?? year
    let printed = YearInference.PrintedDate(weekday: start.weekday, month: month, day: day)
    let (date, problem) = YearInference.date(of: printed, in: startYear)
    if let problem, reportedDates.insert(printed).inserted {
      diagnostics.warn(atOffset: offset, problem)
    }
    guard let date else { return }
    for problem in time.problems { diagnostics.warn(atOffset: offset, problem) }
    let startUTC = instant(
      LocalDateTime(date: date, time: start.time), zone: start.zone, conference: conference,
      at: offset)
    var endUTC: Int?
    if let end = time.end {
      var endDate = time.endsNextDay ? date.adding(days: 1) : date
      if let endMonth = end.month, let endDay = end.day {
        let endYear = end.year ?? (endMonth < month ? startYear + 1 : startYear)
        endDate = CalendarDate(year: endYear, month: endMonth, day: endDay) ?? endDate
      }
      endUTC = instant(
        LocalDateTime(date: endDate, time: end.time), zone: end.zone ?? start.zone,
        conference: conference, at: offset)
    }
    let slot = ConferenceClock(zone: conference.zone).slot(startUTC: startUTC, endUTC: endUTC)
    if let problem = slot.problem { diagnostics.warn(atOffset: offset, problem.message) }
    event.date = slot.date
    event.start = slot.start
    event.end = slot.end
  }

  /// The instant (minutes since the epoch, UTC) of a printed time: in its printed zone (an
  /// abbreviation `--page-zone` uses at that moment is `--page-zone`'s: `CST` in Shanghai),
  /// else in `--page-zone`, else on the conference's clock, with a warning once.
  mutating func instant(
    _ local: LocalDateTime, zone printed: PrintedZone?, conference: Conference, at offset: Int
  ) -> Int {
    if let printed {
      if case .offset(_, let text) = printed, let pageZone = options.pageZone,
        text.first?.isLetter == true
      {
        let candidate = pageZone.utcMinutes(on: local.date, at: local.time)
        let instant = UTCDateTime(secondsSinceEpoch: candidate * 60)
        if pageZone.abbreviation(at: instant) == text { return candidate }
      }
      if let minutes = printed.utcMinutes(of: local) { return minutes }
      if case .unknown(let text) = printed, warnedZones.insert(text).inserted {
        diagnostics.warn(
          atOffset: offset,
          "unknown time zone '\(text)' after the time; read as if the page printed none")
      }
    }
    if let pageZone = options.pageZone {
      return pageZone.utcMinutes(on: local.date, at: local.time)
    }
    if !hasWarnedZoneless {
      hasWarnedZoneless = true
      let clock =
        conference.zone.map { "on \(conference)'s clock (\($0.identifier))" }
        ?? "as printed, in no known zone"
      diagnostics.warn(
        atOffset: offset,
        "the page prints no time zone: its times are read \(clock), as the browser that saved it showed them; if that browser was elsewhere, pass --page-zone Area/City"
      )
    }
    return ConferenceClock(zone: conference.zone).utcMinutes(of: local)
  }

  /// The warnings that sum up many cards.
  mutating func reportTotals() {
    for (kind, seen) in unknownKinds.sorted(by: { $0.value.offset < $1.value.offset }) {
      diagnostics.warn(
        atOffset: seen.offset,
        "unknown event type '\(kind)' (\(seen.count) card\(seen.count == 1 ? "" : "s")); kept as written"
      )
    }
    if let untimed {
      diagnostics.warn(
        atOffset: untimed.offset,
        untimed.count == 1
          ? "a card prints no time; kept without day and time"
          : "\(untimed.count) cards print no time; kept without day and time")
    }
  }
}
