import ConfSchedData
import Foundation
import Testing

@testable import ConfSchedKit

/// `Schedule.init` hashes events through `EventHashing`, which formats days, times and rooms
/// once each and groups twins by a hash: the ids and twins must be the ones the plain
/// definitions give, or every itinerary's ids would change.
@Suite("Event hashing")
struct EventHashingTests {
  /// Every bundled dump read as a part, as a schedule is built from them.
  static let parts: [Schedule.Part] = BundledDump.all.map {
    DumpReader.read(DumpSource(name: $0.name, text: $0.text)).part
  }

  @Test func contentHashesAreTheDefinitionsOnEveryBundledEvent() {
    var hashing = EventHashing()
    var compared = 0
    for event in Self.parts.flatMap(\.events) {
      let titleKey = TextFolding.key(event.title)
      #expect(
        hashing.contentHash(event, titleKey: titleKey)
          == Schedule.contentHash(event, titleKey: titleKey), "\(event.title)")
      compared += 1
    }
    #expect(compared > 1800)
  }

  @Test func contentHashesCoverMissingDaysTimesAndRooms() {
    let bare = Event(kind: .oral, title: "A talk", source: SourceLocation(file: "a.txt", line: 1))
    var roomed = bare
    roomed.room = "Room 220 CD"
    roomed.date = CalendarDate(year: 2026, month: 12, day: 7)
    var hashing = EventHashing()
    for event in [bare, roomed, bare, roomed] {
      #expect(
        hashing.contentHash(event, titleKey: "atalk")
          == Schedule.contentHash(event, titleKey: "atalk"))
    }
    #expect(
      hashing.contentHash(bare, titleKey: "atalk")
        != hashing.contentHash(roomed, titleKey: "atalk"))
  }

  /// A room written precomposed and the same room written decomposed are equal as strings
  /// but fold to different keys (the combining marks are dropped): each keeps its own hash.
  @Test func roomsEqualAsStringsKeepTheirOwnKeys() {
    let composed = "Hội trường A"
    let decomposed = composed.decomposedStringWithCanonicalMapping
    #expect(composed == decomposed)
    #expect(TextFolding.key(composed) != TextFolding.key(decomposed))
    var hashing = EventHashing()
    for room in [composed, decomposed, composed, decomposed] {
      var event = Event(kind: .oral, title: "A talk", source: SourceLocation(file: "a", line: 1))
      event.room = room
      #expect(
        hashing.contentHash(event, titleKey: "atalk")
          == Schedule.contentHash(event, titleKey: "atalk"), "\(Array(room.unicodeScalars))")
    }
  }

  /// Titles equal as strings (one precomposed, one not) are twins, as a table keyed by the
  /// strings made them; an event without a conference is the twin of one whose conference
  /// has no id, as the text key made them.
  @Test func twinsOfTitlesEqualAsStrings() {
    func event(_ title: String, _ day: Int) -> Event {
      Event(
        kind: .poster, title: title, conference: Conference.neurIPS(year: 2025),
        date: CalendarDate(year: 2025, month: 12, day: day), start: LocalTime("10:00"),
        source: SourceLocation(file: "a.txt", line: day))
    }
    let title = "한국어 논문 제목"
    var bare = event("Same Elsewhere", 5)
    bare.conference = nil
    var unnamed = event("Same Elsewhere", 6)
    unnamed.conference = Conference(id: "", name: "", year: 2025, city: nil, zone: nil)
    let events = [
      event(title, 2), event(title.decomposedStringWithCanonicalMapping, 3),
      event("Other", 4), bare, unnamed,
    ]
    let twins = Schedule([
      Schedule.Part(file: "a.txt", family: .card, conferences: [], events: events, diagnostics: [])
    ]).events
    #expect(twins.map(\.alsoPresented) == Self.expectedTwins(twins))
    #expect(twins[0].alsoPresented == [twins[1].id])
    #expect(twins[1].alsoPresented == [twins[0].id])
    #expect(twins[3].alsoPresented == [twins[4].id])
  }

  /// Each event's twins as grouping by the conference and title key as text made them (how
  /// they were grouped before the hash).
  static func expectedTwins(_ events: [Event]) -> [[EventID]] {
    var groups: [String: [Int]] = [:]
    for (index, event) in events.enumerated()
    where !event.kind.isBreak && !event.title.hasPrefix("(untitled") {
      groups[(event.conference?.id ?? "") + "|" + TextFolding.key(event.title), default: []]
        .append(index)
    }
    var expected = [[EventID]](repeating: [], count: events.count)
    for members in groups.values where (2...Schedule.maximumSlots).contains(members.count) {
      let ordered = members.sorted { events[$0].chronologicalKey < events[$1].chronologicalKey }
      for index in members {
        expected[index] = ordered.filter { other in
          other != index
            && (events[other].date != events[index].date
              || events[other].start != events[index].start
              || events[other].room != events[index].room)
        }.map { events[$0].id }
      }
    }
    return expected
  }

  /// The twins the bundled data gets, against grouping by the keys as text.
  @Test func twinsAreThoseOfGroupingByTheKeysThemselves() {
    let events = Schedule(Self.parts).events
    let expected = Self.expectedTwins(events)
    #expect(events.map(\.alsoPresented) == expected)
    #expect(expected.filter { !$0.isEmpty }.count > 100)
  }

  @Test func twinsNeedTheSameConferenceAndTitleKey() {
    func event(_ title: String, _ day: Int, year: Int = 2025) -> Event {
      Event(
        kind: .poster, title: title, conference: Conference.neurIPS(year: year),
        date: CalendarDate(year: year, month: 12, day: day), start: LocalTime("10:00"),
        source: SourceLocation(file: "a.txt", line: day))
    }
    let part = Schedule.Part(
      file: "a.txt", family: .card, conferences: [],
      events: [
        event("Deep Nets, Revisited", 2), event("deep nets revisited", 3),
        event("Deep Nets Revisited", 4, year: 2024), event("Deep Nets Re-visited!", 5),
      ], diagnostics: [])
    let events = Schedule([part]).events
    #expect(events[0].alsoPresented == [events[1].id, events[3].id])
    #expect(events[1].alsoPresented == [events[0].id, events[3].id])
    #expect(events[2].alsoPresented.isEmpty)
  }

  @Test func breaksPlaceholdersAndCrowdsAreNeverTwins() {
    func event(_ kind: EventKind, _ title: String, _ day: Int) -> Event {
      Event(
        kind: kind, title: title, conference: Conference.neurIPS(year: 2025),
        date: CalendarDate(year: 2025, month: 12, day: 1 + day % 28), start: LocalTime("10:00"),
        room: "Room \(day)", source: SourceLocation(file: "a.txt", line: day))
    }
    let crowd = (0..<(Schedule.maximumSlots + 1)).map { event(.poster, "Same Title", $0) }
    let part = Schedule.Part(
      file: "a.txt", family: .card, conferences: [],
      events: [
        event(.breakTime, "Lunch", 1), event(.breakTime, "Lunch", 2),
        event(.poster, "(untitled poster)", 3), event(.poster, "(untitled poster)", 4),
      ] + crowd, diagnostics: [])
    #expect(Schedule([part]).events.allSatisfy { $0.alsoPresented.isEmpty })
  }
}
