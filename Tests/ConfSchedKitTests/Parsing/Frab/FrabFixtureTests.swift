import Foundation
import Testing

@testable import ConfSchedKit

/// Reads a fixture file with detection, as the loader does.
func readFixture(_ name: String, options: ReadOptions = ReadOptions()) throws -> ReadResult {
  let (source, _) = try DumpFile.load(fixtures + "/" + name)
  return DumpReader.read(source, options: options)
}

/// The real `schedule.xml` and `schedule.json` files, checked event by event against an
/// independent reading of the same file (Foundation's parsers): counts, rooms, tracks, people,
/// and every event's instant against the file's own `date`.
@Suite("frab fixtures")
struct FrabFixtureTests {
  struct Expectation: Sendable, CustomTestStringConvertible {
    var file: String
    var events: Int
    var rooms: Int
    var tracks: Set<String>
    var id: String
    var name: String
    var year: Int
    var zone: String
    var days: [String]
    var testDescription: String { file }
  }

  static let expectations: [Expectation] = [
    Expectation(
      file: "38c3-schedule-20251206.xml", events: 1007, rooms: 72,
      tracks: [
        "Art & Beauty", "Ethics, Society & Politics", "Hardware & Making", "Science", "Security",
        "Entertainment", "CCC",
      ], id: "38c3", name: "38C3", year: 2024, zone: "Europe/Berlin",
      days: ["2024-12-27", "2024-12-28", "2024-12-29", "2024-12-30"]),
    Expectation(
      file: "frab-camp2019.json", events: 79, rooms: 2,
      tracks: [
        "Security", "Ethics, Society & Politics", "Hardware & Making", "Art & Culture", "CCC",
        "Science", "Entertainment",
      ], id: "camp2019", name: "Chaos Communication Camp 2019", year: 2019, zone: "Europe/Berlin",
      days: ["2019-08-21", "2019-08-22", "2019-08-23", "2019-08-24", "2019-08-25"]),
    Expectation(
      file: "pretalx-democon.json", events: 36, rooms: 2, tracks: ["Horizontal", "Phased"],
      id: "democon", name: "DemoCon", year: 2020, zone: "UTC",
      days: ["2020-12-14", "2020-12-15", "2020-12-16"]),
  ]

  @Test(arguments: expectations)
  func readsTheWholeFile(_ expected: Expectation) throws {
    let result = try readFixture(expected.file)
    #expect(result.family == .frab)
    #expect(result.events.count == expected.events)
    #expect(Set(result.events.compactMap(\.room)).count == expected.rooms)
    #expect(Set(result.events.compactMap(\.track)) == expected.tracks)
    #expect(Set(result.events.compactMap(\.date).map(\.description)) == Set(expected.days))
    let conference = try #require(result.conferences.first)
    #expect(result.conferences.count == 1)
    #expect(conference.id == expected.id)
    #expect(conference.name == expected.name)
    #expect(conference.year == expected.year)
    #expect(conference.zone?.identifier == expected.zone)
    #expect(result.events.allSatisfy { $0.conference == conference })
  }

  @Test(arguments: expectations)
  func everyEventIsWhatTheFileSays(_ expected: Expectation) throws {
    let result = try readFixture(expected.file)
    let path = fixtures + "/" + expected.file
    let independent =
      expected.file.hasSuffix(".xml")
      ? try independentXMLEvents(path) : try independentJSONEvents(path)
    #expect(independent.count == expected.events)
    let byGUID = Dictionary(uniqueKeysWithValues: independent.map { ($0.guid, $0) })
    for event in result.events {
      let guid = try #require(event.sourceIDs.first)
      let truth = try #require(byGUID[guid], "\(guid) is not in the file")
      #expect(event.sourceIDs == [truth.guid, truth.id], "\(guid)")
      // Runs of spaces in a title are collapsed.
      #expect(event.title == Markup.collapsingSpaces(truth.title), "\(guid)")
      #expect(event.room == truth.room, "\(guid)")
      #expect(event.track == (truth.track.isEmpty ? nil : truth.track), "\(guid)")
      #expect(event.language == (truth.language.isEmpty ? nil : truth.language), "\(guid)")
      #expect(event.kind.rawValue == truth.type, "\(guid)")
      #expect(event.authors.map(\.name) == truth.persons.map(Markup.collapsingSpaces), "\(guid)")
      // The instant the model gives is the file's own `date`.
      let zone = try #require(event.conference?.zone)
      let date = try #require(event.date)
      let start = try #require(event.start)
      #expect(zone.utcMinutes(on: date, at: start) == truth.instantMinutes, "\(guid)")
      let duration = try #require(FrabTime.duration(truth.duration))
      #expect(event.end.map { $0.minutes - start.minutes } == duration, "\(guid)")
    }
  }

