import Foundation
import Testing

@testable import ConfSchedKit

/// Broken `schedule.xml` and `schedule.json`: a warning at the line, or a refusal with the
/// reason, never a crash, a hang or a wrong time shown as right.
@Suite("frab bad input")
struct FrabBadInputTests {
  /// Events read before the cut are kept; the one the file ends inside is left out.
  @Test func keepsTheEventsBeforeATruncation() throws {
    let whole = frabXML(
      frabDay([frabEvent(id: 1, title: "First"), frabEvent(id: 2, title: "Second")]))
    let cut = String(whole[..<(whole.range(of: "Second")?.lowerBound ?? whole.endIndex)])
    let result = readFrab(cut)
    #expect(result.events.map(\.title) == ["First"])
    #expect(
      result.messages == [
        "12: the file ends inside the <event> of line 12, which is left out: truncated?"
      ])
  }

  @Test(arguments: [
    (
      "<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"",
      "the file ends inside this tag: truncated?"
    ),
    ("<schedule><!-- a comment that never ends", "the file ends inside this comment: truncated?"),
    (
      "<schedule><day date=\"2024-01-01\"><event><title><![CDATA[cut",
      "the file ends inside this CDATA section: truncated?"
    ),
    (
      "<schedule><conference><title>X</title></conference></schedule>",
      "a schedule that lists no events"
    ),
  ])
  func refusesAFileWithNoEventWithTheReason(_ text: String, _ reason: String) throws {
    let result = readFrab(text)
    #expect(result.events.isEmpty)
    let error = try #require(result.diagnostics.first { $0.severity == .error })
    #expect(error.message.hasSuffix(reason))
    let source = DumpSource(name: "x", text: text)
    let refusal = DumpReader.refusal(source, reading: DumpReader.read(source, family: .frab))
    #expect(refusal.contains(reason))
  }

  @Test func readsPastAStrayAndAMissingEndTag() throws {
    let events = [
      frabEvent(id: 1, title: "One") + "</persons>",
      frabEvent(id: 2, title: "Two").replacingOccurrences(of: "</event>", with: ""),
      frabEvent(id: 3, title: "Three"),
    ]
    let result = readFrab(frabXML(frabDay(events)))
    #expect(result.events.map(\.title) == ["One", "Two", "Three"])
    #expect(
      result.messages == [
        "11: </persons> closes no open element; ignored",
        "13: an <event> inside the <event> of line 12, which was never closed; closed it here",
      ])
  }

  @Test func boundsDeepNestingAndReadsOn() throws {
    let deep =
      String(repeating: "<b>", count: 10_000) + "deep" + String(repeating: "</b>", count: 10_000)
    let result = readFrab(
      frabXML(
        frabDay([frabEvent(id: 1, more: "<description>\(deep)</description>"), frabEvent(id: 2)])))
    #expect(result.events.count == 2)
    #expect(result.events.first?.abstract == "deep")
    #expect(result.diagnostics.isEmpty)

    // Outside a text field, the depth is bounded and said once.
    let nested =
      String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
    let bounded = readFrab(frabXML(frabDay([frabEvent(id: 1, more: nested), frabEvent(id: 2)])))
    #expect(bounded.events.count == 2)
    #expect(
      bounded.messages == [
        "11: elements nested more than 256 deep; the deeper ones are skipped"
      ])
  }

  @Test(arguments: [
    ("25:99", "11: cannot read the duration '25:99' (hours:minutes); kept without an end"),
    ("abc", "11: cannot read the duration 'abc' (hours:minutes); kept without an end"),
    ("48:00", "11: the event runs past the end of the day after its day; kept without an end"),
  ])
  func reportsADurationItCannotUse(_ duration: String, _ message: String) throws {
    let result = readFrab(frabXML(frabDay([frabEvent(duration: duration)])))
    let event = try #require(result.events.first)
    #expect(event.start?.description == "10:30")
    #expect(event.end == nil)
    #expect(result.messages == [message])
  }

  @Test func reportsDatesAndStartsItCannotRead() throws {
    let events = [
      frabEvent(id: 1, date: "2024-13-45T10:30:00+01:00", start: "10:30"),
      frabEvent(id: 2, date: nil, start: "25h"),
      frabEvent(id: 3, date: "yesterday", start: nil),
    ]
    let result = readFrab(frabXML(frabDay(events)))
    // The first falls back to its start on its day; the others keep no time.
    #expect(result.events.map(\.timeRange) == ["10:30-11:00", "", ""])
    #expect(result.events.map(\.date?.description) == ["2024-12-27", "2024-12-27", "2024-12-27"])
    #expect(
      result.messages == [
        "11: cannot read the date '2024-13-45T10:30:00+01:00' (YYYY-MM-DDThh:mm:ss+hh:mm); its <start> is used",
        "12: cannot read the start '25h' (hours:minutes); kept without a time",
        "13: cannot read the date 'yesterday' (YYYY-MM-DDThh:mm:ss+hh:mm); kept without a time",
      ])
  }

  @Test func reportsAnUnknownZoneAndTakesTheOption() throws {
    let text = frabXML(frabDay([frabEvent()]), zone: "Mars/Olympus_Mons")
    let plain = readFrab(text)
    #expect(plain.events.first?.conference?.zone == nil)
    #expect(plain.events.first?.timeRange == "10:30-11:00")
    #expect(
      plain.messages == [
        "7: unknown time zone 'Mars/Olympus_Mons'; times are read as the file writes them"
      ])
    let zoned = readFrab(text, zone: "Europe/Berlin")
    #expect(zoned.events.first?.timeZone == "Europe/Berlin")
    #expect(
      zoned.messages == ["7: unknown time zone 'Mars/Olympus_Mons'; read in --zone Europe/Berlin"])
  }

  @Test func keepsTheFilesZoneOverTheOptionAndSaysSo() throws {
    let result = readFrab(frabXML(frabDay([frabEvent()])), zone: "America/New_York")
    #expect(result.events.first?.timeZone == "Europe/Berlin")
    #expect(
      result.messages == [
        "7: the file's time zone is Europe/Berlin; --zone America/New_York is not used"
      ])
  }

  /// The same event twice is read once; two events under one guid are both kept, and the
  /// guid then finds neither.
  @Test func reportsDuplicateGUIDs() throws {
    let events = [
      frabEvent(id: 1, guid: "dup", title: "Same"),
      frabEvent(id: 1, guid: "dup", title: "Same"),
      frabEvent(id: 2, guid: "twice", title: "One"),
      frabEvent(
        id: 3, guid: "twice", date: "2024-12-27T12:00:00+01:00", start: "12:00", title: "Other"),
    ]
    let result = readFrab(frabXML(frabDay(events)))
    #expect(result.events.map(\.title) == ["Same", "One", "Other"])
    #expect(
      result.messages == [
        "12: the event of line 11 again (guid dup); read once",
        "14: the guid twice also names the event of line 13; both kept, and the guid finds neither",
      ])
    let schedule = Schedule([result])
    #expect(schedule.event(matching: "twice") == nil)
    #expect(schedule.event(matching: "3")?.title == "Other")
  }

  @Test func reportsAnEventWithoutATitle() throws {
    let event =
      "<event id=\"1\" guid=\"g\"><date>2024-12-27T10:30:00+01:00</date><title> </title></event>"
    let result = readFrab(frabXML(frabDay([event])))
    #expect(result.events.map(\.title) == ["(untitled)"])
    #expect(result.messages == ["11: an event without a title; kept as '(untitled)'"])
  }

  @Test func readsALessThanInTextAsText() throws {
    let result = readFrab(frabXML(frabDay([frabEvent(title: "a < b")])))
    #expect(result.events.first?.title == "a < b")
    #expect(result.messages == ["11: a '<' that starts no tag; read as text (write it as &lt;)"])
  }

  @Test func reportsOnlyTheFirstProblemsOfABrokenFile() throws {
    let strays = String(repeating: "</nothing>\n", count: 1000)
    let result = readFrab(frabXML(frabDay([frabEvent()]) + strays))
    #expect(result.events.count == 1)
    #expect(result.diagnostics.count == FrabXMLParser.maximumProblems + 1)
    #expect(
      result.diagnostics.last?.message == "more problems with the XML from here on; not reported")
  }

  /// A large file is read in one pass: 10 MB of events, and 10 MB in one description.
  @Test func readsALargeFileInOnePass() throws {
    let events = (1...20_000).map {
      frabEvent(id: $0, more: "<abstract>" + String(repeating: "word ", count: 90) + "</abstract>")
    }
    let text = frabXML(frabDay(events))
    #expect(text.utf8.count > 10_000_000)
    let result = readFrab(text)
    #expect(result.events.count == 20_000)
    #expect(result.diagnostics.isEmpty)
    let long = frabXML(
      frabDay([
        frabEvent(
          more: "<description>" + String(repeating: "x", count: 10_000_000) + "</description>")
      ]))
    #expect(readFrab(long).events.first?.abstract?.utf8.count == 10_000_000)
  }
}
