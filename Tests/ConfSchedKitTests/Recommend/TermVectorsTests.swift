import Testing

@testable import ConfSchedKit

/// The tf-idf vectors read off the search index: what counts as a word, and that a thawed
/// index gives what a built one does.
@Suite("Term vectors")
struct TermVectorsTests {
  static let events: [Event] = [
    Event(
      kind: .oral, title: "Optimization of Deep Networks",
      authors: [Author(name: "Yoshua Bengio")],
      abstract: "We study optimization landscapes of networks.", source: at(1)),
    Event(
      kind: .oral, title: "Optimizations for Networks, Faster",
      authors: [Author(name: "Yoshua Bengio")],
      source: at(2)),
    Event(
      kind: .oral, title: "Bayesian Inference at Scale",
      authors: [Author(name: "Yoshua Smith", affiliation: "Deep Networks Lab")],
      notes: "optimization of deep networks", source: at(3)),
    Event(
      kind: .invitedTalk, title: "Causal Discovery", track: "Security and Privacy", source: at(4)),
    Event(
      kind: .invitedTalk, title: "Private Learning", track: "Security and Privacy", source: at(5)),
    Event(kind: .invitedTalk, title: "Unrelated Topic 2019", source: at(6)),
  ]

  static func at(_ line: Int) -> ConfSchedKit.SourceLocation {
    SourceLocation(file: "talks.txt", line: line)
  }

  @Test func anEventIsMostLikeItself() throws {
    let vectors = TermVectors(Self.events)
    let scores = vectors.scores(vectors.vector(of: 0))
    let first = try #require(scores.first)
    #expect(first.index == 0)
    #expect(abs(first.score - 1) < 1e-9)
  }

  /// A shared first name, an affiliation and the attendee's notes are not the paper's words.
  @Test func authorsAreWholeNamesAndNotesDoNotCount() {
    let vectors = TermVectors(Self.events)
    let scores = vectors.scores(vectors.vector(of: 0))
    #expect(scores.map(\.index) == [0, 1])
    let shared = vectors.sharedWords(vectors.vector(of: 0), vectors.vector(of: 1), limit: 10)
    #expect(Set(shared) == ["yoshua bengio", "optimization", "networks"], "\(shared)")
  }

  /// Tracks are not in the search index; their words still count, known or not.
  @Test func tracksCount() {
    let vectors = TermVectors(Self.events)
    let scores = vectors.scores(vectors.vector(of: 3))
    #expect(scores.map(\.index) == [3, 4])
    let shared = vectors.sharedWords(vectors.vector(of: 3), vectors.vector(of: 4))
    #expect(Set(shared) == ["security", "privacy"])
  }

  /// Words are explained in a form a text wrote, not as the index keys them (`optimiz`).
  @Test func interestsFindOtherFormsAndAreExplainedInTheEventsWords() {
    let vectors = TermVectors(Self.events)
    let interests = vectors.vector(for: "optimisations")
    #expect(interests.count == 1)
    #expect(vectors.sharedWords(interests, vectors.vector(of: 1)) == ["optimizations"])
    #expect(vectors.sharedWords(interests, vectors.vector(of: 0)) == ["optimization"])
    let shared = vectors.sharedWords(vectors.vector(of: 1), vectors.vector(of: 0))
    #expect(shared.contains("optimizations") && !shared.contains("optimization"), "\(shared)")
    // The field's own stopwords, numbers and letters tell nothing.
    #expect(vectors.vector(for: "study 2019 x").isEmpty)
    #expect(vectors.vector(for: "zzzqqq").isEmpty)
  }

  /// A thawed index reads its postings where they lie in the snapshot: the scores read off it
  /// are the built one's.
  @Test func aThawedIndexGivesTheSameScores() throws {
    var result = ReadResult()
    result.file = "talks.txt"
    result.events = Self.events
    let schedule = Schedule([result])
    let encoded = ScheduleSnapshot.encode(schedule, index: SearchIndex(schedule.events))
    let thawed = try #require(ScheduleSnapshot.decode(encoded))
    #expect(thawed.index.postingPlaces.isEmpty)
    let built = TermVectors(schedule.events)
    let read = TermVectors(thawed.schedule.events, index: thawed.index)
    for event in schedule.events.indices {
      let expected = built.scores(built.vector(of: event))
      let found = read.scores(read.vector(of: event))
      #expect(expected.map(\.index) == found.map(\.index))
      #expect(zip(expected, found).allSatisfy { abs($0.score - $1.score) < 1e-12 })
    }
  }
}
