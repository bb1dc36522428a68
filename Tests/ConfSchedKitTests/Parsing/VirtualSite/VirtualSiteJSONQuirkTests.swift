import Testing

@testable import ConfSchedKit

/// Reads inline JSON with the virtual site's reader.
func readSiteJSON(
  _ text: String, name: String = "neurips-2025-orals-posters.json",
  options: ReadOptions = ReadOptions()
) -> ReadResult {
  DumpReader.read(DumpSource(name: name, text: text), options: options)
}

/// A program of the given events, one per line, in the site's form.
func siteProgram(_ events: String...) -> String {
  "{\"count\": \(events.count), \"next\": null, \"previous\": null, \"results\": [\n"
    + events.joined(separator: ",\n") + "\n]}\n"
}

/// An event with the usual fields, any of them replaced or added by `extra` (JSON members).
func siteEvent(
  id: Int = 1, name: String = "A Paper", type: String = "Poster",
  start: String = "2025-12-03T11:00:00-08:00", end: String = "2025-12-03T14:00:00-08:00",
  extra: String = ""
) -> String {
  "{\"id\": \(id), \"name\": \"\(name)\", \"eventtype\": \"\(type)\", \"starttime\": \"\(start)\", \"endtime\": \"\(end)\", \"virtualsite_url\": \"/virtual/2025/poster/\(id)\""
    + (extra.isEmpty ? "" : ", " + extra) + "}"
}

