extension ZoneRule {
  /// The zone as a VTIMEZONE component, unfolded, from the rule in force today: a DAYLIGHT and
  /// a STANDARD observance with their offsets, abbreviations, first onsets and yearly rules, or
  /// one STANDARD observance for a zone without daylight time.
  ///
  /// As most calendar programs write them (libical, Thunderbird, Outlook), the first onset is
  /// the rule's date in 1970 at the local wall-clock time of the change, read on the clock in
  /// force before it: 1970-03-08 02:00 and 1970-11-01 02:00 in North America, 1970-03-29 02:00
  /// and 1970-10-25 03:00 in the European Union. The events themselves carry their own UTC
  /// offsets through TZID, so a zone whose rules changed since (Mexico City dropped daylight time
  /// in 2022) is right for the years of today's rule, which are the conferences' years.
  var iCalendarLines: [String] {
    guard let rule = currentRule else { return [] }
    let standard = rule.standard
    guard let daylight = rule.daylight,
      let start = Self.recurrence(daylight.start.date), let end = Self.recurrence(daylight.end.date)
    else {
      return [
        "BEGIN:VTIMEZONE",
        "TZID:\(identifier)",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:\(ICalendarText.offset(standard.offset / 60))",
        "TZOFFSETTO:\(ICalendarText.offset(standard.offset / 60))",
        "TZNAME:\(ICalendarText.escaped(standard.name))",
        "DTSTART:19700101T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
      ]
    }
    let onsets = rule.bounds(year: 1970, daylight)
    return [
      "BEGIN:VTIMEZONE",
      "TZID:\(identifier)",
      "BEGIN:DAYLIGHT",
      "TZOFFSETFROM:\(ICalendarText.offset(standard.offset / 60))",
      "TZOFFSETTO:\(ICalendarText.offset(daylight.offset / 60))",
      "TZNAME:\(ICalendarText.escaped(daylight.name))",
      "DTSTART:\(ICalendarText.localDateTime(minutes: (onsets.start + standard.offset) / 60))",
      "RRULE:\(start)",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "TZOFFSETFROM:\(ICalendarText.offset(daylight.offset / 60))",
      "TZOFFSETTO:\(ICalendarText.offset(standard.offset / 60))",
      "TZNAME:\(ICalendarText.escaped(standard.name))",
      "DTSTART:\(ICalendarText.localDateTime(minutes: (onsets.end + daylight.offset) / 60))",
      "RRULE:\(end)",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]
  }

  /// `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU` (the last week is `-1`); nil for the rare day-of-year
  /// rules, which no conference city uses.
  static func recurrence(_ date: POSIXZoneRule.Change.DateRule) -> String? {
    guard case .monthWeekDay(let month, let week, let weekday) = date else { return nil }
    let days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
    return "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(week == 5 ? -1 : week)\(days[weekday])"
  }
}
