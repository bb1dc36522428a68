import Testing

@testable import ConfSchedKit

/// The day as a grid: rows at the day's own times, a column per parallel room, spans.
@Suite("Timetable")
struct TimetableTests {
  /// 2018-12-04.
  let tuesday = CalendarDate(daysSinceEpoch: 17_869)
  var timetable: Timetable { Timetable(tuesday2018.events, on: tuesday) }

  func row(_ time: String, in timetable: Timetable) -> Int? {
    timetable.rows.firstIndex { $0.start.description == time }
  }

  @Test func hasAColumnPerParallelRoomAndARowPerTimeOfTheDay() {
    let timetable = self.timetable
    #expect(timetable.columns == ["Room 220 CD", "Room 220 E", "Room 517 CD"])
    #expect(
      timetable.rows.map(\.start.description) == [
        "08:30", "09:20", "09:40", "10:05", "10:20", "10:25", "10:30", "10:45", "12:45", "13:15",
        "14:15", "15:05", "15:30", "15:35", "15:40", "15:45", "15:50", "16:05", "16:10", "16:15",
        "16:20", "16:25", "16:40", "16:45", "16:50", "16:55", "17:00",
      ])
    #expect(timetable.rows.last?.end.description == "19:00")
    // The pause between the keynote and the coffee break is a row no cell covers.
    let pause = row("09:20", in: timetable)!
    #expect((0..<3).allSatisfy { timetable.cell(row: pause, column: $0) == nil })
    #expect(timetable.untimed.isEmpty)
    #expect(timetable.overlapping.isEmpty)
  }

  @Test func putsEveryTalkInOneCellOfItsRoom() throws {
    let timetable = self.timetable
    let talks = tuesday2018.events.filter { $0.kind.isTalk }
    #expect(talks.count == 56)
    for talk in talks {
      let cells = timetable.cells.filter { $0.events.contains(talk) }
      #expect(cells.count == 1, "\(talk.id)")
      let cell = try #require(cells.first)
      if let lane = timetable.columns.firstIndex(of: talk.room ?? "") {
        #expect(cell.columns == lane..<(lane + 1))
        #expect(!cell.isForEveryone)
      }
      #expect(timetable.rows[cell.rows.lowerBound].start == talk.start)
      #expect(timetable.rows[cell.rows.upperBound - 1].end == talk.end)
    }
  }

  @Test func spansTheKeynotesAndBreaksAcrossTheRooms() throws {
    let timetable = self.timetable
    let keynote = try #require(timetable.cells.first { $0.events.first?.id.rawValue == "3eqxa8" })
    #expect(keynote.columns == 0..<3)
    #expect(keynote.rows == 0..<1)
    #expect(keynote.isForEveryone)
    let coffee = try #require(timetable.cell(row: row("09:40", in: timetable)!, column: 1))
    #expect(coffee.events.map(\.title) == ["Coffee Break"])
    #expect(coffee.columns == 0..<3)
  }

  @Test func splitsTheLunchAroundTheTownHall() throws {
    let timetable = self.timetable
    let lunch = row("12:45", in: timetable)!
    let townHall = row("13:15", in: timetable)!
    let lunches = timetable.cells.filter { $0.events.first?.title == "Lunch on your own" }
    #expect(lunches.count == 2)
    // The dump's two identical lunches share their cells.
    #expect(lunches.allSatisfy { $0.events.count == 2 })
    #expect(lunches[0].columns == 0..<2)
    #expect(lunches[0].rows == lunch..<(townHall + 1))
    #expect(lunches[1].columns == 2..<3)
    #expect(lunches[1].rows == lunch..<townHall)
    let hall = try #require(timetable.cell(row: townHall, column: 2))
    #expect(hall.events.map(\.title) == ["Town Hall"])
    #expect(!hall.isForEveryone)
  }

  @Test func summarisesPostersAndDemonstrationsAsBlocks() throws {
    let timetable = self.timetable
    let sessions = timetable.cells.compactMap { cell -> (BoardSession, Timetable.Cell)? in
      if case .session(let session) = cell.content { return (session, cell) }
      return nil
    }
    #expect(
      sessions.map(\.0.summary) == [
        "Posters 10:45-12:45 · 168 in Room 210 & 230 AB",
        "Posters 17:00-19:00 · 170 in Room 210 & 230 AB",
      ])
    #expect(sessions.allSatisfy { $0.1.columns == 0..<3 && $0.1.rows.count == 1 })
    // The demonstrations overlap the talks: they run alongside, their two halls as one.
    #expect(
      timetable.alongside.map(\.summary) == ["Demonstrations 10:45-19:30 · 10 in Room 510 ABCD"])
    let morning = try #require(sessions.first?.0)
    #expect(morning.events.prefix(3).compactMap(\.board) == ["1", "2", "3"])
  }

  @Test func spansRowsAndListsWhatAGridCannotHold() throws {
    let text = [
      card(title: "Long Tutorial", header: "Tutorial | Wed Dec 5th 10:00 -- 11:00 AM @ Room A"),
      card(title: "First", header: "Oral | Wed Dec 5th 10:00 -- 10:30 AM @ Room B"),
      card(title: "Second", header: "Oral | Wed Dec 5th 10:30 -- 11:00 AM @ Room B"),
      card(title: "Clash", header: "Oral | Wed Dec 5th 10:15 -- 10:45 AM @ Room B"),
      card(title: "Someday", header: "Oral | Wed Dec 5th 99:99 -- 10:00 AM @ Room B"),
    ].joined(separator: "\n\n")
    let events = Schedule([readCards(text, year: 2018)]).events
    let timetable = Timetable(events, on: CalendarDate(year: 2018, month: 12, day: 5)!)
    #expect(timetable.columns == ["Room A", "Room B"])
    #expect(timetable.rows.map(\.start.description) == ["10:00", "10:15", "10:30", "10:45"])
    let tutorial = try #require(timetable.cells.first { $0.events.first?.title == "Long Tutorial" })
    #expect(tutorial.rows == 0..<4)
    #expect(timetable.overlapping.map(\.title) == ["Clash"])
    #expect(timetable.untimed.map(\.title) == ["Someday"])
  }

  @Test func rendersTheTuesdayAt80Columns() throws {
    let text = TimetableRenderer(width: 80, style: .plain).render(timetable)
    #expect(text.split(separator: "\n").allSatisfy { DisplayText.width(String($0)) <= 80 })
    try expectGolden(text, "timetable-2018-12-04-80.txt")
  }

  @Test func rendersTheTuesdayAt160Columns() throws {
    let text = TimetableRenderer(width: 160, style: .plain).render(timetable)
    #expect(text.split(separator: "\n").allSatisfy { DisplayText.width(String($0)) <= 160 })
    try expectGolden(text, "timetable-2018-12-04-160.txt")
  }

  @Test(arguments: [40, 59, 60, 61, 100, 239])
  func neverDrawsALineWiderThanTheTerminal(width: Int) {
    let text = TimetableRenderer(width: width, style: .plain).render(timetable)
    let lines = text.split(separator: "\n").map(String.init)
    // The heading is the one line allowed to run on.
    #expect(lines.dropFirst().allSatisfy { DisplayText.width($0) <= Swift.max(width, 50) })
    #expect(text.contains("┌") == (width >= 60))
  }

  @Test(arguments: [40, 60, 61])
  func breaksTheHeadingAtItsSeparatorsOnANarrowTerminal(width: Int) {
    let heading = TimetableRenderer.heading(timetable)
    #expect(DisplayText.width(heading) > width)
    let text = TimetableRenderer(width: width, style: .plain).render(timetable)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let top = Array(lines.prefix { !$0.isEmpty })
    #expect(top.count >= 2)
    #expect(top.allSatisfy { DisplayText.width($0) <= width })
    #expect(top.joined(separator: " · ") == heading)
    // Off a terminal (titles not cut), the heading stays one line.
    var file = TimetableRenderer(width: width, style: .plain)
    file.maxTitleLines = nil
    #expect(file.render(timetable).hasPrefix(heading + "\n"))
  }

  /// Every line fits a narrow terminal, the sessions alongside the grid too (`Demonstrations
  /// 10:45-19:30 · 10 in Room 510 ABCD` is 50 wide with its indent); off a terminal they stay
  /// whole.
  @Test(arguments: [40, 45, 49])
  func everyLineFitsANarrowTerminal(width: Int) {
    let text = TimetableRenderer(width: width, style: .plain).render(timetable)
    #expect(text.contains("Alongside:"))
    for line in text.split(separator: "\n") {
      #expect(DisplayText.width(String(line)) <= width, "\(line)")
    }
    var file = TimetableRenderer(width: width, style: .plain)
    file.maxTitleLines = nil
    #expect(
      file.render(timetable).contains(
        "\n  Demonstrations 10:45-19:30 · 10 in Room 510 ABCD\n"))
  }

  @Test func listsRoomByRoomWhenTooNarrowForTheGrid() {
    let text = TimetableRenderer(width: 50, style: .plain).render(timetable)
    #expect(!text.contains("│"))
    #expect(
      text.contains(
        """
        All rooms
          08:30-09:20  3eqxa8 Invited Talk · Rooms 220 CDE
        """))
    #expect(text.contains("  10:45-12:45  Posters · 168 in Room 210 & 230 AB\n"))
    #expect(text.contains("\nRoom 517 CD\n  10:05-10:20  5aqm3h Oral\n"))
    // The lunch split around the town hall is listed once.
    #expect(text.components(separatedBy: "Lunch on your own").count == 2)
  }

  @Test func marksTheItinerarysEvents() {
    let marked: Set<EventID> = [EventID(rawValue: "nhrdf4"), EventID(rawValue: "rcpyps")]
    let text = TimetableRenderer(width: 80, style: .plain, marked: marked).render(timetable)
    #expect(text.contains("│ 10:05 │ * nhrdf4 Oral         │ tad7rj Oral"))
    #expect(
      text.contains("│ 17:00 │ * Posters 17:00-19:00 · 170 in Room 210 & 230 AB · 1 in your "))
    #expect(text.hasSuffix("\n* in your itinerary\n"))
  }

  @Test func writesAMarkdownTable() {
    let text = TimetableMarkdown(marked: [EventID(rawValue: "nhrdf4")]).render(timetable)
    #expect(
      text.hasPrefix(
        """
        ## Tuesday 4 December 2018 — NeurIPS 2018, Montréal (times in America/Toronto)

        | Time | Room 220 CD | Room 220 E | Room 517 CD |
        | --- | --- | --- | --- |
        | **08:30** | **Invited Talk** Machine Learning Meets Public Policy: What to Expect and How to Cope `3eqxa8` · Rooms 220 CDE |  |  |
        | **09:20** |  |  |  |
        | **09:40** | *Coffee Break* |  |  |
        | **10:05** | ★ **Oral** On Neuronal Capacity `nhrdf4` | **Oral** On the Dimensionality of Word Embedding `tad7rj` | **Oral** Phase Retrieval Under a Generative Prior `5aqm3h` |

        """))
    #expect(
      text.contains(
        "| **12:45** | *Lunch on your own* (until 14:15) |  | *Lunch on your own* |\n| **13:15** |  |  | *Town Hall* |\n"
      ))
    #expect(
      text.hasSuffix(
        "\n\nAlongside:\n\n- **Demonstrations 10:45-19:30 · 10 in Room 510 ABCD**\n"))
  }

  @Test func describesItselfAsJSON() {
    let json = timetable.json(marked: [EventID(rawValue: "nhrdf4")]).serialized(pretty: false)
    #expect(
      json.hasPrefix("{\"date\":\"2018-12-04\",\"timeZone\":\"America/Toronto\",\"columns\":"))
    #expect(
      json.contains("{\"row\":0,\"rowSpan\":1,\"column\":0,\"columnSpan\":3,\"forEveryone\":true"))
    #expect(json.hasSuffix("\"inItinerary\":[\"nhrdf4\"]}"))
  }
}
