import Testing

@testable import ConfSchedKit

@Suite("Dates, times and zones")
struct CalendarTests {
  @Test func knowsWeekdays() {
    #expect(CalendarDate(year: 2018, month: 12, day: 4)?.weekday == .tuesday)
    #expect(CalendarDate(year: 2019, month: 12, day: 10)?.weekday == .tuesday)
    #expect(CalendarDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
    #expect(CalendarDate(daysSinceEpoch: 17_869).description == "2018-12-04")
    #expect(CalendarDate(year: 2018, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
  }

  @Test func infersYearsFromWeekdays() {
    let tuesdayDec4 = YearInference.PrintedDate(weekday: .tuesday, month: 12, day: 4)
    let result = YearInference.infer([tuesdayDec4])
    #expect(result?.year == 2018)
    #expect(result?.alternatives == [2012, 2007, 2001])
    #expect(YearInference.infer([.init(weekday: nil, month: 12, day: 4)]) == nil)
  }

  @Test func convertsWallClockToUTC() throws {
    let date = try #require(CalendarDate(year: 2018, month: 12, day: 4))
    let time = try #require(LocalTime("10:05"))
    #expect(ZoneRule.toronto.utcOffset(on: date, at: time) == -300)
    #expect(ZoneRule.vancouver.utcOffset(on: date, at: time) == -480)
    let summer = try #require(CalendarDate(year: 2018, month: 7, day: 1))
    #expect(ZoneRule.toronto.utcOffset(on: summer, at: time) == -240)
    #expect(ZoneRule.madrid.utcOffset(on: summer, at: time) == 120)
    #expect(ZoneRule.madrid.utcOffset(on: date, at: time) == 60)
    // 2018-12-04 10:05 in Montréal is 15:05 UTC.
    #expect(ZoneRule.toronto.utcMinutes(on: date, at: time) == 17_869 * 1440 + 15 * 60 + 5)
  }
}
