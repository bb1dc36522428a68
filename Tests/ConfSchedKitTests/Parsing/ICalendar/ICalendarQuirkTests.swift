import Testing

@testable import ConfSchedKit

/// The forms calendar programs write: each quirk of RFC 5545 and of its writers, inline.
@Suite("iCalendar: quirks")
struct ICalendarQuirkTests {
  func read(_ lines: [String], ending: String = "\r\n", options: ReadOptions = ReadOptions())
    -> ReadResult
  {
    let text = lines.joined(separator: ending) + ending
    return ICalendarReader.read(DumpSource(name: "inline.ics", text: text), options: options)
  }

  func calendar(_ events: [String], header: [String] = ["X-WR-CALNAME:Inline Conf 2024"])
    -> [String]
  {
    ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"] + header + events + ["END:VCALENDAR"]
  }

  func event(_ properties: String...) -> [String] {
    ["BEGIN:VEVENT"] + properties + ["END:VEVENT"]
  }

  @Test func readsAZoneByTZIDWithoutAVTimezoneBlock() throws {
    let result = read(
      calendar(
        event(
          "UID:a@x", "DTSTART;TZID=Europe/Berlin:20241228T110000",
          "DTEND;TZID=Europe/Berlin:20241228T114000", "SUMMARY:Opening")))
    let event = try #require(result.events.first)
    #expect(result.diagnostics.isEmpty)
    #expect(event.conference?.zone?.identifier == "Europe/Berlin")
    #expect(event.conference?.name == "Inline Conf 2024")
    #expect(event.conference?.id == "inline-conf-2024")
    #expect(event.date?.description == "2024-12-28")
    #expect(event.timeRange == "11:00-11:40")
    #expect(event.sourceIDs == ["a@x"])
  }

  /// Another zone than the calendar's converts through the instant.
  @Test func convertsEventsOfAnotherZoneToTheCalendars() throws {
    let result = read(
      calendar(
        event(
          "DTSTART;TZID=America/New_York:20241204T100000", "DURATION:PT1H30M", "SUMMARY:Remote talk"
        ),
        header: ["X-WR-TIMEZONE:America/Vancouver"]))
    let event = try #require(result.events.first)
    #expect(event.timeRange == "07:00-08:30")
    #expect(event.conference?.zone?.identifier == "America/Vancouver")
  }

