import Foundation
import Testing

/// The golden files of the library tests, read back to compare whole outputs.
func golden(_ name: String) throws -> String {
  var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(2)
  let path = parts.joined(separator: "/") + "/Fixtures/golden/" + name
  return try String(contentsOfFile: path, encoding: .utf8)
}

/// timetable, now, next, authors, author and posters through the built binary.
@Suite("confsched day views end to end")
struct DayViewsEndToEndTests {
  /// An itinerary file that does not exist: no marks, whatever the machine's own itinerary.
  let noItinerary = ["--itinerary", "/nonexistent/confsched-tests/itinerary.json"]

  @Test func drawsTheTuesdayGridAt80Columns() throws {
    let run = try confsched(
      ["timetable", "--day", "tue"] + noItinerary, environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == (try golden("timetable-2018-12-04-80.txt")))
  }

  @Test func writesTheTimetableAsMarkdownAndJSON() throws {
    let markdown = try confsched(["timetable", "--format", "md"] + noItinerary)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("## Tuesday 4 December 2018 — NeurIPS 2018, Montréal"))
    #expect(markdown.stdout.contains("\n| Time | Room 220 CD | Room 220 E | Room 517 CD |\n"))
    let json = try confsched(["timetable", "--json"] + noItinerary)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["columns"] as? [String] == ["Room 220 CD", "Room 220 E", "Room 517 CD"])
    #expect((object["rows"] as? [Any])?.count == 27)
  }

  @Test func marksTheItinerarysEventsInTheGrid() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "nhrdf4", "--itinerary", file])
    let run = try confsched(["timetable", "--itinerary", file], environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("│ 10:05 │ * nhrdf4 Oral         │"))
    #expect(run.stdout.hasSuffix("\n* in your itinerary\n"))
  }

  @Test func refusesADayWithoutEventsAndAFormatItCannotWrite() throws {
    let wednesday = try confsched(["timetable", "--day", "wed"] + noItinerary)
    #expect(wednesday.status == 1)
    #expect(wednesday.stdout == "")
    #expect(wednesday.stderr == "confsched: no loaded event is on 'wed'\n")
    let csv = try confsched(["timetable", "--format", "csv"] + noItinerary)
    #expect(csv.status == 64)
    #expect(csv.stderr.hasPrefix("Error: A timetable is written as table, md or json, not csv.\n"))
  }
}
