import Testing

@testable import ConfSchedKit

/// A moment on the conference's wall clock, for the cases below.
func moment(_ text: String) throws -> LocalDateTime {
  try #require(LocalDateTime(text), "'\(text)' is not a moment")
}

/// What is on at a moment and what comes next, without a clock.
@Suite("Now and next")
struct NowNextTests {
  let calendar = ConferenceCalendar(
    conference: tuesday2018.conferences.first, events: tuesday2018.events)

  func ids(_ items: [ScheduleItem]) -> [String] {
    items.map { item in
      switch item {
      case .event(let event): return event.id.rawValue
      case .session(let session): return "\(session.title) \(session.timeRange)"
      }
    }
  }

  @Test func showsTheThreeSpotlightsOnAt1022AndWhatFollowsInEachRoom() throws {
    let view = NowNext(calendar, at: try moment("2018-12-04 10:22"))
    #expect(view.status == .running)
    #expect(ids(view.running) == ["gfuxxp", "mwn9hu", "t8kqb6"])
    #expect(
      view.rooms.map(\.room) == [
        nil, "Room 210 & 230 AB", "Room 220 CD", "Room 220 E", "Room 510 ABCD", "Room 517 CD",
        "Rooms 220 CDE",
      ])
    let next = view.rooms.map { ids($0.upcoming) }
    #expect(
      next == [
        ["my8xh6"], ["Posters 10:45-12:45"], ["sex4b9"], ["f8zhp5"], ["Demonstrations 10:45-19:30"],
        ["fds5r7"], ["rdetav"],
      ])
  }

  @Test func showsTheLunchOnceAndTheDemonstrationsAt1250() throws {
    let view = NowNext(calendar, at: try moment("2018-12-04 12:50"))
    #expect(ids(view.running) == ["my8xh6", "Demonstrations 10:45-19:30"])
    #expect(view.isAnythingRunning)
  }

  @Test func endsASessionAtItsEndAndStartsTheNextAtItsStart() throws {
    let view = NowNext(calendar, at: try moment("2018-12-04 12:45"))
    #expect(ids(view.running) == ["my8xh6", "Demonstrations 10:45-19:30"])
    let evening = NowNext(calendar, at: try moment("2018-12-04 17:00"))
    #expect(ids(evening.running) == ["Posters 17:00-19:00", "Demonstrations 10:45-19:30"])
  }

  @Test func findsNothingBetweenTheKeynoteAndTheBreakAndShowsTheBreakNext() throws {
    let view = NowNext(calendar, at: try moment("2018-12-04 09:25"))
    #expect(view.status == .running)
    #expect(!view.isAnythingRunning)
    #expect(view.upcomingDay == CalendarDate(year: 2018, month: 12, day: 4))
    #expect(ids(view.upcoming).prefix(4) == ["zbaz7q", "nhrdf4", "tad7rj", "5aqm3h"])
    let text = NowNextView(width: 80, style: .plain, zone: .conference(view.conference))
      .render(view, mode: .now)
    #expect(
      text.hasPrefix(
        """
        Tuesday 4 December 2018, 09:25 America/Toronto · NeurIPS 2018, Montréal

        Nothing is on at 09:25.

        Next:
                             09:40-10:05  Break    zbaz7q  Coffee Break
          Room 220 CD        10:05-10:20  Oral     nhrdf4  On Neuronal Capacity

        """))
  }

  @Test func keepsNUpcomingEventsPerRoom() throws {
    let view = NowNext(calendar, at: try moment("2018-12-04 15:32"), upcomingPerRoom: 3)
    let room = try #require(view.rooms.first { $0.room == "Room 220 CD" })
    #expect(ids(room.running) == ["wtwss6"])
    #expect(ids(room.upcoming) == ["29g4jg", "n8uxtp", "wq9dts"])
  }

  @Test func saysTheConferenceHasNotStartedTheDayBefore() throws {
    let view = NowNext(calendar, at: try moment("2018-12-03 10:00"))
    #expect(view.status == .notStarted(firstDay: CalendarDate(year: 2018, month: 12, day: 4)!))
    #expect(view.running.isEmpty)
    #expect(ids(view.upcoming).first == "3eqxa8")
    let text = NowNextView(width: 80, style: .plain, zone: .conference(view.conference))
      .render(view, mode: .now)
    #expect(
      text.contains(
        "\nNeurIPS 2018 has not started: it opens on Tuesday 4 December 2018 with\n  Rooms 220 CDE "
      ))
  }

  @Test func saysTheConferenceIsOverAYearAfter() throws {
    let view = NowNext(calendar, at: try moment("2019-12-04 10:00"))
    #expect(view.status == .over(lastDay: CalendarDate(year: 2018, month: 12, day: 4)!))
    #expect(ids(view.upcoming).first == "3eqxa8")
    #expect(
      view.json.serialized(pretty: false).contains(
        "\"status\":\"over\",\"statusDay\":\"2018-12-04\""))
  }

  @Test func movesToTheNextDayAfterTheLastStartAndNamesADayOff() throws {
    let thursday = readCards(
      card(title: "Thursday Talk", header: "Oral | Thu Dec 6th 09:00 -- 09:30 AM @ Room 220 CD"),
      name: "thursday.txt", year: 2018)
    let events = tuesday2018.events + Schedule([thursday]).events
    let calendar = ConferenceCalendar(conference: tuesday2018.conferences.first, events: events)
    let late = NowNext(calendar, at: try moment("2018-12-04 23:00"))
    #expect(late.status == .running)
    #expect(late.upcomingDay == CalendarDate(year: 2018, month: 12, day: 6))
    #expect(late.upcoming.first?.events.first?.title == "Thursday Talk")
    let wednesday = NowNext(calendar, at: try moment("2018-12-05 12:00"))
    #expect(wednesday.status == .dayOff(nearestDay: CalendarDate(year: 2018, month: 12, day: 6)!))
  }

  @Test func keepsAnEveningRunningPastMidnight() throws {
    let text = [
      card(title: "Party", header: "Social | Wed Dec 5th 09:00 PM -- 01:00 AM @ Bar"),
      card(title: "Breakfast", header: "Break | Thu Dec 6th 08:00 -- 09:00 AM @"),
    ].joined(separator: "\n\n")
    let events = Schedule([readCards(text, year: 2018)]).events
    let calendar = ConferenceCalendar(conference: events.first?.conference, events: events)
    let late = NowNext(calendar, at: try moment("2018-12-05 23:30"))
    #expect(late.running.map { $0.events.map(\.title) } == [["Party"]])
    let after = NowNext(calendar, at: try moment("2018-12-06 00:30"))
    #expect(after.running.map { $0.events.map(\.title) } == [["Party"]])
    #expect(after.upcoming.map { $0.events.map(\.title) } == [["Breakfast"]])
    #expect(NowNext(calendar, at: try moment("2018-12-06 01:00")).running.isEmpty)
  }

  /// A frab day's clock runs past 24:00: its 00:55 talk is next at 00:30 of the calendar's
  /// next day and on at 01:00, before anything of that next day.
  @Test func keepsAFrabNightOnItsDayClock() throws {
    let days = [
      frabDay([
        frabEvent(id: 1, date: "2024-12-27T23:00:00+01:00", start: "23:00", duration: "01:00"),
        frabEvent(id: 2, date: "2024-12-28T00:55:00+01:00", start: "00:55", duration: "01:30"),
      ]),
      frabDay(
        [frabEvent(id: 3, date: "2024-12-28T11:00:00+01:00", start: "11:00")],
        date: "2024-12-28", start: "2024-12-28T06:00:00+01:00", end: "2024-12-29T06:00:00+01:00"),
    ].joined(separator: "\n")
    let events = readFrab(frabXML(days)).events
    let calendar = ConferenceCalendar(conference: events.first?.conference, events: events)
    let sourceIDs = { (items: [ScheduleItem]) in items.map { $0.events.map(\.sourceIDs[1]) } }
    let evening = NowNext(calendar, at: try moment("2024-12-27 23:30"))
    #expect(sourceIDs(evening.running) == [["1"]])
    #expect(sourceIDs(evening.upcoming) == [["2"]])
    let midnight = NowNext(calendar, at: try moment("2024-12-28 00:30"))
    #expect(midnight.running.isEmpty)
    #expect(sourceIDs(midnight.upcoming) == [["2"]])
    #expect(midnight.upcomingDay == CalendarDate(year: 2024, month: 12, day: 27))
    let night = NowNext(calendar, at: try moment("2024-12-28 01:00"), upcomingPerRoom: 2)
    #expect(sourceIDs(night.running) == [["2"]])
    #expect(sourceIDs(night.upcoming) == [["3"]])
    #expect(night.upcomingDay == CalendarDate(year: 2024, month: 12, day: 28))
    #expect(NowNext(calendar, at: try moment("2024-12-28 02:25")).running.isEmpty)
  }

  @Test func showsTimesInAnotherZoneLabelledWithIt() throws {
    let view = NowNext(calendar, at: try moment("2018-12-04 10:22"))
    let text = NowNextView(width: 100, style: .plain, zone: .fixed(label: "UTC", offsetMinutes: 0))
      .render(view, mode: .now)
    #expect(
      text.hasPrefix("Tuesday 4 December 2018, 15:22 UTC · NeurIPS 2018, Montréal\n\nOn now:\n"))
    #expect(text.contains("  Room 220 CD        15:20-15:25  Spotlight  gfuxxp  Learning"))
    // Late in Montréal is the next day in Tokyo: the date is shown with the time.
    let tokyo = DisplayZone.fixed(label: "Asia/Tokyo", offsetMinutes: 540)
    let lunch = try #require(tuesday2018.events.first { $0.title == "Lunch on your own" })
    #expect(
      tokyo.timeRange(lunch, day: CalendarDate(year: 2018, month: 12, day: 4))
        == "Wed Dec 5 02:45-04:15")
  }
}

