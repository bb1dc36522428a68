extension ZoneRule {
  /// The wall-clock date and time of an instant in this zone, to the minute.
  public func localDateTime(at instant: UTCDateTime) -> LocalDateTime {
    let minutes = UTCDateTime.floorDivide(instant.secondsSinceEpoch, 60)
    return LocalDateTime(minutesSinceEpoch: minutes + utcOffset(at: instant))
  }

  /// The instant of a wall-clock moment in this zone (a repeated wall time is read as standard
  /// time, a skipped one on the clock before the change, as `utcOffset(on:at:)` does).
  public func instant(of moment: LocalDateTime) -> UTCDateTime {
    UTCDateTime(secondsSinceEpoch: utcMinutes(on: moment.date, at: moment.time) * 60)
  }
}

extension CalendarDate {
  static func epochDays(_ year: Int, _ month: Int, _ day: Int) -> Int {
    CalendarDate(year: year, month: month, day: day)?.daysSinceEpoch ?? 0
  }
}
