/// A wall-clock moment with no zone, such as `2018-12-04 10:22`: a date and a time of day.
///
/// Schedules give every time this way, in the conference's zone; `ZoneRule` turns one into an
/// instant and back.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The day.
  public var date: CalendarDate
  /// The time of day.
  public var time: LocalTime

  /// Creates a moment from a date and a time of day.
  public init(date: CalendarDate, time: LocalTime) {
    self.date = date
    self.time = time
  }

  /// The moment `minutes` minutes after 1970-01-01 00:00 on the same wall clock.
  public init(minutesSinceEpoch minutes: Int) {
    let days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440)
    date = CalendarDate(daysSinceEpoch: days)
    time = LocalTime(clamping: minutes - days * 1440)
  }

  /// Reads `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`, or returns nil.
  public init?(_ text: some StringProtocol) {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
    guard parts.count == 2, let date = CalendarDate(iso: parts[0]), let time = LocalTime(parts[1])
    else { return nil }
    self.init(date: date, time: time)
  }

  /// Minutes since 1970-01-01 00:00 on the same wall clock (`24:00` is the next midnight).
  public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1440 + time.minutes }

  /// `2018-12-04 10:22`.
  public var description: String { "\(date) \(time)" }

  /// Orders two values.
  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    lhs.minutesSinceEpoch < rhs.minutesSinceEpoch
  }
}
