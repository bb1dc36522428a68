/// The rules of one IANA time zone, as far as conference schedules need them: the standard and
/// daylight offsets and when daylight time starts and ends (rules in force since 2007).
///
/// Kept in the library rather than read from the system's zone database, so that conversions
/// and the `.ics` VTIMEZONE block are the same on every machine and need no Foundation.
public struct ZoneRule: Hashable, Sendable {
  /// The IANA identifier, such as `America/Toronto`.
  public let identifier: String
  /// Standard time's offset from UTC, in minutes (`-300` for UTC-5).
  public let standardOffset: Int
  /// Daylight time's offset from UTC, in minutes.
  public let daylightOffset: Int
  /// Abbreviations for standard and daylight time: `EST`, `EDT`.
  public let abbreviations: (standard: String, daylight: String)
  /// When daylight time begins and ends.
  public let transitions: Transitions

  /// The two daylight-saving regimes the conference cities use.
  public enum Transitions: Hashable, Sendable {
    /// United States and Canada: second Sunday of March 02:00 to first Sunday of November 02:00,
    /// local time.
    case northAmerica
    /// European Union: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
    case europe
  }

  /// The offset from UTC, in minutes, of a local wall-clock time on a date.
  public func utcOffset(on date: CalendarDate, at time: LocalTime) -> Int {
    let local = date.daysSinceEpoch * 1440 + time.minutes
    let (start, end) = daylightBounds(year: date.year)
    // Compare in local standard time: ambiguous and skipped wall times resolve to standard.
    let standardInstant = local - standardOffset
    return (start..<end).contains(standardInstant) ? daylightOffset : standardOffset
  }

  /// Minutes since the epoch, UTC, of a local wall-clock time.
  public func utcMinutes(on date: CalendarDate, at time: LocalTime) -> Int {
    date.daysSinceEpoch * 1440 + time.minutes - utcOffset(on: date, at: time)
  }

  /// Daylight time's bounds in a year, as UTC minutes since the epoch.
  public func daylightBounds(year: Int) -> (start: Int, end: Int) {
    switch transitions {
    case .northAmerica:
      let start = ZoneRule.nthSunday(2, month: 3, year: year).daysSinceEpoch * 1440 + 120
      let end = ZoneRule.nthSunday(1, month: 11, year: year).daysSinceEpoch * 1440 + 120
      return (start - standardOffset, end - daylightOffset)
    case .europe:
      let start = ZoneRule.lastSunday(month: 3, year: year).daysSinceEpoch * 1440 + 60
      let end = ZoneRule.lastSunday(month: 10, year: year).daysSinceEpoch * 1440 + 60
      return (start, end)
    }
  }

  /// The iCalendar recurrence rules of the two transitions, for a VTIMEZONE block.
  public var recurrenceRules: (daylight: String, standard: String) {
    switch transitions {
    case .northAmerica:
      return ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
    case .europe:
      return ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    }
  }

  /// Whether two values are the same.
  public static func == (lhs: ZoneRule, rhs: ZoneRule) -> Bool { lhs.identifier == rhs.identifier }
  /// Hashes the parts that `==` compares.
  public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

  static func nthSunday(_ n: Int, month: Int, year: Int) -> CalendarDate {
    let first = CalendarDate(daysSinceEpoch: CalendarDate.epochDays(year, month, 1))
    let toSunday = (7 - first.weekday.rawValue) % 7
    return first.adding(days: toSunday + 7 * (n - 1))
  }

  static func lastSunday(month: Int, year: Int) -> CalendarDate {
    let lastDay = CalendarDate.daysIn(month: month, year: year)
    let last = CalendarDate(daysSinceEpoch: CalendarDate.epochDays(year, month, lastDay))
    return last.adding(days: -last.weekday.rawValue)
  }
}

extension ZoneRule {
  /// Eastern time: Montréal, Toronto.
  public static let toronto = ZoneRule(
    identifier: "America/Toronto", standardOffset: -300, daylightOffset: -240,
    abbreviations: ("EST", "EDT"), transitions: .northAmerica)
  /// Pacific time in Canada: Vancouver.
  public static let vancouver = ZoneRule(
    identifier: "America/Vancouver", standardOffset: -480, daylightOffset: -420,
    abbreviations: ("PST", "PDT"), transitions: .northAmerica)
  /// Pacific time in the United States: Long Beach, Lake Tahoe, San Diego.
  public static let losAngeles = ZoneRule(
    identifier: "America/Los_Angeles", standardOffset: -480, daylightOffset: -420,
    abbreviations: ("PST", "PDT"), transitions: .northAmerica)
  /// Central time: New Orleans.
  public static let chicago = ZoneRule(
    identifier: "America/Chicago", standardOffset: -360, daylightOffset: -300,
    abbreviations: ("CST", "CDT"), transitions: .northAmerica)
  /// Central European time: Barcelona, Granada.
  public static let madrid = ZoneRule(
    identifier: "Europe/Madrid", standardOffset: 60, daylightOffset: 120,
    abbreviations: ("CET", "CEST"), transitions: .europe)
}

extension CalendarDate {
  static func epochDays(_ year: Int, _ month: Int, _ day: Int) -> Int {
    CalendarDate(year: year, month: month, day: day)?.daysSinceEpoch ?? 0
  }
}
