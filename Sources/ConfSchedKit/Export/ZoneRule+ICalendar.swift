extension ZoneRule {
  /// The zone as a VTIMEZONE component, unfolded: a DAYLIGHT and a STANDARD observance, each
  /// with its offsets, abbreviation, first onset and yearly rule.
  ///
  /// As most calendar programs write them (libical, Thunderbird, Outlook), the first onset is
  /// the rule's date in 1970 at the local wall-clock time of the change, read on the clock in
  /// force before it: 1970-03-08 02:00 and 1970-11-01 02:00 in North America, 1970-03-29 02:00
  /// and 1970-10-25 03:00 in the European Union. `ZoneRule` knows only today's rules, and no
  /// conference it describes predates them.
  var iCalendarLines: [String] {
    let bounds = daylightBounds(year: 1970)
    let rules = recurrenceRules
    return [
      "BEGIN:VTIMEZONE",
      "TZID:\(identifier)",
      "BEGIN:DAYLIGHT",
      "TZOFFSETFROM:\(ICalendarText.offset(standardOffset))",
      "TZOFFSETTO:\(ICalendarText.offset(daylightOffset))",
      "TZNAME:\(ICalendarText.escaped(abbreviations.daylight))",
      "DTSTART:\(ICalendarText.localDateTime(minutes: bounds.start + standardOffset))",
      "RRULE:\(rules.daylight)",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "TZOFFSETFROM:\(ICalendarText.offset(daylightOffset))",
      "TZOFFSETTO:\(ICalendarText.offset(standardOffset))",
      "TZNAME:\(ICalendarText.escaped(abbreviations.standard))",
      "DTSTART:\(ICalendarText.localDateTime(minutes: bounds.end + daylightOffset))",
      "RRULE:\(rules.standard)",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]
  }
}