@Suite("Virtual site JSON quirks")
struct VirtualSiteJSONQuirkTests {
  /// A file cut short is refused, at the line and column where the JSON stops, by name.
  @Test func refusesATruncatedFileWhereItStops() {
    let text = String(siteProgram(siteEvent(), siteEvent(id: 2)).dropLast(40))
    let result = readSiteJSON(text)
    #expect(result.family == .virtualSite)
    #expect(result.events.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "neurips-2025-orals-posters.json:3:135: error: not valid JSON: unterminated string; the file ends too soon, as if cut short"
      ])
    let source = DumpSource(name: "x.json", text: text)
    #expect(
      DumpReader.refusal(source, reading: readSiteJSON(text, name: "x.json"))
        == "not valid JSON: unterminated string; the file ends too soon, as if cut short (line 3, column 135)"
    )
  }

  @Test(arguments: [
    (
      "{\"count\": 1, \"results\": [{\"id\": 1, \"id\": 2, \"eventtype\": \"Poster\", \"room_name\": \"A\"}]}",
      "1:36: error: not valid JSON: duplicate key 'id'"
    ),
    // Keys are matched on their bytes; one written with an escape is still the key it spells.
    (
      #"{"count": 1, "results": [{"name": "a", "n\u0061me": "b", "eventtype": "Poster", "room_name": "A"}]}"#,
      "1:40: error: not valid JSON: duplicate key 'name'"
    ),
    (
      "{\"count\": 1, \"results\": [{\"zz\": 1, \"zz\": 2, \"eventtype\": \"Poster\", \"room_name\": \"A\"}]}",
      "1:36: error: not valid JSON: duplicate key 'zz'"
    ),
    (
      "{\"count\": 1, \"results\": [{\"authors\": [{\"fullname\": \"a\", \"fullname\": \"b\"}], \"eventtype\": \"Poster\", \"room_name\": \"A\"}]}",
      "1:57: error: not valid JSON: duplicate key 'fullname'"
    ),
    (
      "{\"count\": 1, \"results\": [{\"eventtype\": \"Poster\", \"room_name\": \"A\"},]}",
      "1:68: error: not valid JSON: expected a value"
    ),
    (
      "{\"count\": 0, \"next\": null, \"previous\": null, \"results\": []}",
      "1:57: error: the program has no events yet"
    ),
    (
      "{\"count\": 1, \"results\": [{\"eventtype\": \"Poster\", \"room_name\": \"A\", \"visible\": false}]}",
      "1:25: error: the program's 1 events are all hidden (visible: false)"
    ),
    (
      "{\"eventtype\": \"Poster\", \"room_name\": \"A\"}",
      "1:1: error: JSON that is not the virtual site's program: it has no 'results' array"
    ),
  ])
  func refusesWhatIsNotAProgram(_ text: String, _ message: String) {
    let result = readSiteJSON(text, name: "x.json")
    #expect(result.events.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["x.json:" + message])
  }

  /// A key written with escapes is read as the field it spells; values of the wrong type are
  /// left out, an id written as a number is its digits.
  @Test func readsKeysWrittenWithEscapes() {
    let text = siteProgram(
      #"{"id": 7, "n\u0061me": "Escaped \"Key\"", "eventtyp\u0065": "Oral", "room_name": 12.5, "authors": [{"fulln\u0061me": "Ada Lovelace", "id": 3}], "visible": true}"#
    )
    let result = readSiteJSON(text)
    #expect(result.events.map(\.title) == [#"Escaped "Key""#])
    #expect(result.events.first?.kind.rawValue == "Oral")
    #expect(result.events.first?.room == nil)
    #expect(result.events.first?.sourceIDs == ["7"])
    #expect(result.events.first?.authors.map(\.name) == ["Ada Lovelace"])
  }

  @Test func readsABareArrayOfEventsOnOneLine() {
    let text = "[" + siteEvent(id: 7, name: "One") + "," + siteEvent(id: 8, name: "Two") + "]"
    let result = readSiteJSON(text)
    #expect(result.events.map(\.title) == ["One", "Two"])
    #expect(
      result.events.map(\.source.description) == [
        "neurips-2025-orals-posters.json:1:20", "neurips-2025-orals-posters.json:1:195",
      ])
  }

  /// An event with no name keeps a placeholder; one that ends before it starts loses its end;
  /// an unknown kind is kept as written; each says so where it stands.
  @Test func warnsAboutBadEventsAtTheirFields() {
    let text = siteProgram(
      siteEvent(id: 1, name: ""),
      siteEvent(id: 2, name: "Backwards", end: "2025-12-03T10:00:00-08:00"),
      siteEvent(id: 3, name: "Odd", type: "Fireside Chat Thing"),
      siteEvent(id: 4, name: "Odd too", type: "Fireside Chat Thing"),
      siteEvent(id: 5, name: "Garbled", start: "Dec 3 at 11"))
    let result = readSiteJSON(text)
    #expect(
      result.events.map(\.title) == [
        "(untitled poster)", "Backwards", "Odd", "Odd too", "Garbled",
      ])
    #expect(result.events[1].start?.description == "11:00")
    #expect(result.events[1].end == nil)
    #expect(result.events[2].kind.rawValue == "Fireside Chat Thing")
    #expect(result.events[4].date == nil)
    #expect(
      result.diagnostics.map(\.description) == [
        "neurips-2025-orals-posters.json:2:19: warning: an event with no name (id 1); kept as '(untitled poster)'",
        "neurips-2025-orals-posters.json:3:108: warning: the event ends (2025-12-03T10:00:00-08:00) before it starts (2025-12-03T11:00:00-08:00); its end is left out",
        "neurips-2025-orals-posters.json:4:39: warning: unknown event type 'Fireside Chat Thing' (2 events); kept as written",
        "neurips-2025-orals-posters.json:6:66: warning: cannot read the start time 'Dec 3 at 11'; kept without day and time",
      ])
  }

  /// An event after midnight belongs to the evening before, on that day's clock.
  @Test func putsAnEventAfterMidnightOnTheDayBefore() throws {
    let text = siteProgram(
      siteEvent(start: "2025-12-04T23:30:00-08:00", end: "2025-12-05T01:30:00-08:00"),
      siteEvent(id: 2, start: "2025-12-05T01:00:00-08:00", end: "2025-12-05T02:00:00-08:00"))
    let result = readSiteJSON(text)
    #expect(
      result.events.map {
        "\($0.date?.description ?? "") \($0.start?.extended ?? "")-\($0.end?.extended ?? "")"
      } == [
        "2025-12-04 23:30-25:30", "2025-12-04 25:00-26:00",
      ])
    let event = try #require(result.events.last)
    let zone = try #require(event.conference?.zone)
    let date = try #require(event.date)
    let start = try #require(event.start)
    #expect(
      zone.utcMinutes(on: date, at: start)
        == (CalendarDate(year: 2025, month: 12, day: 5)?.daysSinceEpoch ?? 0) * 1440 + 9 * 60)
  }

  /// A time in UTC is shown on the conference's clock; one with no offset is read on it.
  @Test func convertsOtherOffsetsAndReadsMissingOnesOnTheConferencesClock() {
    let text = siteProgram(
      siteEvent(start: "2025-12-03T19:00:00Z", end: "2025-12-03T22:00:00.000Z"),
      siteEvent(id: 2, start: "2025-12-03T11:00:00", end: "2025-12-03T12:00:00"))
    let result = readSiteJSON(text)
    #expect(result.events.map(\.timeRange) == ["11:00-14:00", "11:00-12:00"])
    #expect(
      result.diagnostics.map(\.message) == [
        "2 times without a UTC offset, read on the conference's clock"
      ])
  }

  /// Mexico City by its session, San Diego by default; an event with no session in Mexico
  /// City's offset is Mexico City's too.
  @Test func tellsThe2025CitiesApartBySessionThenOffset() {
    let text = siteProgram(
      siteEvent(extra: "\"session\": \"Mexico City Poster Session 1\""),
      siteEvent(id: 2, start: "2025-12-03T11:00:00-06:00", end: "2025-12-03T12:00:00-06:00"),
      siteEvent(id: 3))
    let result = readSiteJSON(text)
    #expect(
      result.events.map { $0.conference?.city ?? "-" } == [
        "Mexico City", "Mexico City", "San Diego",
      ])
    // The first is 11:00 in San Diego, 13:00 in Mexico City.
    #expect(result.events.map(\.timeRange) == ["13:00-16:00", "11:00-12:00", "11:00-14:00"])
  }

  /// An edition the table lacks (2021 met online) is shown at the file's own offset, or in
  /// `--zone`, with a warning; never in a guessed city.
  @Test func showsAnEditionTheTableLacksAtItsOffsetOrInZone() {
    let text = siteProgram(
      "{\"id\": 1, \"name\": \"Online\", \"eventtype\": \"Oral\", \"starttime\": \"2021-12-07T08:00:00-08:00\", \"virtualsite_url\": \"/virtual/2021/oral/1\"}"
    )
    let result = readSiteJSON(text, name: "neurips-2021-orals-posters.json")
    #expect(result.events.first?.conference?.id == "neurips-2021")
    #expect(result.events.first?.conference?.city == nil)
    #expect(result.events.first?.timeZone == "Etc/GMT+8")
    #expect(result.events.first?.start?.description == "08:00")
    #expect(
      result.diagnostics.map(\.message) == [
        "NeurIPS 2021 met online and has no city in the editions table: its times are shown in Etc/GMT+8 (the file's offset, UTC-08:00); pass --zone Area/City for another zone"
      ])
    let zoned = readSiteJSON(
      text, name: "neurips-2021-orals-posters.json",
      options: ReadOptions(zone: ZoneRule.named("Europe/London")))
    #expect(zoned.events.first?.timeZone == "Europe/London")
    #expect(zoned.events.first?.start?.description == "16:00")
  }

  /// ICML's file is ICML's conference, named after the file; `--year` overrides the links.
  @Test func namesTheConferenceAfterTheFileAndTakesYear() {
    let text = siteProgram(
      siteEvent(start: "2024-07-23T11:30:00+02:00", end: "2024-07-23T13:00:00+02:00"))
    let icml = readSiteJSON(text, name: "data/icml-2024-orals-posters.json")
    #expect(icml.events.first?.conference?.id == "icml-2025")
    #expect(icml.events.first?.timeZone == "Etc/GMT-2")
    let year = readSiteJSON(
      text, name: "icml-2024-orals-posters.json", options: ReadOptions(year: 2024))
    #expect(year.events.first?.conference?.name == "ICML 2024")
    #expect(year.events.first?.links.first?.url == "https://icml.cc/virtual/2025/poster/1")
  }

  @Test func decodesEntitiesAndFallsBackForTheKind() {
    let text = siteProgram(
      "{\"id\": 1, \"name\": \"Caf&eacute; &amp; Tea &#39;24\", \"virtualsite_url\": \"/virtual/2025/oral/1\", \"authors\": [\"Jos&eacute; Garc&iacute;a\", {\"fullname\": \"Ann Lee\", \"institution\": \"\"}], \"abstract\": \"Line one_x000D_ x000D line two &lt;b&gt;\", \"starttime\": null}",
      "{\"id\": 2, \"name\": \"Decided\", \"decision\": \"Accept (spotlight)\"}",
      "{\"id\": 3, \"name\": \"Nothing\", \"event_type\": \"{location} Poster\"}")
    let result = readSiteJSON(text)
    #expect(result.events.map(\.title) == ["Café & Tea '24", "Decided", "Nothing"])
    #expect(result.events.map(\.kind.rawValue) == ["Oral", "Spotlight", "Event"])
    #expect(result.events[0].authors == [Author(name: "José García"), Author(name: "Ann Lee")])
    #expect(result.events[0].abstract == "Line one line two <b>")
    #expect(
      result.diagnostics.map(\.message) == [
        "3 events have no time yet (no starttime); kept without day and time",
        "1 event has no eventtype, address or decision to tell its kind; kept as 'Event'",
      ])
  }

  /// A file of the first page of a longer program says so.
  @Test func warnsWhenTheFileHoldsOnlyPartOfTheProgram() {
    let text =
      "{\"count\": 2891, \"next\": \"https://eccv.ecva.net/api/x?page=2\", \"results\": ["
      + siteEvent() + "]}"
    let result = readSiteJSON(text)
    #expect(result.events.count == 1)
    #expect(
      result.diagnostics.map(\.message) == [
        "the file holds 1 of the 2891 events of the program; the rest are on the site's next pages (its 'next'), not in this file"
      ])
  }

  @Test func linksTheFilesGroupsTransitivelyAndIgnoresUnknownIDs() {
    let text = siteProgram(
      siteEvent(id: 1, name: "A", extra: "\"related_events_ids\": [2]"),
      siteEvent(id: 2, name: "A again", extra: "\"related_events_ids\": [3, 99]"),
      siteEvent(
        id: 3, name: "A once more", type: "Oral", start: "2025-12-04T10:00:00-08:00",
        end: "2025-12-04T10:15:00-08:00"),
      siteEvent(
        id: 4, name: "A", start: "2025-12-05T10:00:00-08:00", end: "2025-12-05T12:00:00-08:00"))
    let result = readSiteJSON(text)
    #expect(result.slotGroups == [[0, 1, 2]])
  }

  @Test(arguments: [
    ("2025-12-05T16:30:00-08:00", "2025-12-05 16:30", -480),
    ("2025-12-05T16:30-0800", "2025-12-05 16:30", -480),
    ("2025-12-05 16:30:59.123+05:30", "2025-12-05 16:30", 330),
    ("2025-12-05T16:30:00Z", "2025-12-05 16:30", 0),
  ])
  func readsTimestamps(_ text: String, _ local: String, _ offset: Int) throws {
    let timestamp = try #require(ISOTimestamp(text))
    #expect(timestamp.local.description == local)
    #expect(timestamp.offset == offset)
  }

  @Test(arguments: ["2025-12-05", "2025-13-05T10:00", "2025-12-05T24:00", "2025-12-05T10:00+", "x"])
  func refusesWhatIsNotATimestamp(_ text: String) {
    #expect(ISOTimestamp(text) == nil)
  }
}
