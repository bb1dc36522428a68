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

  /// The conference of a dump of `year` whose events fall on `days`: the NeurIPS edition of
  /// the year when a day is in the season (or no day is known), else one named after `file`
  /// in `zone`. `warning` says so when the dump is not NeurIPS and no zone was given.
  static func conference(
    year: Int, days: [CalendarDate], file: String, zone: ZoneRule?
  ) -> (conference: Conference, warning: String?) {
    guard !days.contains(where: contains), let first = days.min(), let last = days.max() else {
      return (Conference.neurIPS(year: year), nil)
    }
    let name = ICalendarParser.stem(file)
    let conference = Conference(
      id: ICalendarParser.slug(name), name: name, year: year, city: nil, zone: zone)
    guard zone == nil else { return (conference, nil) }
    let span = first == last ? "\(first)" : "\(first) to \(last)"
    return (
      conference,
      "its days (\(span)) are not NeurIPS's (late November to December): read as '\(conference.id)'"
        + " with no time zone; pass --zone Area/City to place its times"
    )
  }
}
