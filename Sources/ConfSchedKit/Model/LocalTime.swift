/// A wall-clock time on a conference day's clock, in minutes after the day's midnight, with no
/// zone.
///
/// A conference day runs past midnight into the next morning, as frab's days and Giggity do:
/// a party at 01:30 belongs to the evening before, and is 25:30 on that day's clock (the
/// `extended` form); it prints as the clock shows it, `01:30`. `24:00` is an end of day.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Minutes after the day's midnight, 0 to `maximumMinutes`.
  public let minutes: Int

  /// The end of a conference day's clock: 48:00, the next day's midnight.
  public static let maximumMinutes = 2 * 1440

  /// Creates a time from minutes after midnight, or nil outside 0...`maximumMinutes`.
  public init?(minutes: Int) {
    guard (0...LocalTime.maximumMinutes).contains(minutes) else { return nil }
    self.minutes = minutes
  }

  /// Creates a time of day from an hour (0 to 24) and a minute (0 to 59), or nil when out of
  /// range.
  public init?(hour: Int, minute: Int) {
    guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else {
      return nil
    }
    self.minutes = hour * 60 + minute
  }

  /// Parses a time of day, `HH:MM` (24-hour) or `H:MM`, up to `24:00`.
  public init?(_ text: some StringProtocol) {
    guard let minutes = Self.minutes(text), minutes <= 1440 else { return nil }
    self.minutes = minutes
  }

  /// Parses the `extended` form, which may run past midnight (`25:30`).
  public init?(extended text: some StringProtocol) {
    guard let minutes = Self.minutes(text), minutes <= LocalTime.maximumMinutes else { return nil }
    self.minutes = minutes
  }

  private static func minutes(_ text: some StringProtocol) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour >= 0, (0...59).contains(minute)
    else { return nil }
    return hour * 60 + minute
  }

  /// The hour on the day's clock, 0 to 48.
  public var hour: Int { minutes / 60 }
  /// The minute, 0 to 59.
  public var minute: Int { minutes % 60 }

  /// Whether the time is past the day's midnight, on the next calendar day.
  public var isPastMidnight: Bool { minutes > 1440 }

  /// `HH:MM` as the clock shows it: `01:30` for 25:30; `24:00` for the end of the day.
  public var description: String {
    Self.format(isPastMidnight ? minutes - 1440 : minutes)
  }

  /// `HH:MM` on the day's clock, which reads back the same: `25:30`.
  public var extended: String { Self.format(minutes) }

  private static func format(_ minutes: Int) -> String {
    let hour = minutes / 60
    let minute = minutes % 60
    return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
  }

  /// Orders two values.
  public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }
}
