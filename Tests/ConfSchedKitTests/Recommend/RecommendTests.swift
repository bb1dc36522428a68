import ConfSchedData
import Testing

@testable import ConfSchedKit

/// Papers like this one, and a day planned around interests, on the bundled data.
@Suite("Similar, recommend, plan")
struct RecommendTests {
  static let bundled: (schedule: Schedule, vectors: TermVectors) = {
    let results = BundledDump.all.map { DumpReader.read(DumpSource(name: $0.name, text: $0.text)) }
    let schedule = Schedule(results)
    return (schedule, TermVectors(schedule.events))
  }()

  @Test func findsTheOtherNeuralTangentKernelPapersFirst() throws {
    let (schedule, vectors) = Self.bundled
    let spotlight = try #require(schedule.event(EventID(rawValue: "54azkd")))
    #expect(spotlight.title.hasPrefix("Neural Tangent Kernel"))
    let similar = SimilarEvents(to: spotlight, in: schedule, vectors: vectors, limit: 10)
    // Its own poster is its slot, not a similar paper.
    #expect(similar.ownSlots.map(\.kind) == [.poster])
    #expect(
      !similar.matches.contains {
        TextFolding.key($0.event.title) == TextFolding.key(spotlight.title)
      })
    let ntk = schedule.events.filter {
      $0.title.lowercased().contains("neural tangent")
        && TextFolding.key($0.title) != TextFolding.key(spotlight.title)
    }
    let papers = Set(ntk.map { TextFolding.key($0.title) })
    #expect(papers.count >= 2)
    let top = similar.matches.prefix(papers.count).map { TextFolding.key($0.event.title) }
    #expect(Set(top) == papers, "\(similar.matches.map(\.event.title))")
    #expect(similar.matches.first?.sharedWords.contains("tangent") == true)
  }

  @Test func neverRecommendsWhatIsOnTheItinerary() throws {
    let (schedule, vectors) = Self.bundled
    let spotlight = try #require(schedule.event(EventID(rawValue: "54azkd")))
    let itinerary = [spotlight] + schedule.twins(of: spotlight)
    let recommended = Recommendations(for: itinerary, in: schedule, vectors: vectors, limit: 20)
    #expect(!recommended.items.isEmpty)
    let onIt = Set(itinerary.map(\.id))
    #expect(recommended.items.allSatisfy { !onIt.contains($0.match.event.id) })
    for item in recommended.items where item.fit == .fits {
      #expect(!itinerary.contains { Conflicts.clash($0, item.match.event) })
    }
  }

  @Test func plansADayWithoutClashes() throws {
    let (schedule, vectors) = Self.bundled
    let day = CalendarDate(year: 2018, month: 12, day: 4)
    let plan = DayPlan(
      interests: vectors.vector(for: "generative adversarial networks, variational inference"),
      schedule: schedule, vectors: vectors, day: day, kinds: nil)
    #expect(plan.picks.count >= 5)
    #expect(plan.picks.allSatisfy { $0.event.date == day && !$0.reasons.isEmpty })
    for (index, pick) in plan.picks.enumerated() {
      for other in plan.picks[(index + 1)...] {
        #expect(
          !Conflicts.clash(pick.event, other.event), "\(pick.event.title) / \(other.event.title)")
      }
    }
    let titles = Set(plan.picks.map { TextFolding.key($0.event.title) })
    #expect(titles.count == plan.picks.count)
  }
}

extension Recommendations.Fit {
  static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.fits, .fits): return true
    case (.otherSlotFits(let a), .otherSlotFits(let b)): return a.id == b.id
    case (.clashes(let a), .clashes(let b)): return a.map(\.id) == b.map(\.id)
    default: return false
    }
  }
}
