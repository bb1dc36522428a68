#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An instant in UTC to the second, such as an export's timestamp: `2018-12-04T21:50:00Z`.
public struct UTCDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z, leap seconds not counted (Unix time).
  public let secondsSinceEpoch: Int

  /// Creates the instant `secondsSinceEpoch` seconds after 1970-01-01T00:00:00Z.
  public init(secondsSinceEpoch: Int) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  /// Creates an instant from a UTC date and time of day, or nil when the time is out of range.
  public init?(date: CalendarDate, hour: Int, minute: Int, second: Int = 0) {
    guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
      return nil
    }
    self.init(secondsSinceEpoch: date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second)
  }

  /// The system clock's current time.
  public static func now() -> UTCDateTime {
    UTCDateTime(secondsSinceEpoch: Int(time(nil)))
  }

  /// The UTC day.
  public var date: CalendarDate {
    CalendarDate(daysSinceEpoch: UTCDateTime.floorDivide(secondsSinceEpoch, 86_400))
  }

  /// Seconds since the start of the UTC day, 0 to 86 399.
  var secondOfDay: Int { secondsSinceEpoch - date.daysSinceEpoch * 86_400 }

  /// The iCalendar form: `20181204T215000Z`.
  public var basicFormat: String {
    let date = self.date
    let second = secondOfDay
    return CalendarDate.padded(date.year, 4) + CalendarDate.padded(date.month, 2)
      + CalendarDate.padded(date.day, 2) + "T" + CalendarDate.padded(second / 3600, 2)
      + CalendarDate.padded(second / 60 % 60, 2) + CalendarDate.padded(second % 60, 2) + "Z"
  }

  /// ISO 8601: `2018-12-04T21:50:00Z`.
  public var description: String {
    let second = secondOfDay
    return "\(date)T" + CalendarDate.padded(second / 3600, 2) + ":"
      + CalendarDate.padded(second / 60 % 60, 2) + ":" + CalendarDate.padded(second % 60, 2) + "Z"
  }

  /// Orders two values.
  public static func < (lhs: UTCDateTime, rhs: UTCDateTime) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }

  static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }
}