  @Test func the38C3FileHasNoWarnings() throws {
    let result = try readFixture("38c3-schedule-20251206.xml")
    #expect(result.diagnostics.isEmpty)
    #expect(try readFixture("frab-camp2019.json").diagnostics.isEmpty)
  }

  /// The events EventFahrplan's own tests assert on (`ParserTaskTest`), as this model holds
  /// them.
  @Test func readsTheOpeningCeremonyAsEventFahrplanDoes() throws {
    let result = try readFixture("38c3-schedule-20251206.xml")
    let event = try #require(result.events.first { $0.sourceIDs.contains("2") })
    #expect(event.sourceIDs == ["270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "2"])
    #expect(event.title == "38C3: Opening Ceremony")
    #expect(event.kind.rawValue == "Ceremony")
    #expect(event.track == "CCC")
    #expect(event.language == "en")
    #expect(event.authors.map(\.name) == ["Gabriela Bogk", "Senficon", "Aline Blankertz"])
    #expect(event.date?.description == "2024-12-27")
    #expect(event.timeRange == "10:30-11:00")
    #expect(event.room == "Saal 1")
    #expect(
      event.abstract
        == "Glad you could make it! Take a seat and buckle up for a ride through four days of chaotic adventures."
    )
    #expect(
      event.links == [
        Link(
          label: "Event page",
          url: "https://events.ccc.de/congress/2024/hub/de/event/38c3-opening-ceremony/")
      ])
    #expect(event.source.line == 24)
  }

  @Test func decodesEntitiesAndKeepsAnEmptyTrackEmpty() throws {
    let result = try readFixture("38c3-schedule-20251206.xml")
    let event = try #require(result.events.first { $0.sourceIDs.contains("765") })
    #expect(event.title == "CTF: WTF?! - Capture The Flag für Einsteiger")
    #expect(event.kind.rawValue == "Talk 60 (45min +15 Q&A)")
    #expect(event.track == nil)
    #expect(event.language == "de")
    #expect(event.room == "Stage HUFF")
    #expect(event.timeRange == "13:30-14:30")
    #expect(
      event.abstract
        == "Capture The Flag (CTF) für Einsteiger: Wie man legal \"hacken\" ueben kann, warum man das tun sollte und wo man anfaengt."
    )
  }

  /// Day 1 of 38C3 runs to 06:00 the next morning: its 18 events from midnight on are on its
  /// clock from 24:00, and their instants are still the file's.
  @Test func keepsEventsAfterMidnightOnTheirDay() throws {
    let result = try readFixture("38c3-schedule-20251206.xml")
    let firstDay = result.events.filter { $0.date?.description == "2024-12-27" }
    #expect(firstDay.count == 245)
    let late = firstDay.filter { ($0.start?.minutes ?? 0) >= 1440 }
    #expect(late.count == 18)
    let party = try #require(late.first { $0.start?.extended == "25:00" })
    #expect(party.start?.description == "01:00")
  }

  /// DemoCon names UTC as its zone but writes every `date` at +01:00 and every `start` as the
  /// +01:00 wall clock: the instants win, shown in UTC, and one warning says so.
  @Test func reportsStartsThatDisagreeWithTheirInstantsOnce() throws {
    let result = try readFixture("pretalx-democon.json")
    #expect(result.diagnostics.count == 1)
    let warning = try #require(result.diagnostics.first)
    #expect(warning.location.line == 36)
    #expect(
      warning.message
        == "the start 09:00 disagrees with the date 2020-12-14T09:00:00+01:00, which is 08:00 in UTC; the time follows the date (and 35 more events alike)"
    )
    let first = try #require(result.events.first)
    #expect(first.timeRange == "08:00-08:30")
  }

  @Test func readsCampLinksAndPeople() throws {
    let result = try readFixture("frab-camp2019.json")
    let fomu = try #require(
      result.events.first { $0.links.contains { $0.label == "Fomu Website" } })
    #expect(fomu.links.map(\.url).contains("https://github.com/im-tomu"))
    let opening = try #require(result.events.first { $0.title == "Opening Ceremony" })
    #expect(opening.authors.map(\.name) == ["jinxx", "smtw"])
    #expect(opening.kind.rawValue == "lecture")
    #expect(opening.sourceIDs == ["a0a0fcfe-b7fb-46e3-84b6-97a5406016b4", "10386"])
    #expect(opening.source.line == 22)
  }
}
