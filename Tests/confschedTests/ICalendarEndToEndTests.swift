import Foundation
import Testing

/// A calendar export loaded as a user would: listed by day and room, found by its UID, and
/// exported back to iCalendar at the same instants.
@Suite("iCalendar end to end")
struct ICalendarEndToEndTests {
  static let path = packageRoot + "/Tests/Fixtures/neurips2018-google-calendar.ics"

  @Test func listsADayAndARoom() throws {
    let run = try confsched([
      "list", "--data", Self.path, "--day", "2018-12-04", "--room", "220 e", "--json",
    ])
    #expect(run.status == 0)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { ($0["room"] as? String) == "Room 220 E" })
    #expect(events.allSatisfy { ($0["timeZone"] as? String) == "America/Toronto" })
    #expect(
      events.contains { ($0["title"] as? String) == "On the Dimensionality of Word Embedding" })
  }

  @Test func findsAnEventByItsUID() throws {
    let run = try confsched(["show", "09ga71ucoq15ganq82bonbnq2s@google.com", "--data", Self.path])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Coffee Break"))
  }

  @Test func readsAForcedFamily() throws {
    let run = try confsched(["check", "--family", "ical", Self.path])
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("293 events, 0 warnings\n"))
  }
}
