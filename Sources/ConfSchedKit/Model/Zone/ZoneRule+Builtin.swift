/// Today's rules of the zones conferences are held in, for machines without a zone database
/// (a minimal container): POSIX `TZ` strings as the database's own footers state them.
extension ZoneRule {
  static let builtinRules: [String: String] = [
    "UTC": "UTC0", "Etc/UTC": "UTC0", "GMT": "GMT0", "Etc/GMT": "GMT0",
    "America/Toronto": "EST5EDT,M3.2.0,M11.1.0", "America/Montreal": "EST5EDT,M3.2.0,M11.1.0",
    "America/New_York": "EST5EDT,M3.2.0,M11.1.0", "America/Chicago": "CST6CDT,M3.2.0,M11.1.0",
    "America/Denver": "MST7MDT,M3.2.0,M11.1.0", "America/Phoenix": "MST7",
    "America/Los_Angeles": "PST8PDT,M3.2.0,M11.1.0", "America/Vancouver": "PST8PDT,M3.2.0,M11.1.0",
    "America/Mexico_City": "CST6", "America/Sao_Paulo": "<-03>3", "Pacific/Honolulu": "HST10",
    "Europe/London": "GMT0BST,M3.5.0/1,M10.5.0", "Europe/Dublin": "IST-1GMT0,M10.5.0,M3.5.0/1",
    "Europe/Lisbon": "WET0WEST,M3.5.0/1,M10.5.0", "Europe/Madrid": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Paris": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Amsterdam": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Brussels": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Vienna": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Zurich": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Rome": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Prague": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Stockholm": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Copenhagen": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Oslo": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Warsaw": "CET-1CEST,M3.5.0,M10.5.0/3",
    "Europe/Helsinki": "EET-2EEST,M3.5.0/3,M10.5.0/4",
    "Europe/Athens": "EET-2EEST,M3.5.0/3,M10.5.0/4",
    "Europe/Moscow": "MSK-3", "Europe/Istanbul": "<+03>-3",
    "Asia/Jerusalem": "IST-2IDT,M3.4.4/26,M10.5.0",
    "Africa/Addis_Ababa": "EAT-3", "Africa/Kigali": "CAT-2", "Africa/Johannesburg": "SAST-2",
    "Asia/Dubai": "<+04>-4", "Asia/Kolkata": "IST-5:30", "Asia/Singapore": "<+08>-8",
    "Asia/Shanghai": "CST-8", "Asia/Hong_Kong": "HKT-8", "Asia/Seoul": "KST-9",
    "Asia/Tokyo": "JST-9",
    "Australia/Sydney": "AEST-10AEDT,M10.1.0,M4.1.0/3",
    "Australia/Melbourne": "AEST-10AEDT,M10.1.0,M4.1.0/3",
    "Pacific/Auckland": "NZST-12NZDT,M9.5.0,M4.1.0/3",
  ]

  /// The built-in zone of an identifier, if the table has it.
  static func builtin(_ identifier: String) -> ZoneRule? {
    guard let text = builtinRules[identifier], let rule = POSIXZoneRule(text) else { return nil }
    return ZoneRule(identifier: identifier, rules: .rule(rule))
  }

  /// UTC, which every machine knows.
  public static let utc = ZoneRule(
    identifier: "UTC", rules: .rule(POSIXZoneRule(standard: ("UTC", 0), daylight: nil)))

  /// Eastern time: Montréal, Toronto.
  public static let toronto = named("America/Toronto") ?? utc
  /// Pacific time in Canada: Vancouver.
  public static let vancouver = named("America/Vancouver") ?? utc
  /// Pacific time in the United States: Long Beach, Lake Tahoe, San Diego.
  public static let losAngeles = named("America/Los_Angeles") ?? utc
  /// Central time: New Orleans.
  public static let chicago = named("America/Chicago") ?? utc
  /// Central European time: Barcelona, Granada.
  public static let madrid = named("Europe/Madrid") ?? utc
  /// Central time in Mexico: Mexico City.
  public static let mexicoCity = named("America/Mexico_City") ?? utc
}