  /// Outlook's Windows names, a publisher's prefix, and a zone only the file defines.
  @Test(arguments: [
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("/mozilla.org/20050126_1/America/New_York", "America/New_York"),
    ("/citadel.org/20190914_1/Europe/Berlin", "Europe/Berlin"),
  ])
  func resolvesTZIDsAsCalendarProgramsWriteThem(_ tzid: String, _ zone: String) throws {
    let result = read(calendar(event("DTSTART;TZID=\"\(tzid)\":20240704T100000", "SUMMARY:Talk")))
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.first?.conference?.zone?.identifier == zone)
    #expect(result.events.first?.timeRange == "10:00")
  }

  @Test func readsAZoneDefinedOnlyByItsVTimezone() throws {
    let zone = [
      "BEGIN:VTIMEZONE", "TZID:Custom Eastern", "BEGIN:STANDARD", "DTSTART:19701101T020000",
      "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
      "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0500",
      "TZOFFSETTO:-0400", "TZNAME:EDT", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
      "END:VTIMEZONE",
    ]
    let result = read(
      calendar(
        zone + event("DTSTART;TZID=Custom Eastern:20240704T100000", "SUMMARY:Summer")
          + event("DTSTART;TZID=Custom Eastern:20241204T100000", "SUMMARY:Winter")))
    #expect(result.diagnostics.isEmpty)
    let rule = try #require(result.conferences.first?.zone)
    #expect(rule.identifier == "Custom Eastern")
    let summer = try #require(result.events.first)
    let winter = try #require(result.events.last)
    #expect(
      rule.utcMinutes(on: try #require(summer.date), at: try #require(summer.start)) % 1440 == 14
        * 60)
    #expect(
      rule.utcMinutes(on: try #require(winter.date), at: try #require(winter.start)) % 1440 == 15
        * 60)
  }

  @Test func warnsAboutAnUnknownZoneAndReadsTheWallClock() throws {
    let result = read(
      calendar(
        event("DTSTART;TZID=Mars/Olympus:20240704T100000", "SUMMARY:Talk"),
        header: ["X-WR-TIMEZONE:Europe/Paris"]))
    #expect(result.events.first?.timeRange == "10:00")
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.ics:6:1: warning: unknown time zone 'Mars/Olympus'; the time is read as the conference's wall clock"
      ])
  }

  /// Floating times take the calendar's zone; without one they stay as written, with a note.
  @Test func readsFloatingTimes() throws {
    let zoned = read(
      calendar(
        event("DTSTART:20240704T100000", "SUMMARY:Talk"), header: ["X-WR-TIMEZONE:Asia/Tokyo"]))
    #expect(zoned.diagnostics.isEmpty)
    #expect(zoned.events.first?.conference?.zone?.identifier == "Asia/Tokyo")
    let floating = read(calendar(event("DTSTART:20240704T100000", "SUMMARY:Talk")))
    #expect(floating.events.first?.timeRange == "10:00")
    #expect(floating.events.first?.conference?.zone == nil)
    #expect(floating.diagnostics.first?.message.contains("floating") == true)
    let given = read(
      calendar(event("DTSTART:20240704T100000", "SUMMARY:Talk")),
      options: ReadOptions(zone: ZoneRule.named("Europe/Vienna")))
    #expect(given.events.first?.conference?.zone?.identifier == "Europe/Vienna")
    #expect(given.diagnostics.isEmpty)
  }

  @Test func readsAllDayEventsOnEachOfTheirDays() throws {
    let result = read(
      calendar(
        event("DTSTART;VALUE=DATE:20241210", "DTEND;VALUE=DATE:20241213", "SUMMARY:Expo"),
        header: ["X-WR-TIMEZONE:America/Vancouver"]))
    #expect(
      result.events.map { $0.date?.description ?? "" } == [
        "2024-12-10", "2024-12-11", "2024-12-12",
      ])
    #expect(result.events.allSatisfy { $0.start == nil && $0.end == nil })
  }

  /// Folds, also inside a UTF-8 character, LF endings, escapes and CHARSET parameters.
  @Test func unfoldsAndUnescapes() throws {
    let bytes =
      Array(
        "BEGIN:VCALENDAR\nX-WR-TIMEZONE:Europe/Madrid\nBEGIN:VEVENT\nDTSTART:20161205T093000\nSUMMARY;CHARSET=UTF-8;ENCODING=8BIT:Caf"
          .utf8)
      + [0xC3, 0x0A, 0x20, 0xA9]
      + Array(
        " sci\n\tence\\, ideas\\; and more\nLOCATION:Sala \\\"B\\\"\nEND:VEVENT\nEND:VCALENDAR\n"
          .utf8)
    let (source, warnings) = try DumpFile.decode(bytes, name: "folded.ics")
    #expect(warnings.isEmpty)
    let result = DumpReader.read(source)
    let event = try #require(result.events.first)
    #expect(event.title == "Café science, ideas; and more")
    #expect(event.room == "Sala \"B\"")
    #expect(event.source.line == 5)
  }

  @Test func readsKindTrackSpeakersLinksAndHTML() throws {
    let result = read(
      calendar(
        event(
          "DTSTART:20241204T170000Z", "DTEND:20241204T173000Z", "SUMMARY:Diffusion for all",
          "CATEGORIES:Deep Learning,Lightning talk", "URL:https://example.org/talk/1",
          "ATTENDEE;CN=\"Ada Lovelace\";ROLE=CHAIR:mailto:ada@example.org",
          "ATTENDEE;CN=Alan Turing:mailto:alan@example.org",
          "DESCRIPTION:<p>We show <b>everything</b> &amp; more.</p><p>Second <a href=\"https://x.org/p\">paper</a>.</p>",
          "LOCATION:Hall A #12"),
        header: ["X-WR-TIMEZONE:UTC"]))
    let event = try #require(result.events.first)
    #expect(event.kind.rawValue == "Lightning talk")
    #expect(event.track == "Deep Learning")
    #expect(event.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
    #expect(event.links.map(\.url) == ["https://example.org/talk/1", "https://x.org/p"])
    #expect(event.abstract == "We show everything & more.\n\nSecond paper.")
    #expect(event.room == "Hall A")
    #expect(event.board == "12")
  }

  @Test func readsAKnownKindFromCategories() throws {
    let result = read(
      calendar(event("DTSTART:20241204T170000Z", "SUMMARY:A", "CATEGORIES:POSTERS")))
    #expect(result.events.first?.kind == .poster)
    #expect(result.events.first?.track == nil)
  }

  /// A party at 01:00 belongs to the evening before, on that day's clock.
  @Test func placesTimesBeforeSixOnTheEveningBefore() throws {
    let result = read(
      calendar(
        event("DTSTART:20241228T230000", "DTEND:20241229T020000", "SUMMARY:Late set")
          + event("DTSTART:20241229T013000", "DURATION:PT1H", "SUMMARY:Later set"),
        header: ["X-WR-TIMEZONE:Europe/Berlin"]))
    #expect(result.events.map { $0.date?.description ?? "" } == ["2024-12-28", "2024-12-28"])
    #expect(result.events.map(\.timeRange) == ["23:00-02:00", "01:30-02:30"])
    #expect(result.events.map { $0.start?.extended ?? "" } == ["23:00", "25:30"])
  }

  /// Recurrences are expanded within the conference's days; EXDATE and RECURRENCE-ID apply.
  @Test func expandsRecurrencesWithinTheConference() throws {
    let result = read(
      calendar(
        event("DTSTART:20241209T090000", "DTEND:20241209T100000", "SUMMARY:Opening")
          + event("DTSTART:20241213T170000", "SUMMARY:Closing")
          + event(
            "UID:coffee@x", "DTSTART:20241209T103000", "DURATION:PT30M", "RRULE:FREQ=DAILY",
            "EXDATE:20241211T103000", "SUMMARY:Coffee")
          + event(
            "UID:coffee@x", "RECURRENCE-ID:20241212T103000", "DTSTART:20241212T110000",
            "DURATION:PT30M", "SUMMARY:Coffee"),
        header: ["X-WR-TIMEZONE:America/Vancouver"]))
    let coffee = result.events.filter { $0.title == "Coffee" }.map {
      "\($0.date?.description ?? "") \($0.timeRange)"
    }
    #expect(
      coffee.sorted() == [
        "2024-12-09 10:30-11:00", "2024-12-10 10:30-11:00", "2024-12-12 11:00-11:30",
        "2024-12-13 10:30-11:00",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func warnsAboutARecurrenceItDoesNotExpand() throws {
    let result = read(
      calendar(event("DTSTART:20241209T090000", "RRULE:FREQ=HOURLY;COUNT=3", "SUMMARY:Ping")))
    #expect(result.events.count == 1)
    #expect(
      result.diagnostics.contains {
        $0.message.hasPrefix("a recurrence this reader does not expand")
      })
  }

  /// VTODO and VJOURNAL are not events; a cancelled event is left out, with a note.
  @Test func ignoresTodosJournalsAndCancelledEvents() throws {
    let result = read(
      calendar(
        ["BEGIN:VTODO", "SUMMARY:Buy coffee", "DTSTART:20241209T090000", "END:VTODO"]
          + ["BEGIN:VJOURNAL", "SUMMARY:Notes", "END:VJOURNAL"]
          + event("DTSTART:20241209T090000Z", "SUMMARY:Kept")
          + event("DTSTART:20241209T100000Z", "SUMMARY:Gone", "STATUS:CANCELLED")))
    #expect(result.events.map(\.title) == ["Kept"])
    #expect(result.diagnostics.map(\.message).contains("1 cancelled event left out"))
  }

  /// A cut-short file, a line that is no content line, dates that cannot be read.
  @Test func warnsWithLinesAboutBadInput() throws {
    let result = read(
      [
        "BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "this is not a property", "BEGIN:VEVENT",
        "DTSTART:2024-13-45", "SUMMARY:Bad date", "END:VEVENT", "BEGIN:VEVENT",
        "DTSTART:20241209T100000Z",
        "DTEND:20241209T090000Z", "SUMMARY:Backwards", "END:VEVENT", "BEGIN:VEVENT",
        "DTSTART:20241209T110000Z",
        "SUMMARY:Cut short",
      ])
    #expect(result.events.map(\.title) == ["Backwards", "Cut short"])
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.ics:1:1: warning: BEGIN:VCALENDAR is never closed; the file may be cut short",
        "inline.ics:3:1: warning: not an iCalendar content line ('NAME:value'); skipped",
        "inline.ics:5:1: warning: cannot read the date '2024-13-45'",
        "inline.ics:10:1: warning: the event ends before it starts; its end is left out",
        "inline.ics:13:1: warning: BEGIN:VEVENT is never closed; read up to the end of the file",
      ])
  }

  @Test(arguments: [
    ("PT1H30M", 5400), ("P1D", 86_400), ("P2W", 1_209_600), ("-PT15M", -900), ("P1DT2H", 93_600),
    ("PT0S", 0),
  ])
  func readsDurations(_ text: String, _ seconds: Int) {
    #expect(ICalendarValue.duration(text) == seconds)
  }

  @Test(arguments: ["", "P", "PT", "1H", "PT1H2", "P1H", "PTXM", "25:99"])
  func refusesMalformedDurations(_ text: String) {
    #expect(ICalendarValue.duration(text) == nil)
  }

  @Test func findsAnEventByItsUID() throws {
    let result = read(
      calendar(event("UID:talk-42@pretalx", "DTSTART:20241209T090000Z", "SUMMARY:Talk")))
    let schedule = Schedule([result])
    #expect(schedule.event(matching: "talk-42@pretalx")?.title == "Talk")
  }
}
