extension Event {
  /// The start as an ISO 8601 instant with the conference's offset then,
  /// `2018-12-04T10:05:00-05:00`; nil without a day, a start or a known zone.
  public var startsAt: String? {
    guard let date, let start, let zone = conference?.zone else { return nil }
    return Event.iso8601(LocalDateTime(date: date, time: start), zone)
  }

  /// The dump's end as `startsAt` writes the start (an end before the start is on the next
  /// day); nil when the dump gives no end, or the end is assumed (`AssumedEnds`).
  public var endsAt: String? {
    guard !isEndAssumed, let date, let start, let end, let zone = conference?.zone else {
      return nil
    }
    let day = end < start ? date.adding(days: 1) : date
    return Event.iso8601(
      LocalDateTime(minutesSinceEpoch: day.daysSinceEpoch * 1440 + end.minutes), zone)
  }

  /// `2018-12-04T10:05:00-05:00`: the wall-clock time with the zone's offset at that moment.
  static func iso8601(_ moment: LocalDateTime, _ zone: ZoneRule) -> String {
    let offset = zone.utcOffset(at: zone.instant(of: moment))
    let magnitude = Swift.abs(offset)
    return "\(moment.date)T\(moment.time):00" + (offset < 0 ? "-" : "+")
      + CalendarDate.padded(magnitude / 60, 2) + ":" + CalendarDate.padded(magnitude % 60, 2)
  }
}
