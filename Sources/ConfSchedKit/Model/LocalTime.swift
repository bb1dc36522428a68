/// A wall-clock time of day, in minutes after midnight, with no zone.
///
/// `24:00` is allowed as an end of day.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Minutes after midnight, 0 to 1440.
  public let minutes: Int

  /// Creates a time from minutes after midnight, or nil outside 0...1440.
  public init?(minutes: Int) {
    guard (0...1440).contains(minutes) else { return nil }
    self.minutes = minutes
  }

  /// Creates a time from an hour (0 to 24) and a minute (0 to 59), or nil when out of range.
  public init?(hour: Int, minute: Int) {
    guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else {
      return nil
    }
    self.minutes = hour * 60 + minute
  }

  /// Parses `HH:MM` (24-hour), also `H:MM`.
  public init?(_ text: some StringProtocol) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else { return nil }
    self.init(hour: hour, minute: minute)
  }

  /// The hour, 0 to 24.
  public var hour: Int { minutes / 60 }
  /// The minute, 0 to 59.
  public var minute: Int { minutes % 60 }

  /// `HH:MM`, 24-hour.
  public var description: String {
    (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
  }

  /// Orders two values.
  public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }
}
