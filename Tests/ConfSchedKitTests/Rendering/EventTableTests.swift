import Testing

@testable import ConfSchedKit

/// The listing table at the widths people use: where an event is survives a narrow terminal.
@Suite("Event table")
struct EventTableTests {
  let plain = TextStyle(usesColor: false)

  var orals: [Event] {
    tuesday2018.events.filter { $0.kind == .oral || $0.kind == .invitedTalk }
      .sorted { $0.chronologicalKey < $1.chronologicalKey }
  }

  @Test func keepsTheRoomAt80ColumnsByShorteningIt() {
    let lines = EventTable(width: 80, style: plain).render(orals).split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(
      lines[1]
        == "3eqxa8  08:30-09:20  Invited  Rooms 220 CDE  Machine Learning Meets Public Poli…")
    #expect(lines.contains("nhrdf4  10:05-10:20  Oral     Room 220 CD    On Neuronal Capacity"))
  }

  @Test func showsTheWholeRoomWhenThereIsSpace() {
    let day = tuesday2018.events.sorted { $0.chronologicalKey < $1.chronologicalKey }
    let text = EventTable(width: 160, style: plain).render(Array(day.prefix(60)))
    #expect(text.contains("  Room 210 & 230 AB  "))
    #expect(text.contains("  #1  "))
  }

  /// At 50 columns the title gives way and the kind goes, but the room stays whole; the day's
  /// heading is broken at its ` · ` to fit.
  @Test func neverDropsTheRoom() {
    let lines = EventTable(width: 50, style: plain).render(orals).split(separator: "\n")
    #expect(
      heading(lines) == [
        "Tuesday 4 December 2018 · NeurIPS 2018, Montréal", "times in America/Toronto",
      ])
    #expect(rows(lines)[0] == "3eqxa8  08:30-09:20  Rooms 220 CDE  Machine Learn…")
    #expect(lines.contains("nhrdf4  10:05-10:20  Room 220 CD    On Neuronal C…"))
    #expect(lines.allSatisfy { $0.count <= 50 })
  }

  /// The lines of the day's heading, before the first row (a heading's parts hold no double
  /// space; every row does).
  func heading(_ lines: [Substring]) -> [Substring] {
    Array(lines.prefix { !$0.contains("  ") })
  }

  /// The rows under the heading.
  func rows(_ lines: [Substring]) -> [Substring] {
    Array(lines.drop { !$0.contains("  ") })
  }

  /// At 60 columns, the 2019 posters keep their hall and their board whole.
  @Test func keepsTheHallAndTheBoardOfAPoster() {
    let halls = ["East Exhibition Hall B + C", "West Exhibition Hall A"]
    let posters = tuesday2018.events.filter { $0.kind == .poster }.prefix(4).enumerated().map {
      index, event in
      var event = event
      event.room = halls[index % 2]
      event.board = "\(200 + index)"
      return event
    }
    let wide = EventTable(width: 80, style: plain).render(posters).split(separator: "\n")
    for (index, line) in wide.dropFirst().enumerated() {
      #expect(line.contains("  \(halls[index % 2])  "), "\(line)")
      #expect(line.contains("  #\(200 + index)  "), "\(line)")
      #expect(line.count <= 80)
    }
    // At 60 columns the title gets 10 and the hall is cut in its middle, keeping both ends.
    let narrow = EventTable(width: 60, style: plain).render(posters).split(separator: "\n")
    #expect(rows(narrow)[0] == "erdyxx  10:45-12:45  East Exhib…Hall B + C  #200  Modelling…")
    #expect(rows(narrow)[1] == "h9emaq  10:45-12:45  West Exhibiti… Hall A  #201  The Linge…")
    #expect(narrow.allSatisfy { $0.count <= 60 })
  }

  /// A room every row shares is said once, in the day's heading.
  @Test func saysASharedRoomInTheHeading() {
    let invited = orals.filter { $0.kind == .invitedTalk }
    let lines = EventTable(width: 80, style: plain).render(invited).split(separator: "\n")
    // Too wide for 80 columns with the room, the heading goes on to a second line.
    #expect(
      heading(lines) == [
        "Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto",
        "all in Rooms 220 CDE",
      ])
    #expect(rows(lines)[0].hasPrefix("3eqxa8  08:30-09:20  Machine Learning Meets"))
    let whole = EventTable(width: nil, style: plain).render(invited).split(separator: "\n")
    #expect(whole[0].hasSuffix("times in America/Toronto · all in Rooms 220 CDE"))
  }

  /// Off a terminal (no width), whole lines: every column and every title in full.
  @Test func printsWholeLinesWithoutAWidth() {
    let text = EventTable(width: nil, style: plain).render(orals)
    #expect(!text.contains("…"))
    #expect(
      text.contains(
        "rdetav  14:15-15:05  Invited  Rooms 220 CDE  What Bodies Think About: Bioelectric Computation Outside the Nervous System, Primitive Cognition, and Synthetic Morphology"
      ))
  }
}
