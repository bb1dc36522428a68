import Testing

@testable import ConfSchedKit

/// Days, times and moments as people say them.
@Suite("Spoken times")
struct SpokenTimeTests {
  static let today = CalendarDate(year: 2018, month: 12, day: 4) ?? CalendarDate(daysSinceEpoch: 0)

  @Test(arguments: [
    ("15:30", "15:30"), ("9:05", "09:05"), ("3pm", "15:00"), ("3:30pm", "15:30"),
    ("3:30 PM", "15:30"), ("10am", "10:00"), ("12am", "00:00"), ("12pm", "12:00"),
    ("noon", "12:00"), ("midnight", "00:00"), ("11.30pm", "11:30"),
  ])
  func readsTimes(_ text: String, _ expected: String) {
    #expect(LocalTime(spoken: text)?.description == (text == "11.30pm" ? nil : expected))
  }

  @Test(arguments: ["13pm", "25:00", "3:7pm", "pm", "", "0am", "10:60"])
  func refusesTimesThatAreNot(_ text: String) {
    #expect(LocalTime(spoken: text) == nil, "\(text)")
  }

  @Test func readsDaysInEveryFormConfschedPrintsAndPeopleSay() {
    let day = { (text: String) in DaySpec(text, today: SpokenTimeTests.today) }
    let december4 = DaySpec.date(SpokenTimeTests.today)
    #expect(day("today") == december4)
    #expect(day("Tomorrow") == .date(SpokenTimeTests.today.adding(days: 1)))
    #expect(day("yesterday") == .date(SpokenTimeTests.today.adding(days: -1)))
    #expect(day("2018-12-04") == december4)
    #expect(day("Tuesday 4 December 2018") == december4)
    #expect(day("Tue Dec 4 2018") == december4)
    #expect(day("Dec 4, 2018") == december4)
    #expect(day("Dec 10 2019") == CalendarDate(year: 2019, month: 12, day: 10).map { .date($0) })
    #expect(day("Tue Dec 4") == .monthDayOn(month: 12, day: 4, weekday: .tuesday))
    #expect(day("Dec 4") == .monthDay(month: 12, day: 4))
    #expect(day("tue") == .weekday(.tuesday))
    // A weekday that is not the date's, a day that does not exist, or no today to count from.
    #expect(day("Wed Dec 4 2018") == nil)
    #expect(day("Feb 30 2019") == nil)
    #expect(DaySpec("today") == nil)
  }

  @Test func readsMoments() {
    let moment = { (text: String) in SpokenMoment(text, today: SpokenTimeTests.today) }
    let day = DaySpec.date(SpokenTimeTests.today)
    #expect(moment("now") == .now)
    #expect(moment("+30m") == .fromNow(minutes: 30))
    #expect(moment("+1h30m") == .fromNow(minutes: 90))
    #expect(moment("-15m") == .fromNow(minutes: -15))
    #expect(moment("3pm") == .at(day: nil, time: LocalTime("15:00")))
    #expect(
      moment("tomorrow 10:00")
        == .at(day: .date(SpokenTimeTests.today.adding(days: 1)), time: LocalTime("10:00")))
    #expect(moment("2018-12-04 10:22") == .at(day: day, time: LocalTime("10:22")))
    #expect(moment("2018-12-04T10:22") == .at(day: day, time: LocalTime("10:22")))
    #expect(moment("Tuesday 4 December 2018, 10:22") == .at(day: day, time: LocalTime("10:22")))
    #expect(
      moment("Tue Dec 4 3:30 pm")
        == .at(day: .monthDayOn(month: 12, day: 4, weekday: .tuesday), time: LocalTime("15:30")))
    #expect(moment("tomorrow") == .at(day: .date(SpokenTimeTests.today.adding(days: 1)), time: nil))
    #expect(moment("25:00") == nil)
    #expect(moment("+soon") == nil)
  }
}
