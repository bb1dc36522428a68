import Testing

@testable import ConfSchedKit

/// The real dump in Data/: 001, NeurIPS 2018, Tuesday 4 December.
@Suite("NeurIPS 2018 Tuesday dump")
struct NeurIPS2018TuesdayTests {
  let events = tuesday2018.events

  @Test func countsEveryKind() {
    #expect(events.count == 409)
    var counts: [String: Int] = [:]
    for event in events { counts[event.kind.rawValue, default: 0] += 1 }
    #expect(
      counts == [
        "Poster": 338, "Spotlight": 42, "Oral": 12, "Demonstration": 10, "Break": 5,
        "Invited Talk": 2,
      ])
  }

  @Test func linksEveryOralAndSpotlightToItsPoster() {
    let talks = events.filter { $0.kind == .oral || $0.kind == .spotlight }
    let linked = talks.filter { talk in
      tuesday2018.twins(of: talk).contains { $0.kind == .poster }
    }
    #expect(linked.count == 54)
    // And the link runs both ways.
    for talk in linked {
      for twin in tuesday2018.twins(of: talk) { #expect(twin.alsoPresented.contains(talk.id)) }
    }
  }

  @Test func givesEveryEventAUniqueShortId() {
    #expect(Set(events.map(\.id)).count == 409)
    #expect(events.allSatisfy { $0.id.rawValue.count == 6 })
    let lunches = events.filter { $0.title == "Lunch on your own" }
    #expect(lunches.count == 2)
    #expect(lunches[0].id != lunches[1].id)
  }

  @Test func keepsIdsStableAcrossRunsAndMachines() throws {
    // Ids are a pure function of the content: these never change.
    let ntk = try #require(
      events.first { $0.title.hasPrefix("Neural Tangent Kernel") && $0.kind == .spotlight })
    #expect(ntk.id.rawValue == "54azkd")
    let again = Schedule([CardReader.read(try bundled("neurips-2018-12-04.txt"))])
    #expect(again.events.map(\.id) == events.map(\.id))
  }

  @Test func readsTheSixWrappedTitles() {
    let titles = Set(events.map(\.title))
    for title in [
      "Constrained Generation of Semantically Valid Graphs via Regularizing Variational Autoencoders",
      "BML: A High-performance, Low-cost Gradient Synchronization Algorithm for DML Training",
      "Generalisation of structural knowledge in the hippocampal-entorhinal system",
      "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
      "Bias and Generalization in Deep Generative Models: An Empirical Study",
      "Differentially Private Testing of Identity and Closeness of Discrete Distributions",
    ] {
      #expect(titles.contains(title), "missing \(title)")
    }
  }

  @Test func readsTimesRoomsAndBoards() throws {
    let lunch = try #require(events.first { $0.title == "Lunch on your own" })
    #expect(lunch.timeRange == "12:45-14:15")
    #expect(lunch.room == nil)
    let townHall = try #require(events.first { $0.title == "Town Hall" })
    #expect(townHall.timeRange == "13:15-14:15")
    let demo = try #require(events.first { $0.title.hasPrefix("Deep learning to improve quality") })
    #expect(demo.timeRange == "10:45-19:30")
    #expect(demo.room == "Room 510 ABCD")
    #expect(demo.board == "D5")
    let keynote = try #require(events.first { $0.kind == .invitedTalk })
    #expect(keynote.room == "Rooms 220 CDE")
    #expect(events.allSatisfy { $0.date?.description == "2018-12-04" })
  }

  /// The dump's one unreadable line; a demo whose abstract is a file name keeps it.
  @Test func reportsExactlyTheDefectOfTheDump() {
    #expect(
      tuesday2018.diagnostics.map(\.description) == [
        "neurips-2018-12-04.txt:1741:2: warning: unreadable LaTeX author line; the card is left without authors"
      ])
    #expect(events.contains { $0.abstract == "NIPS Demo Submission 2.pdf" })
  }

  @Test func matchesTheGoldenDump() throws {
    try expectGolden(goldenText(events), "neurips-2018-12-04.txt")
  }
}

@Suite("Build-time snapshot")
struct SnapshotTests {
  @Test func thawsTheSameScheduleAndIndex() throws {
    let index = SearchIndex(tuesday2018.events)
    let text = ScheduleSnapshot.encode(tuesday2018, index: index)
    let contents = try #require(ScheduleSnapshot.decode(text))
    let (schedule, thawed) = (contents.schedule, contents.index)
    #expect(schedule.events == tuesday2018.events)
    #expect(schedule.conferences == tuesday2018.conferences)
    #expect(schedule.diagnostics == tuesday2018.diagnostics)
    for query in ["neural tangent", "hadjers", "\"generative prior\"", "optim", "bengio"] {
      #expect(thawed.search(SearchQuery(query)).hits == index.search(SearchQuery(query)).hits)
    }
    #expect(schedule.event(EventID(rawValue: "54azkd"))?.kind == .spotlight)
  }

  @Test func rejectsWhatIsNotASnapshot() {
    #expect(ScheduleSnapshot.decode("") == nil)
    #expect(ScheduleSnapshot.decode("confsched-snapshot-3\n") == nil)
    #expect(ScheduleSnapshot.decode("confsched-snapshot-0\n   ") == nil)
  }
}