/// Wall-clock moments and instants.
@Suite("Moments and zones")
struct MomentTests {
  @Test func readsAMoment() throws {
    #expect(try moment("2018-12-04 10:22").description == "2018-12-04 10:22")
    #expect(try moment("2018-12-04T10:22").description == "2018-12-04 10:22")
    for text in ["2018-12-04", "10:22", "2018-12-04 25:00", "2018-02-30 10:00", ""] {
      #expect(LocalDateTime(text) == nil, "\(text)")
    }
  }

  @Test func convertsBetweenWallClockAndInstantAcrossDaylightTime() throws {
    let winter = ZoneRule.toronto.instant(of: try moment("2018-12-04 10:22"))
    #expect(winter.description == "2018-12-04T15:22:00Z")
    #expect(ZoneRule.toronto.localDateTime(at: winter).description == "2018-12-04 10:22")
    #expect(ZoneRule.toronto.abbreviation(at: winter) == "EST")
    let summer = ZoneRule.toronto.instant(of: try moment("2018-07-01 12:00"))
    #expect(summer.description == "2018-07-01T16:00:00Z")
    #expect(ZoneRule.toronto.localDateTime(at: summer).description == "2018-07-01 12:00")
    #expect(ZoneRule.toronto.abbreviation(at: summer) == "EDT")
    // Past midnight UTC, still the evening before in Vancouver.
    let evening = UTCDateTime(
      date: CalendarDate(year: 2019, month: 12, day: 10)!, hour: 3, minute: 30)!
    #expect(ZoneRule.vancouver.localDateTime(at: evening).description == "2019-12-09 19:30")
    #expect(ZoneRule.madrid.localDateTime(at: evening).description == "2019-12-10 04:30")
  }

