import Testing

@testable import ConfSchedKit

/// The fixture: the NeurIPS 2019 schedule page filtered to posters, named as diagnostics and
/// golden files show it.
let posterPageSource: DumpSource = {
  let name = "neurips2019-posters-schedule-page.html"
  let text = (try? DumpFile.load(fixtures + "/" + name))?.0.text ?? ""
  return DumpSource(name: name, text: text)
}()

/// What the page reader makes of the fixture, read once.
let posterPage = PageReader.read(posterPageSource)

/// The fixture's events with their ids.
let posterPageSchedule = Schedule([posterPage])

/// The real saved page: 1,428 posters over six sessions of Tuesday 10 to Thursday 12 December.
@Suite("NeurIPS 2019 posters page")
struct NeurIPS2019PosterPageTests {
  let events = posterPage.events

  @Test func readsEveryCardWithoutAWarning() {
    #expect(PageReader.sniff(posterPageSource))
    #expect(posterPageSource.text.utf8.count == 1_476_665)
    #expect(events.count == 1428)
    #expect(posterPage.diagnostics.map(\.description) == [])
    #expect(events.allSatisfy { $0.kind == .poster })
    #expect(posterPage.conferences.map(\.id) == ["neurips-2019"])
    #expect(events.allSatisfy { $0.timeZone == "America/Vancouver" })
    #expect(events.allSatisfy { $0.room == "East Exhibition Hall B + C" })
    #expect(events.allSatisfy { !$0.title.isEmpty && !$0.authors.isEmpty && $0.session != nil })
    #expect(Set(posterPageSchedule.events.map(\.id)).count == 1428)
  }

  @Test func countsPostersPerDay() {
    var counts: [String: Int] = [:]
    for event in events { counts[event.date?.description ?? "-", default: 0] += 1 }
    #expect(counts == ["2019-12-10": 457, "2019-12-11": 478, "2019-12-12": 493])
  }

  @Test func countsPostersPerSession() {
    var counts: [String: Int] = [:]
    for event in events { counts[slot(event), default: 0] += 1 }
    #expect(
      counts == [
        "2019-12-10 10:45-12:45": 229, "2019-12-10 17:30-19:30": 228,
        "2019-12-11 10:45-12:45": 236, "2019-12-11 17:00-19:00": 242,
        "2019-12-12 10:45-12:45": 248, "2019-12-12 17:00-19:00": 245,
      ])
  }

  @Test func numbersEverySessionsBoardsWithoutGapsOrRepeats() {
    var boards: [String: [Int]] = [:]
    for event in events { boards[slot(event), default: []].append(Int(event.board ?? "") ?? 0) }
    #expect(boards.count == 6)
    for (slot, numbers) in boards {
      #expect(numbers.sorted() == Array(1...numbers.count), "boards of \(slot)")
    }
  }

  @Test func groupsPostersIntoTheirParentSessions() {
    var counts: [String: Int] = [:]
    for event in events { counts[event.session ?? "-", default: 0] += 1 }
    #expect(counts.count == 139)
    #expect(counts["Deep Learning -- Generative Models"] == 67)
    #expect(counts["Reinforcement Learning and Planning -- Reinforcement Learning"] == 60)
    #expect(counts["Algorithms -- Components Analysis (e.g., CCA, ICA, LDA, PCA)"] == 10)
  }

  @Test func linksEveryPosterToItsEventPage() {
    let prefix = "https://nips.cc/Conferences/2019/Schedule?showEvent="
    #expect(events.allSatisfy { $0.links.count == 1 && $0.links[0].url.hasPrefix(prefix) })
    #expect(Set(events.map { $0.links.first?.url ?? "" }).count == 1428)
  }

  @Test func readsTheFirstPoster() throws {
    let first = try #require(events.first)
    #expect(first.title == "A Game Theoretic Approach to Class-wise Selective Rationalization")
    #expect(first.authors.map(\.name) == ["Shiyu Chang", "Yang Zhang", "Mo Yu", "Tommi Jaakkola"])
    #expect(first.date?.description == "2019-12-10")
    #expect(first.timeRange == "10:45-12:45")
    #expect(first.board == "1")
    #expect(first.session == "Algorithms -- Adversarial Learning")
    #expect(first.links.first?.url == "https://nips.cc/Conferences/2019/Schedule?showEvent=14027")
    #expect(
      first.source
        == SourceLocation(file: "neurips2019-posters-schedule-page.html", line: 583, column: 39))
  }

  @Test func readsTheLastPosterOfTheEveningSession() throws {
    let last = try #require(events.last)
    #expect(last.title == "On the Inductive Bias of Neural Tangent Kernels")
    #expect(last.authors.map(\.name) == ["Alberto Bietti", "Julien Mairal"])
    #expect(last.date?.description == "2019-12-12")
    #expect(last.timeRange == "17:00-19:00")
    #expect(last.board == "245")
    #expect(last.session == "Theory -- Spaces of Functions and Kernels")
    #expect(last.links.first?.url == "https://nips.cc/Conferences/2019/Schedule?showEvent=14236")
    #expect(last.source.line == 33404)
  }

  @Test func keepsAccentsAmpersandsAndGreekLetters() throws {
    let weightNorm = try #require(events.first { $0.title.hasPrefix("How to Initialize your") })
    #expect(
      weightNorm.title
        == "How to Initialize your Network? Robust Initialization for WeightNorm & ResNets")
    #expect(weightNorm.board == "199")
    #expect(weightNorm.date?.description == "2019-12-12")
    #expect(weightNorm.links.first?.url.hasSuffix("=14090") == true)

    let poincare = try #require(events.first { $0.title.hasPrefix("Continuous Hierarchical") })
    // The page's trailing space inside the `div` is gone.
    #expect(
      poincare.title
        == "Continuous Hierarchical Representations with Poincaré Variational Auto-Encoders")
    #expect(events.contains { $0.title == "Reconciling λ-Returns with Experience Replay" })

    let bojchevski = try #require(
      events.first { $0.authors.map(\.name) == ["Aleksandar Bojchevski", "Stephan Günnemann"] })
    #expect(bojchevski.source.line == 698)
  }

  @Test func matchesTheGoldenDump() throws {
    let all = posterPageSchedule.events
    let slice = Array(all.prefix(40)) + Array(all.suffix(10))
    try expectGolden(goldenText(slice), "neurips2019-posters-page-slice.txt")
  }

  /// `2019-12-10 17:30-19:30`: a poster session.
  func slot(_ event: Event) -> String {
    "\(event.date?.description ?? "-") \(event.timeRange)"
  }
}
