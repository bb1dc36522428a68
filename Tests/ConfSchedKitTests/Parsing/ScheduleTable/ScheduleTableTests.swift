import Foundation
import Testing

@testable import ConfSchedKit

/// Workshop schedule pages: a table of time ranges and talks under a stated day.
@Suite("Schedule tables")
struct ScheduleTableTests {
  func read(_ text: String, options: ReadOptions = ReadOptions()) -> ReadResult {
    DumpReader.read(DumpSource(name: "inline.md", text: text), options: options)
  }

  func rows(_ result: ReadResult) -> [String] {
    result.events.map {
      "\($0.date?.description ?? "-") \($0.timeRange) \($0.kind) | \($0.title) | "
        + $0.authors.map { $0.name + ($0.affiliation.map { " (\($0))" } ?? "") }.joined(
          separator: "; ")
    }
  }

  @Test func readsTheD3S3WorkshopPage() throws {
    let name = "neurips2024-d3s3-workshop-schedule.md"
    let text = try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
    let result = DumpReader.read(DumpSource(name: name, text: text))
    #expect(result.family == .scheduleTable)
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.count == 15)
    #expect(result.conferences.map(\.id) == ["neurips-2024"])
    #expect(result.events.allSatisfy { $0.date?.description == "2024-12-15" })
    #expect(result.events.allSatisfy { $0.room == "Meeting 116, 117" })
    #expect(result.events.allSatisfy { $0.conference?.zone?.identifier == "America/Vancouver" })
    let rows = rows(result)
    #expect(rows[0] == "2024-12-15 08:15-08:30 Talk | Introduction and Opening Remarks | ")
    #expect(
      rows[1]
        == "2024-12-15 08:30-09:00 Invited Talk | Invited Talk: Johannes Brandstetter | Johannes Brandstetter (JKU Linz)"
    )
    #expect(rows[2] == "2024-12-15 09:00-09:30 Break | Coffee Break | ")
    #expect(rows[6] == "2024-12-15 11:00-12:00 Poster | Poster Session | ")
    #expect(
      rows[10].hasPrefix(
        "2024-12-15 14:00-15:00 Panel Discussion | Panel Discussion with Invited Speakers (Moderated by Philipp Hennig)"
      ))
    #expect(result.events[1].source.line == 22)
  }

  @Test func splitsKindSpeakerAndTitle() {
    #expect(TableEntry("**Keynote Talk** - Jane Doe: Learning to Learn").kind == .invitedTalk)
    let keynote = TableEntry("**Keynote Talk** - Jane Doe: Learning to Learn")
    #expect(keynote.title == "Learning to Learn")
    #expect(keynote.people.map(\.name) == ["Jane Doe"])
    let contributed = TableEntry(
      "**Contributed Talk**: Ada Lovelace (Analytical Engines) and Alan Turing - \"Computing Machinery\""
    )
    #expect(contributed.kind.rawValue == "Contributed Talk")
    #expect(contributed.title == "Computing Machinery")
    #expect(contributed.people.map(\.name) == ["Ada Lovelace", "Alan Turing"])
    #expect(contributed.people.first?.affiliation == "Analytical Engines")
    let lunch = TableEntry("Lunch")
    #expect(lunch.kind == .breakTime && lunch.title == "Lunch")
    let plain = TableEntry("Diffusion models as plug-and-play priors")
    #expect(plain.kind == .unknown && plain.people.isEmpty)
  }

  /// Several days, each under a heading; 12-hour times with an en dash; a row of a day.
  @Test func readsSeveralDaysAndTwelveHourTimes() {
    let result = read(
      """
      # Workshop on Causal Learning (NeurIPS 2023)

      All times are Central Time.

      ## Friday, December 15

      | Time | Event |
      |---|---|
      | 9:00 AM – 9:15 AM | Opening |
      | 9:15 AM – 10:00 AM | **Keynote**: Judea Pearl (UCLA) |

      ## Saturday, December 16

      | Time | Event |
      |---|---|
      | 9:00am-10:30am | Poster session |
      | **Day 3: Sunday, December 17** | |
      | 1:00 PM to 2:00 PM | **Panel** |
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(
      rows(result) == [
        "2023-12-15 09:00-09:15 Event | Opening | ",
        "2023-12-15 09:15-10:00 Invited Talk | Keynote: Judea Pearl | Judea Pearl (UCLA)",
        "2023-12-16 09:00-10:30 Poster | Poster session | ",
        "2023-12-17 13:00-14:00 Panel | Panel | ",
      ])
    #expect(result.events.first?.conference?.id == "neurips-2023")
    #expect(result.events.first?.session == "Workshop on Causal Learning (NeurIPS 2023)")
  }

  /// A workshop of another conference whose page cites a NeurIPS paper: its July days are not
  /// NeurIPS's, so it is a conference of its own, in the zone the page states.
  @Test func aPageCitingNeurIPSOutOfSeasonIsItsOwnConference() {
    let result = read(
      """
      # Workshop on Causal Learning at ICML 2024

      Building on our NeurIPS 2023 paper. All times are Central European Time.

      ## Friday, July 26, 2024

      | Time | Event |
      |---|---|
      | 9:00 AM – 9:15 AM | Opening |
      | 9:15 AM – 10:00 AM | Panel |
      """)
    #expect(
      rows(result) == [
        "2024-07-26 09:00-09:15 Event | Opening | ", "2024-07-26 09:15-10:00 Panel | Panel | ",
      ])
    #expect(result.conferences.map(\.name) == ["Workshop on Causal Learning at ICML 2024"])
    #expect(result.events.first?.conference?.city == nil)
    #expect(result.events.first?.timeZone == "Europe/Paris")
  }

  /// Times stated in another zone than the conference's are converted to its clock.
  @Test func convertsAStatedZoneToTheConferences() {
    let result = read(
      """
      **Date**: December 14, 2024 (NeurIPS 2024). Times are Eastern Time (ET).

      | Time (ET) | Talk |
      |---|---|
      | 12:00 -- 12:30 | Opening |
      | 23:30 -- 00:30 | Late panel |
      """)
    #expect(rows(result).first == "2024-12-14 09:00-09:30 Event | Opening | ")
    #expect(result.events.last?.timeRange == "20:30-21:30")
  }

  @Test func readsHTMLTablesWithColumns() {
    let result = read(
      """
      <html><body><h1>ML Systems Workshop</h1>
      <p><strong>Date:</strong> Sat 13 Dec 2025, San Diego, Pacific Time</p>
      <table>
      <tr><th>Time</th><th>Speaker</th><th>Title</th></tr>
      <tr><td>08:00 - 08:45</td><td>Grace Hopper (Navy)</td><td>Compilers &amp; you</td></tr>
      <tr><td>08:45 - 09:00</td><td></td><td><b>Coffee break</b></td></tr>
      </table></body></html>
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(
      rows(result) == [
        "2025-12-13 08:00-08:45 Event | Compilers & you | Grace Hopper (Navy)",
        "2025-12-13 08:45-09:00 Break | Coffee break | ",
      ])
    #expect(result.events.first?.conference?.id == "ml-systems-workshop")
    #expect(result.events.first?.conference?.zone?.identifier == "America/Los_Angeles")
  }

  @Test func warnsWhatThePageDoesNotSay() {
    let result = read(
      """
      # Reading group

      | Time | Talk |
      |---|---|
      | 10:00 -- 11:00 | Opening |
      | 11:00 -- 10:30 | Backwards |
      """)
    #expect(result.events.count == 2)
    #expect(result.events.allSatisfy { $0.date == nil })
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.md:5:1: warning: the page names no time zone: times are shown as written; exports need a zone (pass --zone Area/City)",
        "inline.md:5:1: warning: no day is stated above this row; its events have no date",
        "inline.md:6:1: warning: the time range '11:00 -- 10:30' ends before it starts; its end is left out",
      ])
  }

  /// A table of something else is not a schedule: no rows start with a time range.
  @Test func leavesOtherTablesAlone() {
    let text = "# Results\n\n| Model | Score |\n|---|---|\n| A | 0.91 |\n| B | 0.88 |\n"
    #expect(DumpReader.detect(DumpSource(name: "r.md", text: text)) != .scheduleTable)
  }
}
