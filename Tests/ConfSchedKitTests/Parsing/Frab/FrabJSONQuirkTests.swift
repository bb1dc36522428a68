import Testing

@testable import ConfSchedKit

/// A `schedule.json` around some events of one day, one a line from line 13.
func frabJSON(
  _ events: [String], zone: String? = "Europe/Berlin", date: String = "2024-12-27",
  room: String = "Saal 1"
) -> String {
  """
  {
    "schedule": {
      "version": "1",
      "base_url": "https://example.org/demo/",
      "conference": {
        "acronym": "demo2024", "title": "Demo Conference", "start": "2024-12-27",
        \(zone.map { "\"time_zone_name\": \"\($0)\"," } ?? "")
        "days": [
          {
            "index": 1, "date": "\(date)", "day_start": "\(date)T06:00:00+01:00",
            "day_end": "2024-12-28T06:00:00+01:00",
            "rooms": { "\(room)": [
  \(events.joined(separator: ",\n"))
            ] }
          }
        ]
      }
    }
  }
  """
}

/// One event object on one line, with the members given (`"id": 1, "guid": ...` and so on).
func jsonEvent(_ members: String = "", id: Int = 1) -> String {
  let base =
    #""id": \#(id), "guid": "g-\#(id)", "date": "2024-12-27T10:30:00+01:00", "start": "10:30", "duration": "00:30", "room": "Saal 1", "title": "A Talk", "type": "Talk""#
  return "{" + base + (members.isEmpty ? "" : ", " + members) + "}"
}

/// The variants of `schedule.json` that frab, pretalx and the c3voc hub write.
@Suite("frab JSON quirks")
struct FrabJSONQuirkTests {
  func read(_ text: String, zone: String? = nil) -> ReadResult {
    DumpReader.read(
      DumpSource(name: "inline.json", text: text),
      options: ReadOptions(zone: zone.flatMap(ZoneRule.named)))
  }

  @Test func readsAnEvent() throws {
    let result = read(frabJSON([jsonEvent()]))
    #expect(result.family == .frab)
    #expect(result.diagnostics.isEmpty)
    let event = try #require(result.events.first)
    #expect(event.title == "A Talk")
    #expect(event.timeRange == "10:30-11:00")
    #expect(event.date?.description == "2024-12-27")
    #expect(event.source.line == 13)
    #expect(event.sourceIDs == ["g-1", "1"])
    #expect(event.conference?.id == "demo2024")
  }

  @Test func readsPeopleLinksAndTextsPerLanguage() throws {
    let members = """
      "persons": [{"id": 1, "public_name": "Ada  Lovelace"}, {"code": "X1", "name": "Alan Turing", "answers": [{"q": 1}]}, "Grace Hopper"], \
      "links": [{"url": "https://example.org/slides", "title": "Slides"}, "https://example.org/bare"], \
      "attachments": [{"url": "/media/paper.pdf", "title": "Paper", "type": "paper"}], \
      "abstract": {"de": "Kurz.", "en": "Short."}, "track": null, "language": "en", "code": "ABC123"
      """
    let result = read(frabJSON([jsonEvent(members), jsonEvent(id: 2)]))
    #expect(result.diagnostics.isEmpty)
    let event = try #require(result.events.first)
    #expect(event.authors.map(\.name) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"])
    #expect(
      event.links == [
        Link(label: "Slides", url: "https://example.org/slides"),
        Link(label: "Link", url: "https://example.org/bare"),
        Link(label: "Paper", url: "https://example.org/media/paper.pdf"),
      ])
    #expect(event.abstract == "Short.")
    #expect(event.track == nil)
    #expect(event.language == "en")
    #expect(event.sourceIDs == ["g-1", "1", "ABC123"])
    // The objects inside the first event do not throw the second one's line off.
    #expect(result.events.map(\.source.line) == [13, 14])
  }

  /// The newer `end` instant wins over the older `duration`.
  @Test func takesTheEndInstantOverTheDuration() throws {
    let result = read(frabJSON([jsonEvent(#""end": "2024-12-27T11:45:00+01:00""#)]))
    #expect(result.events.first?.timeRange == "10:30-11:45")
  }

  @Test func readsAnEventAfterMidnightOnItsDay() throws {
    let late = jsonEvent(#""date": "2024-12-28T01:30:00+01:00", "start": "01:30""#)
      .replacingFirst(#""date": "2024-12-27T10:30:00+01:00", "start": "10:30", "#, with: "")
    let result = read(frabJSON([late]))
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.first?.date?.description == "2024-12-27")
    #expect(result.events.first?.start?.extended == "25:30")
  }

  @Test func refusesJSONThatDoesNotParseWithItsLineAndColumn() throws {
    let text = frabJSON([jsonEvent()]).replacingFirst(
      #""title": "A Talk","#, with: #""title": "A Talk""#)
    let result = read(text)
    #expect(result.events.isEmpty)
    #expect(result.messages == ["13: not valid JSON: expected ',' or '}'"])
    #expect(result.diagnostics.first?.severity == .error)
    let refusal = DumpReader.refusal(DumpSource(name: "x", text: text), reading: result)
    #expect(refusal.hasPrefix("not valid JSON: expected ',' or '}' (line 13, column "))
  }

  @Test func reportsEventsOfTheWrongShape() throws {
    let result = read(frabJSON(["42", jsonEvent()]))
    #expect(result.events.count == 1)
    #expect(result.messages == ["9: an event of 'Saal 1' that is not an object; skipped"])
  }

  @Test func refusesAScheduleWithoutEvents() throws {
    let result = read(#"{"schedule": {"conference": {"title": "Empty", "days": []}}}"#)
    #expect(result.events.isEmpty)
    #expect(result.messages == ["1: a schedule that lists no events"])
  }

  @Test func reportsDuplicateGUIDs() throws {
    let result = read(frabJSON([jsonEvent(), jsonEvent()]))
    #expect(result.events.count == 1)
    #expect(result.messages == ["14: the event of line 13 again (guid g-1); read once"])
  }

  @Test func readsAScheduleWithoutAZoneInTheOption() throws {
    let plain = read(frabJSON([jsonEvent()], zone: nil))
    #expect(plain.events.first?.conference?.zone == nil)
    #expect(plain.diagnostics.count == 1)
    let zoned = read(frabJSON([jsonEvent()], zone: nil), zone: "Europe/Berlin")
    #expect(zoned.diagnostics.isEmpty)
    #expect(zoned.events.first?.timeZone == "Europe/Berlin")
  }

  @Test func readsNumbersWhereTextIsExpected() throws {
    let result = read(
      frabJSON([
        jsonEvent(#""language": 7, "type": 3.5"#).replacingFirst(#", "type": "Talk""#, with: "")
      ]))
    #expect(result.events.first?.language == "7")
    #expect(result.events.first?.kind.rawValue == "3.5")
  }
}

extension String {
  /// The text with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
