import Testing

@testable import ConfSchedKit

/// The variants of `schedule.xml` that frab, pretalx, wafer and Pentabarf write, in small
/// inline cases.
@Suite("frab XML quirks")
struct FrabXMLQuirkTests {
  @Test func readsAnEventOnItsDay() throws {
    let result = readFrab(frabXML(frabDay([frabEvent()])))
    let event = try #require(result.events.first)
    #expect(result.diagnostics.isEmpty)
    #expect(event.date?.description == "2024-12-27")
    #expect(event.timeRange == "10:30-11:00")
    #expect(event.room == "Saal 1")
    #expect(event.kind.rawValue == "Talk")
    #expect(event.source.line == 11)
    #expect(event.conference?.id == "demo2024")
    #expect(event.conference?.name == "Demo Conference")
    #expect(event.conference?.year == 2024)
    #expect(event.timeZone == "Europe/Berlin")
  }

  /// Pentabarf writes no zone and no instants: the day's date and the local start, which runs
  /// past midnight before the day change (06:00, or the conference's `<day_change>`).
  @Test func readsPentabarfWithoutAZone() throws {
    let days = frabDay(
      [
        frabEvent(id: 1, date: nil, start: "10:00", duration: "01:00"),
        frabEvent(id: 2, date: nil, start: "01:30", duration: "00:45"),
      ], date: "2010-02-06", start: nil, end: nil)
    let result = readFrab(frabXML(days, zone: nil))
    #expect(
      result.messages == [
        "4: the file names no time zone (time_zone_name): times are read as its wall-clock times; exports and --local need a zone: pass --zone Area/City"
      ])
    #expect(result.events.map(\.date?.description) == ["2010-02-06", "2010-02-06"])
    #expect(result.events.map(\.start?.extended) == ["10:00", "25:30"])
    #expect(result.events.map(\.end?.extended) == ["11:00", "26:15"])
    #expect(result.events.allSatisfy { $0.conference?.zone == nil })
  }

  @Test func takesTheZoneOfAPentabarfFileFromTheOption() throws {
    let days = frabDay(
      [frabEvent(date: nil, start: "01:30")], date: "2010-02-06", start: nil, end: nil)
    let result = readFrab(frabXML(days, zone: nil), zone: "Europe/Brussels")
    #expect(result.diagnostics.isEmpty)
    let event = try #require(result.events.first)
    let zone = try #require(event.conference?.zone)
    #expect(zone.identifier == "Europe/Brussels")
    // 01:30 on the morning of 7 February in Brussels is 00:30 UTC.
    let date = try #require(event.date)
    let start = try #require(event.start)
    #expect(
      zone.utcMinutes(on: date, at: start)
        == (CalendarDate(year: 2010, month: 2, day: 7)?.daysSinceEpoch ?? 0) * 1440 + 30)
  }

  @Test func takesTheDayChangeOfAPentabarfConference() throws {
    let days = frabDay(
      [frabEvent(date: nil, start: "08:00"), frabEvent(id: 2, date: nil, start: "09:00")],
      date: "2010-02-06", start: nil, end: nil)
    let result = readFrab(frabXML(days, extra: "<day_change>09:00:00</day_change>"))
    #expect(result.events.map(\.start?.extended) == ["32:00", "09:00"])
  }

  /// wafer writes `<day date>` as the UTC date of the day's start: a day off in zones east of
  /// UTC. The instants are right, and win, with one warning.
  @Test func trustsTheInstantsWhenWafersDayDateIsADayOff() throws {
    let days = frabDay(
      [
        frabEvent(id: 1, date: "2019-07-20T23:00:00+00:00", start: "09:00"),
        frabEvent(id: 2, date: "2019-07-21T03:00:00+00:00", start: "13:00"),
      ], date: "2019-07-20", start: "2019-07-20T22:00:00+00:00",
      end: "2019-07-21T08:00:00+00:00")
    let result = readFrab(frabXML(days, zone: "Australia/Sydney"))
    #expect(result.events.map(\.date?.description) == ["2019-07-21", "2019-07-21"])
    #expect(result.events.map(\.timeRange) == ["09:00-09:30", "13:00-13:30"])
    #expect(
      result.messages == [
        "11: the day's date 2019-07-20 disagrees with the times of its events (this one starts on 2019-07-21 at 09:00); days follow the events' times (and 1 more event alike)"
      ])
  }

  /// A day runs past midnight until its `end`: an event at 02:00 the next morning is on it at
  /// 26:00; one after the day's end belongs to the next day, by its instant.
  @Test func runsADayPastMidnightUntilItsEnd() throws {
    let days = frabDay(
      [
        frabEvent(id: 1, date: "2024-12-28T02:00:00+01:00", start: "02:00"),
        frabEvent(id: 2, date: "2024-12-28T07:30:00+01:00", start: "07:30"),
      ], end: "2024-12-28T06:00:00+01:00")
    let result = readFrab(frabXML(days))
    #expect(result.events.map(\.date?.description) == ["2024-12-27", "2024-12-28"])
    #expect(result.events.map(\.start?.extended) == ["26:00", "07:30"])
    #expect(result.events.map(\.start?.description) == ["02:00", "07:30"])
    #expect(
      result.messages == [
        "12: the day's date 2024-12-27 disagrees with the times of its events (this one starts on 2024-12-28 at 07:30); days follow the events' times"
      ])
  }

  /// A day whose `end` runs later than the usual day change keeps its late events.
  @Test func keepsEventsUntilALateDayEnd() throws {
    let days = frabDay(
      [frabEvent(date: "2024-12-28T07:30:00+01:00", start: "07:30")],
      end: "2024-12-28T08:00:00+01:00")
    let result = readFrab(frabXML(days))
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.first?.start?.extended == "31:30")
  }

  /// `<date>` and `<start>` must agree: when they do not, the instant is shown, and the
  /// disagreement is reported at the `<start>`.
  @Test func reportsAStartThatDisagreesWithItsInstant() throws {
    let days = frabDay([frabEvent(date: "2024-12-27T10:30:00+01:00", start: "11:30")])
    let result = readFrab(frabXML(days))
    #expect(result.events.first?.timeRange == "10:30-11:00")
    #expect(
      result.messages == [
        "11: the start 11:30 disagrees with the date 2024-12-27T10:30:00+01:00, which is 10:30 in Europe/Berlin; the time follows the date"
      ])
  }

  /// An instant written in another offset than the zone's is the same instant: shown in the
  /// conference's zone, and in agreement with a `<start>` in that zone.
  @Test func showsAnInstantWrittenInUTCInTheConferencesZone() throws {
    let days = frabDay([frabEvent(date: "2024-12-27T09:30:00Z", start: "10:30")])
    let result = readFrab(frabXML(days))
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.first?.timeRange == "10:30-11:00")
  }

  @Test func readsADateWithoutAnOffsetInTheConferencesZone() throws {
    let days = frabDay([frabEvent(date: "2024-12-27T10:30:00", start: "10:30")])
    let result = readFrab(frabXML(days))
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.first?.timeRange == "10:30-11:00")
  }

  @Test func readsPersonsLinksTracksAndLanguages() throws {
    let more = """
      <track>Art &amp; Beauty</track><language>de, en</language>\
      <abstract>Short.</abstract><description>Long.</description>\
      <url>https://example.org/talk/1</url>\
      <persons><person id="7">Ada  Lovelace</person><person guid="x"> Alan Turing </person></persons>\
      <links><link href="https://example.org/slides.pdf">Slides</link>\
      <link href="https://example.org/video"/><link>https://example.org/bare</link></links>\
      <attachments><attachment href="/media/paper.pdf">Paper</attachment>\
      <attachment href="notes.txt"/></attachments>
      """
    let result = readFrab(
      frabXML(
        frabDay([frabEvent(more: more)]),
        extra: "<base_url>https://example.org/demo/</base_url>"))
    let event = try #require(result.events.first)
    #expect(result.diagnostics.isEmpty)
    #expect(event.track == "Art & Beauty")
    #expect(event.language == "de, en")
    #expect(event.abstract == "Short.")
    #expect(event.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
    #expect(
      event.links == [
        Link(label: "Event page", url: "https://example.org/talk/1"),
        Link(label: "Slides", url: "https://example.org/slides.pdf"),
        Link(label: "Link", url: "https://example.org/video"),
        Link(label: "Link", url: "https://example.org/bare"),
        Link(label: "Paper", url: "https://example.org/media/paper.pdf"),
        Link(label: "Attachment", url: "https://example.org/demo/notes.txt"),
      ])
    #expect(event.sourceIDs == ["00000000-0000-0000-0000-000000000001", "1"])
  }

  /// Without an abstract, the description is the abstract; the indentation an XML writer
  /// gives its lines goes, its paragraphs stay.
  @Test func takesTheDescriptionWithoutItsIndentation() throws {
    let more = """
      <abstract/><description>First line.
                      Second line.

                        Indented more.
                  </description>
      """
    let result = readFrab(frabXML(frabDay([frabEvent(more: more)])))
    #expect(result.events.first?.abstract == "First line.\nSecond line.\n\n  Indented more.")
  }

  /// Pentabarf, wafer and FOSDEM write abstracts in HTML, escaped in the XML: paragraphs,
  /// breaks and list items become lines, other tags go, references are decoded once.
  @Test func readsAnAbstractWrittenInHTML() throws {
    let more = """
      <abstract>&lt;p&gt;Tom &amp;amp; &lt;a href="https://x.org"&gt;Jerry&lt;/a&gt;.&lt;/p&gt;
              &lt;p&gt;Bring:&lt;br/&gt;&lt;ul&gt;&lt;li&gt;a laptop&lt;/li&gt;&lt;li&gt;&lt;em&gt;tea&lt;/em&gt;&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;</abstract>
      """
    let result = readFrab(frabXML(frabDay([frabEvent(more: more)])))
    #expect(
      result.events.first?.abstract == "Tom & Jerry.\n\nBring:\n\n- a laptop\n- tea")
  }

  /// Text that only looks a little like markup is not HTML: `<3`, `a < b` and `&amp;` stay.
  @Test func keepsAnAbstractThatIsNotHTMLAsWritten() throws {
    let more = "<abstract>Love &lt;3, a &lt; b &amp;amp; **Markdown**</abstract>"
    let result = readFrab(frabXML(frabDay([frabEvent(more: more)])))
    #expect(result.events.first?.abstract == "Love <3, a < b &amp; **Markdown**")
  }

  @Test func readsEntitiesCDATACommentsAndEitherQuote() throws {
    let event = """
      <event id='1' guid='g-1'><date>2024-12-27T10:30:00+01:00</date><start>10:30</start>\
      <room>Hall &#x41; &amp; B</room><title><![CDATA[Rock & <Roll>]]> &#233;t&eacute;<!-- x --> \
      &lt;3<?pi?></title><track>&quot;Q&apos;</track></event>
      """
    let result = readFrab(frabXML(frabDay([event], room: "Hall &#65; &amp; B")))
    let read = try #require(result.events.first)
    #expect(result.diagnostics.isEmpty)
    #expect(read.title == "Rock & <Roll> été <3")
    #expect(read.room == "Hall A & B")
    #expect(read.track == "\"Q'")
    #expect(read.sourceIDs == ["g-1", "1"])
  }

  @Test func keepsAnUnknownEntityAsWrittenAndSaysSo() throws {
    let result = readFrab(frabXML(frabDay([frabEvent(title: "Fish &chips; & more")])))
    #expect(result.events.first?.title == "Fish &chips; & more")
    #expect(
      result.messages == [
        "11: an '&' that starts no known reference; kept as written (write it as &amp;)"
      ])
  }

  @Test func takesTheRoomOfTheListWhenTheEventNamesNone() throws {
    let event =
      "<event id=\"1\" guid=\"g\"><date>2024-12-27T10:30:00+01:00</date><title>T</title></event>"
    let result = readFrab(frabXML(frabDay([event], room: "Saal GLITCH")))
    #expect(result.events.first?.room == "Saal GLITCH")
    #expect(result.events.first?.end == nil)
  }

  @Test func readsUppercaseAndPrefixedNames() throws {
    let text = """
      <?xml version="1.0"?>
      <f:schedule xmlns:f="urn:x"><f:conference><f:title>X</f:title>\
      <f:time_zone_name>UTC</f:time_zone_name></f:conference>
      <DAY date="2024-01-02"><ROOM name="R"><EVENT guid="g" id="1"><DATE>2024-01-02T10:00:00Z</DATE>\
      <TITLE>Loud</TITLE></EVENT></ROOM></DAY></f:schedule>
      """
    let result = readFrab(text)
    #expect(result.events.map(\.title) == ["Loud"])
    #expect(result.events.first?.timeRange == "10:00")
    #expect(FrabXMLReader.sniff(DumpSource(name: "x", text: text)))
  }

  @Test func readsAnUnknownKindAsPrintedAndAnEmptyOneAsAnEvent() throws {
    let events = [
      frabEvent(id: 1, more: ""),
      "<event id=\"2\" guid=\"g2\"><date>2024-12-27T12:00:00+01:00</date><title>Lunch</title><type/></event>",
    ]
    let result = readFrab(frabXML(frabDay(events)))
    #expect(result.events.map(\.kind) == [EventKind(rawValue: "talk"), .unknown])
  }
}
