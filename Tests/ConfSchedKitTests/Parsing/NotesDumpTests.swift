import Foundation
import Testing

@testable import ConfSchedKit

/// A fixture in Tests/Fixtures as a source.
func fixture(_ name: String) throws -> DumpSource {
  DumpSource(name: name, text: try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8))
}

/// How many events of each kind.
func kindCounts(_ events: [Event]) -> [String: Int] {
  var counts: [String: Int] = [:]
  for event in events { counts[event.kind.rawValue, default: 0] += 1 }
  return counts
}

/// The real notes dumps: 000 (NeurIPS 2019 Tuesday) and the same author's whole week.
@Suite("Notes dumps: 000 and the week")
struct NotesDumpTests {
  static let day = "000_db99492d52d67cef.txt"
  static let week = "neurips2019-week-amitkus.md"

  @Test func reads000IntoSeventeenEvents() throws {
    let result = NotesReader.read(try fixture(Self.day))
    // 16 titled events and the untitled oral session at 16:10.
    #expect(result.events.count == 17)
    #expect(
      kindCounts(result.events) == ["Oral": 3, "Spotlight": 10, "Demonstration": 3, "Social": 1])
    #expect(result.events.filter { $0.title.hasPrefix("(untitled") }.count == 1)
    #expect(result.events.allSatisfy { $0.date?.description == "2019-12-10" })
    #expect(result.conferences.map(\.id) == ["neurips-2019"])
  }

  @Test func reportsExactlyTheDefectsOf000() throws {
    let result = NotesReader.read(try fixture(Self.day))
    #expect(
      descriptions(result) == [
        "000_db99492d52d67cef.txt:133:1: warning: the session has no title; kept as '(untitled oral session)'",
        "000_db99492d52d67cef.txt:133:1: warning: '04:10 am' is out of order between 10:05 and 16:50; read as 16:10",
      ])
  }

  @Test func readsTheSessionsOf000() throws {
    let events = NotesReader.read(try fixture(Self.day)).events
    #expect(
      events.filter { $0.kind == .oral }.map(\.timeRange) == ["10:05", "16:10", "16:50"])
    let untitled = try #require(events.first { $0.title == "(untitled oral session)" })
    #expect(untitled.room == "West Exhibition Hall C + B3")
    #expect(untitled.notes?.hasPrefix("Representations of Probability Distribution:") == true)
    #expect(untitled.notes?.hasSuffix("What is Flow based models?") == true)
    let spotlights = events.filter { $0.kind == .spotlight }
    #expect(spotlights.allSatisfy { $0.start == nil && $0.end == nil })
    #expect(spotlights.prefix(5).allSatisfy { $0.room == "West Ballroom C" })
    #expect(spotlights.suffix(5).allSatisfy { $0.room == "West Exhibition Hall C + B3" })
    let demos = events.filter { $0.kind == .demonstration }
    #expect(demos.map(\.board) == ["802", "803", "813"])
    #expect(demos.allSatisfy { $0.timeRange == "17:30-22:30" })
    let sequential = try #require(events.first { $0.title == "Sequential Neural Processes" })
    #expect(sequential.source.line == 99)
  }

  @Test func readsTheWeekIntoSeventySixEvents() throws {
    let result = NotesReader.read(try fixture(Self.week))
    #expect(result.events.count == 76)
    #expect(
      kindCounts(result.events) == [
        "Oral": 9, "Spotlight": 45, "Workshop": 8, "Social": 6, "Tutorial": 3,
        "Demonstration": 3, "Talk": 2,
      ])
    var perDay: [String: Int] = [:]
    for event in result.events { perDay[event.date?.description ?? "-", default: 0] += 1 }
    #expect(
      perDay == [
        "2019-12-08": 6, "2019-12-09": 5, "2019-12-10": 19, "2019-12-11": 18,
        "2019-12-12": 21, "2019-12-13": 3, "2019-12-14": 4,
      ])
  }

  @Test func reportsExactlyTheDefectsOfTheWeek() throws {
    let result = NotesReader.read(try fixture(Self.week))
    let file = Self.week
    #expect(
      descriptions(result) == [
        "\(file):101:1: warning: '04:10 am' is out of order between 10:05 and 16:50; read as 16:10",
        "\(file):213:11: warning: 2019-12-11 is a Wednesday in 2019, not a Tuesday",
        "\(file):312:95: warning: the link gives 2019-12-10, not the day's date 2019-12-11; the heading is kept",
        "\(file):321:100: warning: the link gives 2019-12-10, not the day's date 2019-12-11; the heading is kept",
        "\(file):356:3: warning: the day heading repeats Dec 11 of the heading before it; read as Thursday 12 December 2019, the date its links give",
        "\(file):360:1: warning: '10:05' has no am or pm; read as 10:05",
        #"\#(file):364:1: warning: a blank line parts this from the event above (whose line ends in '\'); read as part of it"#,
        "\(file):440:1: warning: '03:50' has no am or pm; read as 15:50",
      ])
  }

  @Test func readsTheDaysOfTheWeek() throws {
    let events = NotesReader.read(try fixture(Self.week)).events
    func event(_ title: String) throws -> Event {
      try #require(events.first { $0.title == title }, "missing \(title)")
    }
    #expect(try event("Causal Confusion in Imitation Learning").timeRange == "16:10")
    #expect(try event("British Parliamentary Style Debate").date?.description == "2019-12-12")
    let brainLike = try event(
      "Brain-Like Object Recognition with High-Performing Shallow Recurrent ANNs")
    #expect(brainLike.date?.description == "2019-12-12")
    #expect(brainLike.timeRange == "10:05")
    #expect(brainLike.authors.map(\.name) == ["James J DiCarlo"])
    #expect(
      try event("Average Individual Fairness: Algorithms, Generalization and Experiments")
        .timeRange == "15:50")
    #expect(try event("Geometry-Aware Neural Rendering").date?.description == "2019-12-11")
    #expect(try event("Opening Remarks").kind.rawValue == "Talk")
    #expect(try event("Opening Reception").kind == .social)
    #expect(try event("Bayesian Deep Learning").kind == .workshop)
    #expect(try event("Interpretable Comparison of Distributions and Models").authors.count == 3)
    let sgd = try event("SGD on Neural Networks Learns Functions of Increasing Complexity")
    #expect(sgd.room == "West Ballrooms A + B")
    #expect(sgd.kind == .spotlight)
    #expect(events.filter { $0.kind == .demonstration }.map(\.board) == ["8", "9", "2"])
    // The expo book linked under Sunday is not an event.
    #expect(!events.contains { $0.title == "Expo Flyer" })
  }

  @Test func givesTheEventsBothDumpsHoldTheSameIds() throws {
    let day = Schedule([NotesReader.read(try fixture(Self.day))]).events
    let week = Schedule([NotesReader.read(try fixture(Self.week))]).events
    let weekIDs = Dictionary(
      week.map { ($0.title, $0.id) }, uniquingKeysWith: { first, _ in first })
    // The week has no demonstrations on Tuesday and titles the 16:10 oral.
    let shared = day.filter { weekIDs[$0.title] != nil }
    #expect(shared.count == 13)
    #expect(shared.allSatisfy { weekIDs[$0.title] == $0.id })
  }

  @Test func matchesTheGoldenDumpOf000() throws {
    let result = NotesReader.read(try fixture(Self.day))
    try expectGolden(goldenText(Schedule([result]).events), "000_db99492d52d67cef.txt")
  }

  @Test func matchesTheGoldenDumpOfTheWeek() throws {
    let result = NotesReader.read(try fixture(Self.week))
    try expectGolden(goldenText(Schedule([result]).events), "neurips2019-week-amitkus.txt")
  }
}
