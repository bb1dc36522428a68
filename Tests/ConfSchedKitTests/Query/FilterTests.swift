import Testing

@testable import ConfSchedKit

@Suite("Filters and days")
struct FilterTests {
  @Test(arguments: [
    ("2018-12-04", DaySpec.date(CalendarDate(year: 2018, month: 12, day: 4)!)),
    ("tue", .weekday(.tuesday)), ("Tuesday", .weekday(.tuesday)),
    ("Dec 4", .monthDay(month: 12, day: 4)), ("dec 4th", .monthDay(month: 12, day: 4)),
    ("4 December", .monthDay(month: 12, day: 4)),
  ])
  func readsDays(_ text: String, _ expected: DaySpec) {
    #expect(DaySpec(text) == expected)
  }

  @Test(arguments: ["", "someday", "Dec", "2018-02-30", "Dec 40"])
  func rejectsOtherDays(_ text: String) {
    #expect(DaySpec(text) == nil)
  }

  @Test func matchesKindsLoosely() {
    #expect(EventFilter.kind(.oral, matches: "ORAL"))
    #expect(EventFilter.kind(.poster, matches: "posters"))
    #expect(EventFilter.kind(.demonstration, matches: "demo"))
    #expect(EventFilter.kind(.invitedTalk, matches: "talk"))
    #expect(
      EventFilter.kind(EventKind(rawValue: "Invited Talk (Posner Lecture)"), matches: "posner"))
    #expect(!EventFilter.kind(.oral, matches: "poster"))
  }

  @Test func matchesRoomsByWholeWords() {
    #expect(EventFilter.room("Room 220 CD", matches: "220 cd"))
    #expect(!EventFilter.room("Rooms 220 CDE", matches: "220 cd"))
    #expect(EventFilter.room("Room 510 ABCD", matches: "510"))
  }

  @Test func matchesAuthorsByInitialsAndParts() {
    #expect(EventFilter.name("J. Zico Kolter", matches: "J. Kolter"))
    #expect(EventFilter.name("J. Zico Kolter", matches: "kolter"))
    #expect(EventFilter.name("Gaëtan Hadjeres", matches: "gaetan"))
    #expect(!EventFilter.name("Gaëtan Hadjeres", matches: "hadjeres x"))
  }

  @Test func filtersTheTuesdayByKindRoomAndTime() {
    var filter = EventFilter()
    filter.kinds = ["oral"]
    filter.rooms = ["220 cd"]
    filter.from = LocalTime("15:00")
    filter.to = LocalTime("17:00")
    let titles = tuesday2018.events.filter(filter.matches).map(\.title)
    #expect(
      titles == [
        "Generalisation of structural knowledge in the hippocampal-entorhinal system",
        "A probabilistic population code based on neural samples",
      ])
  }
}
