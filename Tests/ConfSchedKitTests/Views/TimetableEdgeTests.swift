import Testing

@testable import ConfSchedKit

/// Times past midnight and events without ids, through the timetable's layout and room list.
@Suite("Timetable edges")
struct TimetableEdgeTests {
  static let day = CalendarDate(year: 2018, month: 12, day: 5)
  static func event(
    _ title: String, _ start: Int, _ end: Int?, kind: EventKind = .oral, room: String? = nil
  ) -> Event {
    Event(
      kind: kind, title: title, date: Self.day, start: LocalTime(minutes: start),
      end: end.flatMap { LocalTime(minutes: $0) }, room: room,
      source: SourceLocation(file: "edge.txt", line: 1))
  }

  /// An event that starts at 25:00 and ends at 01:00 had no hours left in a grid that stops at
  /// 24:00: it made a backward range of rows (a trap) or an empty span. It is placed as an
  /// event without an end.
  @Test func placesAStartPastMidnightWithAnEarlierEnd() throws {
    let events = [
      Self.event("Late Night", 1500, 60, room: "Room X"),
      Self.event("Evening", 1380, 1500, room: "Room Y"),
      Self.event("Midnight", 1440, 30, room: "Room X"),
    ]
    let timetable = Timetable(events, on: try #require(Self.day))
    let shown =
      timetable.cells.flatMap(\.events).map(\.title) + timetable.overlapping.map(\.title)
      + timetable.untimed.map(\.title)
    #expect(Set(shown) == ["Late Night", "Evening", "Midnight"])
    #expect(timetable.cells.allSatisfy { !$0.rows.isEmpty })
    let text = TimetableRenderer(width: 60, style: .plain).render(timetable)
    #expect(text.contains("Late Night"))
  }

  /// Two breaks for every room built without ids (the public initializer's default) are two
  /// entries of the room list, not one.
  @Test func listsBreaksWithoutIdsApart() throws {
    let events = [
      Self.event("Coffee", 600, 630, kind: .breakTime),
      Self.event("Lunch", 720, 780, kind: .breakTime),
      Self.event("Talk", 630, 660, room: "Room A"),
      Self.event("Other Talk", 630, 660, room: "Room B"),
    ]
    let timetable = Timetable(events, on: try #require(Self.day))
    let renderer = TimetableRenderer(width: 60, style: .plain)
    let lines = TimetableRoomList(renderer: renderer).render(timetable)
    #expect(lines.contains { $0.contains("Coffee") })
    #expect(lines.contains { $0.contains("Lunch") })
  }
}
