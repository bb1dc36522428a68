import Foundation
import Testing

/// Planning on a frab schedule through the built binary: search, the timetable, now and next
/// on a day that runs past midnight, and an itinerary exported in the conference's zone.
@Suite("frab planning end to end")
struct FrabPlanningEndToEndTests {
  let xml = FrabEndToEndTests.fixtures + "38c3-schedule-20251206.xml"

  @Test func searchesTheTitlesOf38C3() throws {
    let run = try confsched(["search", "Fearsome File Formats", "--data", xml, "--json"])
    #expect(run.status == 0, "\(run.stderr)")
    let events =
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    let first = try #require(events.first)
    #expect(first["title"] as? String == "Fearsome File Formats")
    #expect(first["room"] as? String == "Saal 1")
    #expect(first["date"] as? String == "2024-12-28")
    #expect(first["track"] as? String == "Security")
    #expect(first["language"] as? String == "en")
    let ids = first["sourceIds"] as? [String] ?? []
    #expect(ids.count == 2)
  }

  @Test func showsTheNightOnItsDayInTheTimetable() throws {
    let run = try confsched(["timetable", "--data", xml, "--day", "2024-12-28"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Saturday 28 December 2024 · 38C3 · times in Europe/Berlin"))
    // The grid does not fit 100 columns, so each room is a list: Saal 1 ends past midnight.
    let saal1 = try #require(run.stdout.components(separatedBy: "\nSaal 1\n").last)
    let block = try #require(saal1.components(separatedBy: "\n\n").first)
    #expect(block.hasPrefix("  11:00-11:40  9yhdth Talk"))
    #expect(block.contains("  00:55-02:25  bw93dt Game show\n               0, 1 oder 2"))
  }

  @Test func showsTheTalkPastMidnightAsNextAndThenAsOn() throws {
    let next = try confsched(["next", "--data", xml, "--at", "2024-12-29 00:30"])
    #expect(next.status == 0, "\(next.stderr)")
    #expect(next.stdout.contains("Next, on Saturday 28 December 2024:"))
    let saal1Next = next.stdout.split(separator: "\n").first { $0.hasPrefix("  Saal 1 ") }
    #expect(saal1Next?.contains("00:55-02:25") == true, "\(next.stdout)")
    #expect(saal1Next?.contains("bw93dt") == true)

    let now = try confsched(["now", "--data", xml, "--at", "2024-12-29 01:00", "--json"])
    #expect(now.status == 0, "\(now.stderr)")
    let view = try JSONSerialization.jsonObject(with: Data(now.stdout.utf8)) as? [String: Any]
    let rooms = view?["rooms"] as? [[String: Any]] ?? []
    let saal1 = try #require(rooms.first { $0["room"] as? String == "Saal 1" })
    let running = saal1["now"] as? [[String: Any]] ?? []
    #expect(running.map { $0["id"] as? String } == ["bw93dt"])
    #expect(running.first?["date"] as? String == "2024-12-28")
  }

  @Test func exportsAnItineraryInBerlinTime() throws {
    let directory = try temporaryDirectory()
    let store = directory.appendingPathComponent("itinerary.json").path
    let ics = directory.appendingPathComponent("38c3.ics").path
    // The opening by its guid, the night's game show by its id.
    let add = try confsched([
      "itinerary", "add", "270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "bw93dt", "--itinerary", store,
      "--data", xml,
    ])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.contains("added 6q3r6v  Ceremony  Fri Dec 27  10:30-11:00"))
    let list = try confsched(["itinerary", "list", "--itinerary", store, "--data", xml])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Saturday 28 December 2024 · 38C3 · times in Europe/Berlin"))
    let export = try confsched([
      "itinerary", "export", "-o", ics, "--itinerary", store, "--data", xml,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let text = try String(contentsOfFile: ics, encoding: .utf8)
    #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"))
    #expect(text.contains("DTSTART;TZID=Europe/Berlin:20241227T103000\r\n"))
    #expect(text.contains("DTEND;TZID=Europe/Berlin:20241227T110000\r\n"))
    // The 00:55 of the 28th's night is the 29th on a calendar.
    #expect(text.contains("DTSTART;TZID=Europe/Berlin:20241229T005500\r\n"))
    #expect(text.contains("DTEND;TZID=Europe/Berlin:20241229T022500\r\n"))
  }

  @Test func leavesAZonelessEventOutOfACalendarAndSaysSo() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("penta.xml").path
    try Data(FrabEndToEndTests.pentabarf.utf8).write(to: URL(fileURLWithPath: path))
    let plain = try confsched(["list", "--data", path, "--format", "ics"])
    #expect(plain.status == 65)
    #expect(plain.stderr.contains("no event can go on a calendar: 2 with no time zone"))
    #expect(!plain.stdout.contains("DTSTART"))
    let zoned = try confsched([
      "list", "--data", path, "--format", "ics", "--zone", "Europe/Brussels",
    ])
    #expect(zoned.status == 0, "\(zoned.stderr)")
    #expect(zoned.stdout.contains("DTSTART;TZID=Europe/Brussels:20100206T100000\r\n"))
    // Pentabarf's 01:30 of the 6th is the morning of the 7th.
    #expect(zoned.stdout.contains("DTSTART;TZID=Europe/Brussels:20100207T013000\r\n"))
  }
}
