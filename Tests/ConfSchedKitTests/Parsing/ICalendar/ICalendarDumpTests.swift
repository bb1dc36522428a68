import Foundation
import Testing

@testable import ConfSchedKit

/// The NeurIPS 2018 week as Google Calendar exported it: every event at the instant the file
/// gives, in the conference's zone, with its room, board, speakers, abstract and link.
@Suite("iCalendar: the NeurIPS 2018 calendar")
struct ICalendarDumpTests {
  static let name = "neurips2018-google-calendar.ics"

  static let result: ReadResult = {
    let bytes =
      (try? Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name))).map { [UInt8]($0) } ?? []
    guard let (source, _) = try? DumpFile.decode(bytes, name: name) else { return ReadResult() }
    return DumpReader.read(source)
  }()

  @Test func readsEveryEventWithoutWarnings() {
    #expect(Self.result.family == .iCalendar)
    #expect(Self.result.events.count == 293)
    #expect(Self.result.diagnostics.isEmpty)
    let conference = Self.result.conferences.first
    #expect(conference?.id == "neurips-2018")
    #expect(conference?.zone?.identifier == "America/Toronto")
  }

  /// Each event's instant against the file's own DTSTART and DTEND, read here independently
  /// (the UTC forms only, line by line).
  @Test func placesEveryEventAtTheFilesInstants() throws {
    let text = try String(contentsOfFile: fixtures + "/" + Self.name, encoding: .utf8)
    var starts: [Int] = []
    var ends: [Int] = []
    for line in text.split(separator: "\r\n") {
      for (prefix, into) in [("DTSTART:", 0), ("DTEND:", 1)] where line.hasPrefix(prefix) {
        let value = Array(line.dropFirst(prefix.count).utf8)
        func number(_ range: Range<Int>) -> Int {
          Int(String(decoding: value[range], as: UTF8.self)) ?? -1
        }
        let date = CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
        let minutes = (date?.daysSinceEpoch ?? 0) * 1440 + number(9..<11) * 60 + number(11..<13)
        if into == 0 { starts.append(minutes) } else { ends.append(minutes) }
      }
    }
    let events = Self.result.events
    #expect(starts.count == 293 && ends.count == 293)
    for (index, event) in events.enumerated() {
      let zone = try #require(event.conference?.zone)
      let date = try #require(event.date)
      let start = try #require(event.start)
      let end = try #require(event.end)
      #expect(zone.utcMinutes(on: date, at: start) == starts[index], "\(event.title)")
      #expect(zone.utcMinutes(on: date, at: end) == ends[index], "\(event.title)")
    }
  }

  @Test func readsRoomsBoardsSpeakersAndAbstracts() throws {
    let events = Self.result.events
    let demo = try #require(events.first { $0.title.hasPrefix("Game for Detecting Backdoor") })
    #expect(demo.room == "Room 510 ABCD")
    #expect(demo.board == "D4")
    #expect(demo.authors.count == 8)
    #expect(demo.authors.first?.name == "Casey Dugan")
    #expect(demo.abstract == "NIPS Demo Submission_2.pdf")
    #expect(demo.links.first?.url == "https://nips.cc/Conferences/2018/Schedule?showEvent=12176")
    #expect(demo.sourceIDs.count == 1)
    let oral = try #require(events.first { $0.title == "On Neuronal Capacity" })
    #expect(oral.authors.map(\.name) == ["Pierre Baldi", "Roman Vershynin"])
    #expect(oral.abstract?.hasPrefix("We define the capacity of a learning machine") == true)
    #expect(oral.date?.description == "2018-12-04")
    #expect(oral.timeRange == "10:05-10:20")
    #expect(oral.room == "Room 220 CD")
    // Lowercase names in a list are still speakers.
    let rides = try #require(events.first { $0.authors.contains { $0.name == "yan jiao" } })
    #expect(rides.authors.count == 4)
    // Breaks are known by their titles.
    #expect(events.filter { $0.title == "Coffee Break" }.allSatisfy { $0.kind == .breakTime })
    #expect(events.filter { $0.authors.isEmpty }.count == 21)
  }

  /// The same Tuesday as the bundled text dump: same titles at the same times and rooms.
  @Test func agreesWithTheTextDumpOnTheTuesday() throws {
    let calendar = Self.result.events.filter { $0.date?.description == "2018-12-04" }
    let card = DumpReader.read(try bundled("neurips-2018-12-04.txt")).events.filter {
      $0.kind != .poster
    }
    func key(_ event: Event) -> String {
      "\(event.timeRange) \(event.room ?? "") \(MarkdownBookTests.letters(event.title).lowercased())"
    }
    let fromCards = Set(card.map(key))
    let shared = calendar.filter { fromCards.contains(key($0)) }
    #expect(shared.count >= 60, "\(shared.count) of \(calendar.count)")
  }
}
