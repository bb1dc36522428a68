/// Whether a dump in one of the NeurIPS site's formats is NeurIPS at all, from its days.
///
/// Cards (`Oral | Tue Jun 11th 09:00 -- 09:20 AM @ Hall A`), their markdown form and attendee
/// notes name no conference: a dump of them was taken to be the NeurIPS edition of its year,
/// with that edition's city and time zone. But the card header is the site software's, which
/// ICML and ICLR ran too, and notes are kept at any meeting. Every NeurIPS since 2000 met
/// between late November and mid-December (`NeurIPSEditions`), so a dump none of whose days
/// fall from 15 November to 31 December is another conference: named after its file, in
/// `--zone` or in no zone, never placed in a NeurIPS city's zone it was not held in (an ICLR
/// 2019 dump read as Vancouver's put every exported event two hours off).
enum NeurIPSSeason {
  /// Whether a NeurIPS meeting could fall on a day: 15 November to 31 December.
  static func contains(_ date: CalendarDate) -> Bool {
    date.month == 12 || (date.month == 11 && date.day >= 15)
  }

  /// Whether a dump with events on `days` can be NeurIPS: a day is in the season, or no day
  /// is known.
  static func admits(_ days: some Sequence<CalendarDate>) -> Bool {
    var any = false
    for day in days {
      if contains(day) { return true }
      any = true
    }
    return !any
  }

  /// The conference of a dump of `year` whose events fall on `days`: the NeurIPS edition of
  /// the year when a day is in the season (or no day is known), else one named after `file`
  /// in `zone`. `warning` says so when the dump is not NeurIPS and no zone was given. One pass
  /// over the days, none of them kept (a dump of millions of cards passes them lazily).
  static func conference(
    year: Int, days: some Sequence<CalendarDate>, file: String, zone: ZoneRule?
  ) -> (conference: Conference, warning: String?) {
    var span: (first: CalendarDate, last: CalendarDate)?
    for day in days {
      if contains(day) { return (Conference.neurIPS(year: year), nil) }
      span = span.map { (Swift.min($0.first, day), Swift.max($0.last, day)) } ?? (day, day)
    }
    guard let (first, last) = span else { return (Conference.neurIPS(year: year), nil) }
    let name = ICalendarParser.stem(file)
    let conference = Conference(
      id: ICalendarParser.slug(name), name: name, year: year, city: nil, zone: zone)
    guard zone == nil else { return (conference, nil) }
    let days = first == last ? "\(first)" : "\(first) to \(last)"
    return (
      conference,
      "its days (\(days)) are not NeurIPS's (late November to December): read as '\(conference.id)'"
        + " with no time zone; pass --zone Area/City to place its times"
    )
  }
}
