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

  @Test func dropsTheRoomOnlyWhenNothingElseIsLeftToGive() {
    let lines = EventTable(width: 50, style: plain).render(orals).split(separator: "\n")
    #expect(lines.dropFirst().allSatisfy { !$0.contains("Room") })
    #expect(lines.dropFirst().allSatisfy { $0.count <= 50 })
  }
}
