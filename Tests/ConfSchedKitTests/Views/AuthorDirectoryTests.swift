import Testing

@testable import ConfSchedKit

/// People and their events: grouping of spellings, lookup by partial names, co-authors.
@Suite("Author directory")
struct AuthorDirectoryTests {
  let directory = AuthorDirectory(tuesday2018.events)

  func found(_ name: String) throws -> Person {
    guard case .found(let person) = directory.lookup(name) else {
      Issue.record("'\(name)' did not find one person: \(directory.lookup(name))")
      throw LookupFailed()
    }
    return person
  }

  struct LookupFailed: Error {}

  @Test func sortsPeopleByNumberOfEventsThenName() {
    #expect(
      directory.people.prefix(7).map(\.name) == [
        "Yoshua Bengio", "Aleksander Madry", "Bo Waggoner", "Dimitris Tsipras", "Michael Mozer",
        "Shibani Santurkar", "Ashish Khetan",
      ])
    #expect(directory.people.first?.events.count == 6)
    // 1,337 spellings; two fold to the same key.
    #expect(directory.people.count == 1336)
  }

  @Test(arguments: [
    ("gaetan", "Gaëtan Hadjeres"), ("GAËTAN hadjeres", "Gaëtan Hadjeres"),
    ("puschel", "Markus Püschel"), ("J. Kolter", "J. Zico Kolter"), ("zico", "J. Zico Kolter"),
    ("j zico kolter", "J. Zico Kolter"), ("rocktaschel", "Tim Rocktäschel"),
  ])
  func findsAPersonByAccentlessOrPartialName(_ query: String, _ name: String) throws {
    #expect(try found(query).name == name)
  }

  @Test func asksForMoreWhenANameFitsSeveralPeople() {
    guard case .ambiguous(let people) = directory.lookup("bengio") else {
      Issue.record("bengio should name two people")
      return
    }
    #expect(people.map(\.name) == ["Yoshua Bengio", "Samy Bengio"])
  }

  @Test func suggestsACloseNameWhenNoneMatches() throws {
    #expect(directory.lookup("hadjers") == .notFound(suggestions: [try found("gaetan")]))
    #expect(directory.lookup("zzzz") == .notFound(suggestions: []))
  }

  @Test func listsTheCoauthorsOfAPerson() throws {
    let kolter = try found("J. Kolter")
    #expect(kolter.events.map(\.id.rawValue) == ["hk4z3a"])
    #expect(
      directory.coauthors(of: kolter).map(\.name) == [
        "Eric Wong", "Frank Schmidt", "Jan Hendrik Metzen",
      ])
    let bengio = try found("Yoshua Bengio")
    let coauthors = directory.coauthors(of: bengio)
    #expect(coauthors.allSatisfy { $0.sharedEvents >= 1 && $0.key != bengio.key })
    #expect(coauthors.map(\.sharedEvents) == coauthors.map(\.sharedEvents).sorted(by: >))
  }

  @Test func groupsSpellingsThatFoldToOneKey() throws {
    let text = [
      card(title: "One", authors: "Gaetan Hadjeres · Ada Lovelace"),
      card(title: "Two", authors: "Gaëtan Hadjeres · Ada Lovelace"),
      card(title: "Three", authors: "Gaëtan Hadjeres · Gaëtan Hadjeres"),
    ].joined(separator: "\n\n")
    let directory = AuthorDirectory(Schedule([readCards(text, year: 2018)]).events)
    #expect(directory.people.map(\.name) == ["Gaëtan Hadjeres", "Ada Lovelace"])
    let person = try #require(directory.people.first)
    #expect(person.spellings == ["Gaëtan Hadjeres", "Gaetan Hadjeres"])
    // An author named twice on a card counts once.
    #expect(person.events.map(\.title) == ["One", "Three", "Two"])
    #expect(directory.coauthors(of: person).map(\.sharedEvents) == [2])
    // The real data's one merge: 'Tian Qi Chen' and 'Tianqi Chen' share a key.
    let chen = try found("Tianqi Chen")
    #expect(chen.spellings.sorted() == ["Tian Qi Chen", "Tianqi Chen"])
  }

  @Test func rendersAListAndAPerson() throws {
    let list = PeopleList(width: 80, style: .plain).render(directory.people(matching: "chen tian"))
    #expect(list == "  3  Tian Qi Chen (also Tianqi Chen)\n")
    let kolter = try found("J. Kolter")
    let text = PersonDetail(width: 100, style: .plain)
      .render(kolter, coauthors: directory.coauthors(of: kolter))
    #expect(
      text == """
        J. Zico Kolter · 1 event

        hk4z3a  Scaling provable adversarial defenses
                Poster · Tue Dec 4 2018 · 10:45-12:45 · Room 210 & 230 AB · board 133
                Eric Wong · Frank Schmidt · Jan Hendrik Metzen · J. Zico Kolter

        Co-authors in the loaded data (3):
          1  Eric Wong
          1  Frank Schmidt
          1  Jan Hendrik Metzen

        """)
  }

  @Test func growsLinearlyWithThePeoplesEvents() {
    // 20,000 events by the same two people, each named twice, in 3 spellings each: each card
    // was compared with all of a person's earlier ones (60,000 took over 20 s).
    let day = CalendarDate(year: 2018, month: 12, day: 4)
    let events = (0..<20_000).map { index in
      let spelling = ["Alice Smith", "ALICE SMITH", "Alice  Smith"][index % 3]
      return Event(
        id: EventID(rawValue: "e\(index)"), kind: .poster, title: "Paper \(index)",
        authors: [Author(name: spelling), Author(name: "Bob Jones"), Author(name: spelling)],
        date: day, start: LocalTime(minutes: 600 + index % 100), end: LocalTime(minutes: 720),
        source: SourceLocation(file: "f", line: index + 1))
    }
    let clock = ContinuousClock()
    let start = clock.now
    let directory = AuthorDirectory(events)
    let query = (0..<2700).map { "w\($0)zq" }.joined(separator: " ")
    let lookup = directory.lookup(query)
    #expect(clock.now - start < .seconds(30))
    #expect(directory.people.map(\.events.count) == [20_000, 20_000])
    #expect(directory.people.first?.spellings.count == 3)
    #expect(lookup == .notFound(suggestions: []))
  }
}
