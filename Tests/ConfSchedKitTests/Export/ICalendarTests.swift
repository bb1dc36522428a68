import Foundation
import Testing

@testable import ConfSchedKit

@Suite("iCalendar export")
struct ICalendarTests {
  static let stamp = UTCDateTime(secondsSinceEpoch: 1_543_579_200)  // 2018-11-30T12:00:00Z
  static let writer = ICalendarWriter(productVersion: "1.2.3", timestamp: stamp)
  static let neurIPS2018 = Conference.neurIPS(year: 2018)
  static let december4 = CalendarDate(year: 2018, month: 12, day: 4)

  /// The file with every continuation line joined back to its line.
  static func unfolded(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n ", with: "")
  }

  static func event(
    _ title: String, id: String = "abc234", kind: EventKind = .oral,
    date: CalendarDate? = december4,
    start: String? = "10:05", end: String? = "10:20", conference: Conference? = neurIPS2018
  ) -> Event {
    Event(
      id: EventID(rawValue: id), kind: kind, title: title, conference: conference, date: date,
      start: start.flatMap { LocalTime($0) }, end: end.flatMap { LocalTime($0) },
      source: SourceLocation(file: "inline.txt", line: 1))
  }

  @Test func writesAWholeCalendar() throws {
    var poster = ICalendarTests.event(
      "Tiny, \"quoted\"; title", id: "p2st3r", kind: .poster, start: "17:00", end: "19:00")
    poster.authors = [
      Author(name: "Ada Lovelace", affiliation: "Analytical Engines, Ltd"),
      Author(name: "Alan Turing"),
    ]
    poster.room = "Room 210 & 230 AB"
    poster.board = "42"
    poster.abstract = "Line one.\nLine two \\ done."
    poster.links = [
      Link(label: "Paper", url: "https://example.org/p?a=1,2;b"),
      Link(label: "Video", url: "https://example.org/v"),
    ]
    var writer = ICalendarTests.writer
    writer.alarmMinutesBefore = 10
    writer.calendarName = "NeurIPS 2018"
    let (text, skipped) = writer.write([poster])
    #expect(skipped.isEmpty)
    #expect(
      ICalendarTests.unfolded(text) == """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//confsched//confsched 1.2.3//EN\r
        CALSCALE:GREGORIAN\r
        METHOD:PUBLISH\r
        X-WR-CALNAME:NeurIPS 2018\r
        BEGIN:VTIMEZONE\r
        TZID:America/Toronto\r
        BEGIN:DAYLIGHT\r
        TZOFFSETFROM:-0500\r
        TZOFFSETTO:-0400\r
        TZNAME:EDT\r
        DTSTART:19700308T020000\r
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r
        END:DAYLIGHT\r
        BEGIN:STANDARD\r
        TZOFFSETFROM:-0400\r
        TZOFFSETTO:-0500\r
        TZNAME:EST\r
        DTSTART:19701101T020000\r
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
        END:STANDARD\r
        END:VTIMEZONE\r
        BEGIN:VEVENT\r
        UID:p2st3r@confsched\r
        DTSTAMP:20181130T120000Z\r
        DTSTART;TZID=America/Toronto:20181204T170000\r
        DTEND;TZID=America/Toronto:20181204T190000\r
        SUMMARY:Poster: Tiny\\, "quoted"\\; title\r
        LOCATION:Room 210 & 230 AB\\, board 42\r
        DESCRIPTION:Authors: Ada Lovelace (Analytical Engines\\, Ltd)\\; Alan Turing\\n\\nLine one.\\nLine two \\\\ done.\\n\\nLinks:\\nPaper: https://example.org/p?a=1\\,2\\;b\\nVideo: https://example.org/v\\n\\nconfsched id: p2st3r\r
        URL:https://example.org/p?a=1,2;b\r
        CATEGORIES:Poster\r
        BEGIN:VALARM\r
        ACTION:DISPLAY\r
        DESCRIPTION:Poster: Tiny\\, "quoted"\\; title\r
        TRIGGER:-PT10M\r
        END:VALARM\r
        END:VEVENT\r
        END:VCALENDAR\r

        """)
  }

  /// A title of one repeated character after some ASCII letters, and the octets the SUMMARY's
  /// first physical line must have: all 75 when the last character fits, fewer when it does not.
  @Test(arguments: [
    ("é", 0, 74),  // `SUMMARY:Oral: ` is 14 octets: the 31st é would take octets 75-76
    ("é", 1, 75),  // one ASCII letter more: the 30th é takes octets 74-75 and fits
    ("€", 0, 74),  // 3 octets each: the 21st would take octets 75-77
    ("€", 1, 75),  // the 20th takes octets 73-75
    ("€", 2, 73),  // the 20th would take octets 74-76
    ("𝄞", 0, 74),  // 4 octets each: the 16th would take octets 75-78
    ("𝄞", 1, 75),  // the 15th takes octets 72-75
    ("𝄞", 2, 72),  // the 15th would take octets 73-76
    ("𝄞", 3, 73),  // the 15th would take octets 74-77
  ])
  func foldsAtSeventyFiveOctetsWithoutCuttingACharacter(
    character: String, padding: Int, firstLineOctets: Int
  ) throws {
    let title = String(repeating: "x", count: padding) + String(repeating: character, count: 100)
    let text = ICalendarTests.writer.write([ICalendarTests.event(title)]).text
    let lines = text.components(separatedBy: "\r\n")
    let first = try #require(lines.firstIndex { $0.hasPrefix("SUMMARY:") })
    #expect(lines[first].utf8.count == firstLineOctets)
    var summary = lines[first]
    for line in lines[(first + 1)...] {
      guard line.hasPrefix(" ") else { break }
      #expect(line.utf8.count <= 75)
      #expect(line.dropFirst().hasPrefix(character), "a continuation starts mid-character")
      summary += line.dropFirst()
    }
    #expect(summary == "SUMMARY:Oral: " + title)
  }

  @Test func foldsEveryLineOfARealExport() {
    let text = ICalendarTests.writer.write(tuesday2018.events, schedule: tuesday2018).text
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines.last == "")
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(lines.contains { $0.utf8.count == 75 })
    #expect(lines.dropLast().allSatisfy { !$0.isEmpty })
  }

  @Test func escapesTextValues() {
    #expect(
      ICalendarText.escaped("a\\b;c,d\ne\r\nf\rg: \"h\"\ti\u{1}\u{7F}")
        == #"a\\b\;c\,d\ne\nf\ng: "h""# + "\ti")
    let text = ICalendarTests.writer.write([ICalendarTests.event("C:\\path; a, b\nnext")]).text
    #expect(text.contains(#"SUMMARY:Oral: C:\\path\; a\, b\nnext"# + "\r\n"))
  }

  @Test func endsEveryLineInCRLF() {
    let text = ICalendarTests.writer.write(tuesday2018.events, schedule: tuesday2018).text
    let bytes = Array(text.utf8)
    for (index, byte) in bytes.enumerated() {
      if byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)") }
      if byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A) }
    }
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
  }

  @Test func keepsUIDsStableAcrossExports() throws {
    let first = try ICSComponent.parse(ICalendarTests.writer.write(tuesday2018.events).text)
    let again = Schedule([CardReader.read(try bundled("neurips-2018-12-04.txt"))])
    let later = ICalendarWriter(productVersion: "9", timestamp: UTCDateTime(secondsSinceEpoch: 0))
    let second = try ICSComponent.parse(later.write(again.events.reversed()).text)
    let uids = first.all("VEVENT").compactMap { $0["UID"]?.value }
    #expect(uids.count == 409)
    #expect(Set(uids).count == 409)
    #expect(uids == tuesday2018.events.map { "\($0.id)@confsched" })
    #expect(Set(second.all("VEVENT").compactMap { $0["UID"]?.value }) == Set(uids))
    #expect(uids.contains("54azkd@confsched"))
  }

  @Test func writesOneTimeZoneBlockPerZone() throws {
    var madrid = ICalendarTests.event("In Barcelona", id: "bcn222")
    madrid.conference = Conference.neurIPS(year: 2016)
    let events = [ICalendarTests.event("One"), madrid, ICalendarTests.event("Two", id: "two222")]
    let calendar = try ICSComponent.parse(ICalendarTests.writer.write(events).text)
    let zones = calendar.all("VTIMEZONE")
    #expect(zones.compactMap { $0["TZID"]?.value } == ["America/Toronto", "Europe/Madrid"])
    let europe = try #require(zones.last)
    #expect(europe.all("DAYLIGHT").first?["DTSTART"]?.value == "19700329T020000")
    #expect(europe.all("DAYLIGHT").first?["TZOFFSETTO"]?.value == "+0200")
    #expect(europe.all("STANDARD").first?["DTSTART"]?.value == "19701025T030000")
    #expect(europe.all("STANDARD").first?["RRULE"]?.value == "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    #expect(europe.all("STANDARD").first?["TZNAME"]?.value == "CET")
  }

  @Test func placesTheNeuralTangentKernelSpotlightAt2150UTC() throws {
    let calendar = try ICSComponent.parse(
      ICalendarTests.writer.write(tuesday2018.events, schedule: tuesday2018).text)
    let ntk = try #require(calendar.all("VEVENT").first { $0["UID"]?.value == "54azkd@confsched" })
    let start = try #require(ntk["DTSTART"])
    let end = try #require(ntk["DTEND"])
    #expect(start.parameters == ["TZID": "America/Toronto"])
    #expect(start.value == "20181204T165000")
    #expect(end.value == "20181204T165500")
    #expect(
      ntk["SUMMARY"]?.value
        == #"Spotlight: Neural Tangent Kernel: Convergence and Generalization in Neural Networks"#)
    #expect(ntk["LOCATION"]?.value == "Room 220 E")
    let description = try #require(ntk["DESCRIPTION"]?.value)
    #expect(description.hasPrefix(#"Authors: Arthur Jacot-Guillarmod\; Clement Hongler\; "#))
    #expect(
      description.hasSuffix(
        #"\n\nAlso presented:\nPoster\, Tue Dec 4 17:00-19:00\, Room 210 & 230 AB\, board 9"#
          + #"\n\nconfsched id: 54azkd"#))

    // Read through the file's own VTIMEZONE: 16:50 EST is 21:50Z, 16:55 is 21:55Z.
    let zone = try #require(calendar.all("VTIMEZONE").first)
    let toronto = try VTimeZoneInterpreter(zone)
    let december4 = try #require(ICalendarTests.december4)
    let expectedStart = try #require(UTCDateTime(date: december4, hour: 21, minute: 50))
    #expect(
      toronto.utcSeconds(try #require(ICSLocalTime(start.value))) == expectedStart.secondsSinceEpoch
    )
    #expect(
      toronto.utcSeconds(try #require(ICSLocalTime(end.value)))
        == expectedStart.secondsSinceEpoch + 300)
  }

  @Test func agreesWithTheSystemZoneDatabaseOnEveryEvent() throws {
    let calendar = try ICSComponent.parse(ICalendarTests.writer.write(tuesday2018.events).text)
    let toronto = try VTimeZoneInterpreter(try #require(calendar.all("VTIMEZONE").first))
    for vevent in calendar.all("VEVENT") {
      for name in ["DTSTART", "DTEND"] {
        let property = try #require(vevent[name])
        let local = try #require(ICSLocalTime(property.value))
        let zone = try #require(property.parameters["TZID"])
        #expect(toronto.utcSeconds(local) == (try foundationUTCSeconds(local, zone: zone)))
      }
    }
  }

  /// Wall-clock times on both sides of every change of clocks in 2018 and 2016, in a North
  /// American and a European zone: the VTIMEZONE must agree with the system's zone database.
  @Test(arguments: [
    (
      2018, "America/Toronto",
      [
        "2018-03-11 01:30", "2018-03-11 03:30", "2018-11-04 00:59", "2018-11-04 02:30",
        "2018-07-01 12:00",
      ]
    ),
    (
      2019, "America/Vancouver",
      ["2019-03-10 01:59", "2019-03-10 03:00", "2019-11-03 02:00", "2019-12-10 09:00"]
    ),
    (
      2016, "Europe/Madrid",
      [
        "2016-03-27 01:59", "2016-03-27 03:00", "2016-10-30 01:59", "2016-10-30 03:00",
        "2016-12-06 09:00",
      ]
    ),
  ])
  func agreesWithTheSystemAcrossChangesOfClocks(year: Int, zone: String, times: [String]) throws {
    let conference = try #require(
      Conference.neurIPSEditions.first { $0.zone?.identifier == zone && $0.year == year })
    let events = times.enumerated().map { index, time in
      let parts = time.split(separator: " ")
      return ICalendarTests.event(
        "At \(time)", id: "dst\(index)", date: CalendarDate(iso: parts[0]),
        start: String(parts[1]), end: nil, conference: conference)
    }
    let (text, skipped) = ICalendarTests.writer.write(events)
    #expect(skipped.isEmpty)
    let calendar = try ICSComponent.parse(text)
    #expect(calendar.all("VEVENT").count == times.count)
    let rules = try VTimeZoneInterpreter(try #require(calendar.all("VTIMEZONE").first))
    for vevent in calendar.all("VEVENT") {
      let start = try #require(vevent["DTSTART"])
      let local = try #require(ICSLocalTime(start.value))
      #expect(rules.utcSeconds(local) == (try foundationUTCSeconds(local, zone: zone)), "\(local)")
    }
  }

  @Test func handlesMissingAndAfterMidnightEnds() throws {
    // An open end lasts until the next event in its room, 30 minutes at most: RFC 5545 wants
    // DTEND after DTSTART.
    let open = ICalendarTests.event("Open end", id: "open22", start: "18:00", end: nil)
    var first = ICalendarTests.event("First", id: "first2", start: "09:00", end: nil)
    var second = ICalendarTests.event("Second", id: "secnd2", start: "09:15", end: nil)
    first.room = "Room 1"
    second.room = "room 1"
    let late = ICalendarTests.event("Late", id: "late22", start: "22:00", end: "01:30")
    let midnight = ICalendarTests.event("Midnight", id: "mid222", start: "21:00", end: "24:00")
    let calendar = try ICSComponent.parse(
      ICalendarTests.writer.write([open, first, second, late, midnight]).text)
    let events = calendar.all("VEVENT")
    #expect(
      events.map { $0["DTSTART"]?.value } == [
        "20181204T180000", "20181204T090000", "20181204T091500", "20181204T220000",
        "20181204T210000",
      ])
    #expect(
      events.map { $0["DTEND"]?.value } == [
        "20181204T183000", "20181204T091500", "20181204T094500", "20181205T013000",
        "20181205T000000",
      ])
    #expect(
      events[0]["DESCRIPTION"]?.value
        == #"End time not given: taken as 18:30 (until the next event in its room\, 30 minutes at most).\n\nconfsched id: open22"#
    )
  }

  @Test func leavesOutWhatCannotBePlaced() throws {
    let events = [
      ICalendarTests.event("No day", id: "noday2", date: nil),
      ICalendarTests.event("No time", id: "notim2", start: nil, end: nil),
      ICalendarTests.event("No zone", id: "nozon2", conference: Conference.neurIPS(year: 2020)),
      ICalendarTests.event("No conference", id: "nocon2", conference: nil),
      ICalendarTests.event("Fine", id: "fine22"),
    ]
    let (text, skipped) = ICalendarTests.writer.write(events)
    #expect(skipped.map(\.event.id.rawValue) == ["noday2", "nozon2", "nocon2"])
    #expect(skipped.map(\.reason) == [.noDate, .noTimeZone, .noTimeZone])
    #expect(skipped.map(\.reason.description) == ["no date", "no time zone", "no time zone"])
    // A day without a time is an all-day entry of that day.
    let calendar = try ICSComponent.parse(text)
    let placed = calendar.all("VEVENT")
    #expect(placed.compactMap { $0["UID"]?.value } == ["notim2@confsched", "fine22@confsched"])
    #expect(placed[0]["DTSTART"]?.value == "20181204")
    #expect(placed[0]["DTEND"]?.value == "20181205")
    #expect(placed[0]["DESCRIPTION"]?.value == #"Time not given.\n\nconfsched id: notim2"#)

    let empty = try ICSComponent.parse(ICalendarTests.writer.write([]).text)
    #expect(empty.components.isEmpty)
    #expect(empty["PRODID"]?.value == "-//confsched//confsched 1.2.3//EN")
  }

  @Test func addsAnAlarmWhenAsked() throws {
    var writer = ICalendarTests.writer
    writer.alarmMinutesBefore = 10
    let calendar = try ICSComponent.parse(writer.write([ICalendarTests.event("Talk")]).text)
    let alarm = try #require(calendar.all("VEVENT").first?.all("VALARM").first)
    #expect(alarm["ACTION"]?.value == "DISPLAY")
    #expect(alarm["TRIGGER"]?.value == "-PT10M")
    #expect(alarm["DESCRIPTION"]?.value == "Oral: Talk")
    #expect(ICalendarText.trigger(minutesBefore: 0) == "PT0M")
    #expect(ICalendarText.trigger(minutesBefore: 90) == "-PT90M")
    let silent = try ICSComponent.parse(
      ICalendarTests.writer.write([ICalendarTests.event("T")]).text)
    #expect(silent.all("VEVENT").first?.all("VALARM").isEmpty == true)
  }

  @Test func formatsTimestamps() throws {
    #expect(ICalendarTests.stamp.basicFormat == "20181130T120000Z")
    #expect(ICalendarTests.stamp.description == "2018-11-30T12:00:00Z")
    #expect(UTCDateTime(secondsSinceEpoch: -1).basicFormat == "19691231T235959Z")
    let date = try #require(CalendarDate(year: 2024, month: 2, day: 29))
    #expect(
      UTCDateTime(date: date, hour: 23, minute: 59, second: 58)?.basicFormat == "20240229T235958Z")
    #expect(UTCDateTime(date: date, hour: 24, minute: 0) == nil)
  }

  @Test func writesOnlyWellFormedLinksAsURL() throws {
    var event = ICalendarTests.event("Linked")
    event.links = [
      Link(label: "Broken", url: "https://example.org/a b"),
      Link(label: "Relative", url: "/Conferences/2018/Schedule"),
      Link(label: "Page", url: "https://example.org/p"),
    ]
    let calendar = try ICSComponent.parse(ICalendarTests.writer.write([event]).text)
    #expect(calendar.all("VEVENT").first?["URL"]?.value == "https://example.org/p")
    #expect(ICalendarWriter.isURI("mailto:a@b.org"))
    #expect(!ICalendarWriter.isURI(":nothing"))
  }
}