  @Test func choosesTheRunningConferenceOrItsFirstDay() throws {
    let calendars = ConferenceCalendar.calendars(tuesday2018.events)
    #expect(calendars.count == 1)
    let during = try #require(
      UTCDateTime(date: CalendarDate(year: 2018, month: 12, day: 5)!, hour: 2, minute: 0))
    // 21:00 on Tuesday in Montréal, though already Wednesday in UTC.
    #expect(calendars[0].localDateTime(at: during)?.description == "2018-12-04 21:00")
    #expect(ConferenceCalendar.defaultDay(calendars, at: during)?.description == "2018-12-04")
    let later = UTCDateTime(secondsSinceEpoch: 1_800_000_000)
    #expect(ConferenceCalendar.defaultDay(calendars, at: later)?.description == "2018-12-04")
    #expect(ConferenceCalendar.choose(calendars, at: later)?.conference?.id == "neurips-2018")
  }

  /// The 2019 Tuesday's orals have a start and no end: each runs for
  /// `Event.assumedMinutesWithoutEnd`, or until the next talk in its room begins.
  @Test func aTalkWithNoEndRunsFromItsStartUntilTheNextInItsRoom() throws {
    let schedule = Schedule([NotesReader.read(try fixture(NotesDumpTests.day))])
    let notes = ConferenceCalendar(conference: schedule.conferences.first, events: schedule.events)
    let title = { (item: ScheduleItem) in item.events.first?.title ?? "" }
    let atStart = NowNext(notes, at: try moment("2019-12-10 10:05"))
    #expect(
      atStart.running.map(title) == [
        "Updates of Equilibrium Prop Match Gradients of Backprop Through Time in an RNN with Static Input"
      ])
    let later = NowNext(notes, at: try moment("2019-12-10 10:34"))
    #expect(later.running.count == 1)
    let over = NowNext(notes, at: try moment("2019-12-10 10:35"))
    #expect(over.running.isEmpty)
    // Two talks with no end, fifteen minutes apart in one hall: the second ends the first.
    let talks = ["First", "Second"].enumerated().map { index, title in
      Event(
        kind: .oral, title: title, conference: schedule.conferences.first,
        date: CalendarDate(year: 2019, month: 12, day: 10),
        start: LocalTime(hour: 10, minute: 15 * index), room: "Hall A",
        source: SourceLocation(file: "inline", line: index + 1))
    }
    let hall = ConferenceCalendar(conference: schedule.conferences.first, events: talks)
    #expect(NowNext(hall, at: try moment("2019-12-10 10:10")).running.map(title) == ["First"])
    #expect(NowNext(hall, at: try moment("2019-12-10 10:20")).running.map(title) == ["Second"])
  }
}
