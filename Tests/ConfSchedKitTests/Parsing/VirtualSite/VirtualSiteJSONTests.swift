import Foundation
import Testing

@testable import ConfSchedKit

/// The virtual site's program JSON, on the fixture made to the format's description, checked
/// field by field against Foundation's own parse of the same file.
@Suite("Virtual site JSON")
struct VirtualSiteJSONTests {
  static let name = "neurips-2025-orals-posters.json"

  static func read(_ name: String = name) throws -> (ReadResult, [[String: Any]]) {
    let text = try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
    let result = DumpReader.read(DumpSource(name: name, text: text))
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let records = try #require(object?["results"] as? [[String: Any]])
    return (result, records)
  }

  @Test func readsEveryVisibleEventAndNoHiddenOne() throws {
    let (result, records) = try Self.read()
    #expect(result.family == .virtualSite)
    let visible = records.filter { $0["visible"] as? Bool != false }
    #expect(result.events.count == visible.count)
    #expect(result.events.count == 7)
    #expect(!result.events.contains { $0.title == "A Withdrawn Paper" })
    #expect(
      result.diagnostics.map(\.description) == [
        "neurips-2025-orals-posters.json:248:5: warning: an event has no time yet (no starttime); kept without day and time"
      ])
  }

  /// Each event, field by field, against the independent parse: entities decoded, the board
  /// without its `#`, the site's id and uid as source ids.
  @Test func readsEachFieldAsTheFileGivesIt() throws {
    let (result, records) = try Self.read()
    let visible = records.filter { $0["visible"] as? Bool != false }
    for (event, record) in zip(result.events, visible) {
      let name = try #require(record["name"] as? String)
      #expect(event.title == HTMLEntities.decode(name))
      #expect(event.kind.rawValue == record["eventtype"] as? String)
      #expect(event.session == record["session"] as? String)
      #expect(event.room == record["room_name"] as? String)
      #expect(event.track == record["topic"] as? String)
      let board = (record["poster_position"] as? String).map { String($0.dropFirst()) }
      #expect(event.board == board)
      let id = try #require(record["id"] as? Int)
      let uid = try #require(record["uid"] as? String)
      #expect(event.sourceIDs == [String(id), uid])
      let authors = try #require(record["authors"] as? [[String: Any]])
      #expect(event.authors.map(\.name) == authors.compactMap { $0["fullname"] as? String })
      #expect(event.authors.map(\.affiliation) == authors.map { $0["institution"] as? String })
      let url = try #require(record["virtualsite_url"] as? String)
      #expect(event.links.first == Link(label: "Event page", url: "https://neurips.cc" + url))
    }
  }

  /// Every timed event's instant, on its conference's clock, is the file's own `starttime`
  /// and `endtime`.
  @Test func placesEveryEventAtTheFilesOwnInstant() throws {
    let (result, records) = try Self.read()
    let visible = records.filter { $0["visible"] as? Bool != false }
    let format = ISO8601DateFormatter()
    var timed = 0
    for (event, record) in zip(result.events, visible) {
      guard let start = record["starttime"] as? String else {
        #expect(event.date == nil && event.start == nil)
        continue
      }
      timed += 1
      let zone = try #require(event.conference?.zone)
      let date = try #require(event.date)
      let expectedStart = try #require(format.date(from: start))
      let eventStart = try #require(event.start)
      #expect(
        zone.utcMinutes(on: date, at: eventStart) * 60 == Int(expectedStart.timeIntervalSince1970))
      let endText = try #require(record["endtime"] as? String)
      let end = try #require(format.date(from: endText))
      let eventEnd = try #require(event.end)
      #expect(zone.utcMinutes(on: date, at: eventEnd) * 60 == Int(end.timeIntervalSince1970))
    }
    #expect(timed == 6)
  }

  /// 2025 met in San Diego and Mexico City: each event in its city's conference, by its
  /// session's name, at its city's wall-clock time.
  @Test func placesEachEventInItsCity() throws {
    let (result, _) = try Self.read()
    let byID = Dictionary(uniqueKeysWithValues: result.events.map { ($0.sourceIDs[0], $0) })
    let poster = try #require(byID["125010"])
    #expect(poster.conference?.id == "neurips-2025-mexico-city")
    #expect(poster.timeZone == "America/Mexico_City")
    #expect("\(poster.date?.description ?? "") \(poster.timeRange)" == "2025-12-04 11:00-14:00")
    let oral = try #require(byID["119900"])
    #expect(oral.conference?.id == "neurips-2025")
    #expect(oral.timeZone == "America/Los_Angeles")
    #expect("\(oral.date?.description ?? "") \(oral.timeRange)" == "2025-12-05 10:00-10:20")
    #expect(result.conferences.map(\.id) == ["neurips-2025", "neurips-2025-mexico-city"])
  }

  /// The oral and poster the file links are one paper's slots; two papers that share a title
  /// but no link stay apart; a poster and oral linked by ids are one paper even when their
  /// titles are written differently.
  @Test func linksSlotsByTheFilesIDsNotByTitle() throws {
    let (result, _) = try Self.read()
    let schedule = Schedule([result])
    func event(_ id: String) throws -> Event {
      try #require(schedule.events.first { $0.sourceIDs.first == id })
    }
    #expect(schedule.twins(of: try event("119718")).map(\.sourceIDs[0]) == ["119900"])
    #expect(schedule.twins(of: try event("119900")).map(\.sourceIDs[0]) == ["119718"])
    #expect(schedule.twins(of: try event("121004")).isEmpty)
    #expect(schedule.twins(of: try event("121005")).isEmpty)
    #expect(schedule.twins(of: try event("125010")).map(\.sourceIDs[0]) == ["125011"])
    #expect(schedule.event(matching: "119718")?.title.hasPrefix("Graph Transformers &") == true)
  }

  @Test func cleansTheAbstractsHTML() throws {
    let (result, _) = try Self.read()
    #expect(
      result.events.first?.abstract
        == "We study graph transformers & message passing. Attention over $k$-hop neighbourhoods helps."
    )
    #expect(result.events.last?.abstract == nil)
  }

  @Test func matchesTheGoldenFile() throws {
    let (result, _) = try Self.read()
    try expectGolden(goldenText(Schedule([result]).events), "neurips-2025-orals-posters.txt")
  }
}
