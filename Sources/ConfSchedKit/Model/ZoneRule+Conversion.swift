extension ZoneRule {
  /// The offset from UTC, in minutes, at an instant.
  public func utcOffset(at instant: UTCDateTime) -> Int {
    let minutes = UTCDateTime.floorDivide(instant.secondsSinceEpoch, 60)
    let standardDay = UTCDateTime.floorDivide(minutes + standardOffset, 1440)
    let (start, end) = daylightBounds(year: CalendarDate(daysSinceEpoch: standardDay).year)
    return (start..<end).contains(minutes) ? daylightOffset : standardOffset
  }

  /// The wall-clock date and time of an instant in this zone, to the minute.
  public func localDateTime(at instant: UTCDateTime) -> LocalDateTime {
    let minutes = UTCDateTime.floorDivide(instant.secondsSinceEpoch, 60)
    return LocalDateTime(minutesSinceEpoch: minutes + utcOffset(at: instant))
  }

  /// The instant of a wall-clock moment in this zone (a skipped or repeated wall time is read
  /// as standard time, as `utcOffset(on:at:)` does).
  public func instant(of moment: LocalDateTime) -> UTCDateTime {
    UTCDateTime(secondsSinceEpoch: utcMinutes(on: moment.date, at: moment.time) * 60)
  }

  /// `EST` or `EDT`: the abbreviation in use at an instant.
  public func abbreviation(at instant: UTCDateTime) -> String {
    utcOffset(at: instant) == daylightOffset && daylightOffset != standardOffset
      ? abbreviations.daylight : abbreviations.standard
  }
}
