/// The zones an iCalendar file's TZIDs name, found the ways calendar programs write them:
///
/// - an IANA name (`America/Toronto`), read from the system's zone database;
/// - a name with a publisher's prefix (`/mozilla.org/20050126_1/America/New_York`,
///   `/citadel.org/20190914_1/Europe/Berlin`): its IANA tail;
/// - a Windows zone name, as Outlook and Exchange write them (`W. Europe Standard Time`,
///   `Pacific Standard Time`), by CLDR's mapping to the zone of the territory `001`;
/// - else the file's own VTIMEZONE for that TZID: its latest STANDARD and DAYLIGHT observances
///   with their yearly rules, turned into today's rule.
struct ICalendarZones {
  /// The zones the file's VTIMEZONE blocks define, by TZID.
  private(set) var defined: [String: ZoneRule] = [:]

  /// The zone of a TZID, or nil when none of the ways finds it.
  func zone(_ tzid: String) -> ZoneRule? {
    let name = tzid.trimmingSpaces()
    if let zone = ZoneRule.named(name) { return zone }
    // The longest tail of slash-separated parts that names a zone.
    let parts = name.split(separator: "/")
    if parts.count > 2 {
      for start in 1..<parts.count - 1 {
        if let zone = ZoneRule.named(parts[start...].joined(separator: "/")) { return zone }
      }
    }
    if let iana = Self.windowsZones[name], let zone = ZoneRule.named(iana) { return zone }
    return defined[name]
  }

  /// Adds a VTIMEZONE block's zone, when its observances read as a rule; returns whether they
  /// did.
  mutating func define(_ tzid: String, observances: [Observance]) -> Bool {
    let latest = { (isDaylight: Bool) in
      observances.filter { $0.isDaylight == isDaylight }.max { $0.start < $1.start }
    }
    guard let standard = latest(false) ?? latest(true) else { return false }
    let name = tzid.trimmingSpaces()
    var rule = POSIXZoneRule(standard: (standard.name ?? "LMT", standard.offsetTo), daylight: nil)
    if let daylight = latest(true), daylight !== standard,
      let starts = daylight.change, let ends = standard.change
    {
      rule.daylight = POSIXZoneRule.Daylight(
        name: daylight.name ?? "DST", offset: daylight.offsetTo, start: starts, end: ends)
    }
    defined[name] = ZoneRule(identifier: name, rules: .rule(rule))
    return true
  }

  /// A STANDARD or DAYLIGHT observance of a VTIMEZONE.
  final class Observance {
    let isDaylight: Bool
    var start = LocalDateTime(minutesSinceEpoch: 0)
    var offsetTo = 0
    var name: String?
    /// `RRULE`'s value: `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`.
    var rule: String?

    init(isDaylight: Bool) {
      self.isDaylight = isDaylight
    }

    /// The yearly rule as a POSIX change at the onset's wall-clock time; nil without a rule
    /// this reads (`BYMONTH` and a weekday of a week, or `-1` for the last).
    var change: POSIXZoneRule.Change? {
      guard let rule else { return nil }
      var month: Int?
      var week: Int?
      var weekday: Int?
      for part in rule.uppercased().split(separator: ";") {
        let pair = part.split(separator: "=", maxSplits: 1)
        guard pair.count == 2 else { continue }
        if pair[0] == "BYMONTH" { month = Int(pair[1]) }
        if pair[0] == "BYDAY", pair[1].count >= 3 {
          let number = Int(pair[1].dropLast(2)) ?? 0
          weekday = RecurrenceRule.weekdayNames.firstIndex(of: String(pair[1].suffix(2)))
          week = number == -1 ? 5 : number
        }
      }
      guard let month, let week, let weekday, (1...12).contains(month), (1...5).contains(week)
      else { return nil }
      return POSIXZoneRule.Change(
        date: .monthWeekDay(month: month, week: week, weekday: weekday),
        time: start.time.minutes * 60)
    }
  }

  /// Windows zone names (CLDR windowsZones.xml, territory 001) for the zones conferences meet
  /// in.
  static let windowsZones: [String: String] = [
    "UTC": "UTC", "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw", "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev", "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow", "Turkey Standard Time": "Europe/Istanbul",
    "Israel Standard Time": "Asia/Jerusalem", "Arabian Standard Time": "Asia/Dubai",
    "India Standard Time": "Asia/Calcutta", "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore", "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul", "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland", "Hawaiian Standard Time": "Pacific/Honolulu",
    "Alaskan Standard Time": "America/Anchorage", "Pacific Standard Time": "America/Los_Angeles",
    "Mountain Standard Time": "America/Denver", "US Mountain Standard Time": "America/Phoenix",
    "Central Standard Time": "America/Chicago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Eastern Standard Time": "America/New_York", "Atlantic Standard Time": "America/Halifax",
    "E. South America Standard Time": "America/Sao_Paulo",
    "South Africa Standard Time": "Africa/Johannesburg",
    "E. Africa Standard Time": "Africa/Nairobi",
  ]
}
