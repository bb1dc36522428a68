import Testing

@testable import ConfSchedKit

/// A file that links its own slots (the virtual site's `related_events_ids`) is linked by what
/// it says, never by title; other files are still linked by title.
@Suite("Slots linked by the file")
struct SlotGroupTests {
  static func event(_ title: String, _ day: Int, file: String = "a.json") -> Event {
    Event(
      kind: .poster, title: title, conference: Conference.neurIPS(year: 2025),
      date: CalendarDate(year: 2025, month: 12, day: day), start: LocalTime("10:00"),
      source: SourceLocation(file: file, line: day))
  }

  @Test func linksByTheFilesGroupsNotByTitle() {
    let part = Schedule.Part(
      file: "a.json", family: .virtualSite, conferences: [],
      events: [Self.event("Same", 2), Self.event("Same", 3), Self.event("Other", 4)],
      diagnostics: [],
      slotGroups: [[1, 2]])
    let schedule = Schedule([part])
    #expect(schedule.events[0].alsoPresented.isEmpty)
    #expect(schedule.events[1].alsoPresented == [schedule.events[2].id])
    #expect(schedule.events[2].alsoPresented == [schedule.events[1].id])
  }

  @Test func stillLinksOtherFilesByTitle() {
    let linked = Schedule.Part(
      file: "a.json", family: .virtualSite, conferences: [],
      events: [Self.event("Same", 2)], diagnostics: [], slotGroups: [])
    let other = Schedule.Part(
      file: "b.txt", family: .card, conferences: [],
      events: [Self.event("Same", 3, file: "b.txt"), Self.event("Same", 4, file: "b.txt")],
      diagnostics: [])
    let schedule = Schedule([linked, other])
    #expect(schedule.events[0].alsoPresented.isEmpty)
    #expect(schedule.events[1].alsoPresented == [schedule.events[2].id])
  }

  @Test func ignoresGroupsThatNameNoEvent() {
    let part = Schedule.Part(
      file: "a.json", family: .virtualSite, conferences: [],
      events: [Self.event("A", 2), Self.event("B", 3)], diagnostics: [],
      slotGroups: [[0, 7], [-1, 1]])
    let events = Schedule([part]).events
    #expect(events.allSatisfy { $0.alsoPresented.isEmpty })
  }
}
