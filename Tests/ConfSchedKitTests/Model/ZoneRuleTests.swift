import Testing

@testable import ConfSchedKit

/// Time zones from the system's database, with their history, and the built-in rules that
/// stand in where there is none.
@Suite("Time zones")
struct ZoneRuleTests {
  static func utc(_ text: String) throws -> UTCDateTime {
    let moment = try #require(LocalDateTime(text))
    return UTCDateTime(secondsSinceEpoch: moment.minutesSinceEpoch * 60)
  }

  /// Offsets in minutes at UTC instants, from the database.
  @Test(arguments: [
    ("Europe/Berlin", "2024-12-28 12:00", 60, "CET"),
    ("Europe/Berlin", "2024-07-01 12:00", 120, "CEST"),
    ("America/Toronto", "2018-12-04 15:00", -300, "EST"),
    ("America/Vancouver", "2019-07-01 12:00", -420, "PDT"),
    // Mexico City kept daylight time until 2022.
    ("America/Mexico_City", "2019-06-01 12:00", -300, "CDT"),
    ("America/Mexico_City", "2025-06-01 12:00", -360, "CST"),
    // The southern hemisphere's daylight time spans the turn of the year.
    ("Australia/Sydney", "2024-01-15 00:00", 660, "AEDT"),
    ("Australia/Sydney", "2024-07-15 00:00", 600, "AEST"),
    ("Asia/Kolkata", "2024-07-15 00:00", 330, "IST"),
    ("UTC", "2024-07-15 00:00", 0, "UTC"),
  ])
  func readsTheDatabase(_ zone: String, _ instant: String, _ offset: Int, _ name: String) throws {
    let rule = try #require(ZoneRule.named(zone))
    #expect(rule.utcOffset(at: try Self.utc(instant)) == offset)
    #expect(rule.abbreviation(at: try Self.utc(instant)) == name)
  }

  /// Wall times where the clock changes: a repeated hour reads as standard time, a skipped one
  /// on the clock before the change.
  @Test func readsWallTimesAtTheChanges() throws {
    let berlin = try #require(ZoneRule.named("Europe/Berlin"))
    let autumn = try #require(CalendarDate(iso: "2024-10-27"))
    #expect(berlin.utcOffset(on: autumn, at: try #require(LocalTime("02:30"))) == 60)
    #expect(berlin.utcOffset(on: autumn, at: try #require(LocalTime("01:30"))) == 120)
    let spring = try #require(CalendarDate(iso: "2024-03-31"))
    #expect(berlin.utcOffset(on: spring, at: try #require(LocalTime("02:30"))) == 60)
    #expect(berlin.utcOffset(on: spring, at: try #require(LocalTime("03:30"))) == 120)
    // A time past midnight is on the next day's clock.
    let december = try #require(CalendarDate(iso: "2024-12-27"))
    let late = try #require(LocalTime(minutes: 1440 + 90))
    #expect(berlin.utcMinutes(on: december, at: late) == (december.daysSinceEpoch + 1) * 1440 + 30)
  }

  /// The built-in rules give the database's offsets for today's conference years.
  @Test(arguments: [
    "America/Toronto", "America/Vancouver", "Europe/Berlin", "Australia/Sydney", "Asia/Tokyo",
    "America/Mexico_City",
  ])
  func builtinRulesAgreeWithTheDatabase(_ zone: String) throws {
    let database = try #require(ZoneRule.named(zone))
    let builtin = try #require(ZoneRule.builtin(zone))
    var seconds = try Self.utc("2024-01-01 00:00").secondsSinceEpoch
    while seconds < (try Self.utc("2026-01-01 00:00")).secondsSinceEpoch {
      let instant = UTCDateTime(secondsSinceEpoch: seconds)
      #expect(
        builtin.utcOffset(at: instant) == database.utcOffset(at: instant), "\(zone) \(seconds)")
      seconds += 3 * 3600 + 17 * 60
    }
  }

  @Test(
    arguments: [
      ("CET-1CEST,M3.5.0,M10.5.0/3", 3600, 7200),
      ("EST5EDT,M3.2.0,M11.1.0", -18_000, -14_400),
      ("<+0530>-5:30", 19_800, nil),
      ("<-03>3", -10_800, nil),
      ("IST-2IDT,M3.4.4/26,M10.5.0", 7200, 10_800),
    ] as [(String, Int, Int?)])
  func readsPOSIXRules(_ text: String, _ standard: Int, _ daylight: Int?) throws {
    let rule = try #require(POSIXZoneRule(text))
    #expect(rule.standard.offset == standard)
    #expect(rule.daylight?.offset == daylight)
  }

  @Test(arguments: ["", "E", "EST", "EST5EDT,M13.1.0,M11.1.0", "CET-1CEST,M3.5.0", "<+05"])
  func refusesMalformedPOSIXRules(_ text: String) {
    #expect(POSIXZoneRule(text) == nil)
  }

  @Test(arguments: ["Mars/Olympus_Mons", "../../etc/passwd", "/etc/localtime", "Europe/", ""])
  func knowsNoZoneByAnUnknownOrUnsafeName(_ name: String) {
    #expect(ZoneRule.named(name) == nil)
  }

  @Test func refusesBytesThatAreNotAZoneFile() {
    #expect(TZif(Array("TZif2 not really".utf8)) == nil)
    #expect(TZif([]) == nil)
    let truncated = ZoneDatabase.file("Europe/Berlin").map { Array($0.prefix(100)) } ?? []
    #expect(TZif(truncated) == nil)
  }
}

@Suite("NeurIPS editions")
struct NeurIPSEditionTests {
  /// Every row's zone is one the database (or the built-in rules) knows.
  @Test func everyEditionHasItsZone() {
    for edition in Conference.neurIPSEditions {
      #expect(edition.zone != nil, "\(edition.id)")
    }
  }

  @Test func knowsBothCitiesOf2025() throws {
    #expect(Conference.neurIPS(year: 2025).city == "San Diego")
    let mexico = try #require(Conference.neurIPS(year: 2025, city: "mexico city"))
    #expect(mexico.id == "neurips-2025-mexico-city")
    #expect(mexico.zone?.identifier == "America/Mexico_City")
    #expect(Conference.neurIPSCities(year: 2025).count == 2)
  }

  /// A year the table does not have still loads, without a city or a zone (never a guess).
  @Test func leavesAnUnknownEditionWithoutACity() {
    let virtual = Conference.neurIPS(year: 2020)
    #expect(virtual.id == "neurips-2020")
    #expect(virtual.city == nil && virtual.zone == nil)
  }
}
