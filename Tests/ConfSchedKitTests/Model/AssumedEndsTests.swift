import Testing

@testable import ConfSchedKit

/// The one rule for an event with a start and no end.
@Suite("Assumed ends")
struct AssumedEndsTests {
  static let day = CalendarDate(year: 2019, month: 12, day: 10)

  static func talk(_ id: String, _ start: String, room: String? = "West Ballroom C") -> Event {
    Event(
      id: EventID(rawValue: id), kind: .oral, title: id, date: day, start: LocalTime(start),
      room: room, source: SourceLocation(file: "notes.md", line: 1))
  }

  @Test func endsAtTheNextStartInTheRoomAtMostThirtyMinutesLater() {
    let talks = [
      AssumedEndsTests.talk("first", "10:05"), AssumedEndsTests.talk("second", "10:20"),
      AssumedEndsTests.talk("last", "10:35"),
      AssumedEndsTests.talk("evening", "18:00"),
      AssumedEndsTests.talk("elsewhere", "10:10", room: "west ballroom a"),
      AssumedEndsTests.talk("nowhere", "10:07", room: nil),
    ]
    let filled = AssumedEnds(in: talks).filling(talks)
    #expect(
      filled.map(\.timeRange) == [
        "10:05-~10:20", "10:20-~10:35", "10:35-~11:05", "18:00-~18:30", "10:10-~10:40",
        "10:07-~10:37",
      ])
    #expect(filled.allSatisfy { $0.isEndAssumed })
    // A printed end is kept, and the JSON says which end is whose.
    var printed = AssumedEndsTests.talk("printed", "09:00")
    printed.end = LocalTime("09:45")
    #expect(AssumedEnds(in: [printed]).filling([printed]) == [printed])
    #expect(filled[0].json.serialized(pretty: false).contains(#""end":null"#))
    #expect(filled[0].json.serialized(pretty: false).contains(#""assumedEnd":"10:20""#))
  }

  @Test func talksWithAssumedEndsClashWhenTheyOverlap() {
    let mine = AssumedEndsTests.talk("mine", "10:05")
    let other = AssumedEndsTests.talk("other", "10:15", room: "Room B")
    let schedule = [mine, other, AssumedEndsTests.talk("after", "10:20")]
    let filled = AssumedEnds(for: [mine, other], in: schedule).filling([mine, other])
    #expect(!Conflicts.clash(mine, other))  // without the rule, a start alone is a moment
    #expect(Conflicts.clash(filled[0], filled[1]))
  }
}
