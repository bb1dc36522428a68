import Testing

@testable import ConfSchedKit

/// Conflicts in itineraries made of real NeurIPS 2018 Tuesday events.
@Suite("Itinerary conflicts")
struct ConflictTests {
  /// `id` and what the test reads of it: `kind time room board`.
  func summary(_ event: Event) -> String {
    "\(event.id) \(event.kind) \(event.timeRange) \(event.room ?? "-") #\(event.board ?? "-")"
  }

  func events(_ ids: String...) throws -> [Event] {
    try ids.map(tuesdayEvent)
  }

  @Test func resolvesTwoOralsAtOnceByTheirEveningPosters() throws {
    // Two orals at 15:50 in different rooms, and a morning poster that is in nobody's way.
    let itinerary = try events("mg7h2x", "34byzr", "fmqjdg")
    let conflicts = Conflicts(itinerary, in: tuesday2018)
    #expect(conflicts.hasConflicts)
    #expect(conflicts.untimed.isEmpty && conflicts.sameSessionGroups.isEmpty)
    let conflict = try #require(conflicts.clashes.first)
    #expect(conflicts.clashes.count == 1)
    #expect(summary(conflict.first) == "mg7h2x Oral 15:50-16:05 Room 220 CD #-")
    #expect(summary(conflict.second) == "34byzr Oral 15:50-16:05 Room 220 E #-")
    #expect("\(conflict.overlapStart)-\(conflict.overlapEnd)" == "15:50-16:05")
    // Either talk can be skipped for its poster in the evening session.
    #expect(
      conflict.resolutions.map { "skip \($0.skipped.id): \(summary($0.alternative))" } == [
        "skip mg7h2x: \(conflict.first.alsoPresented[0]) Poster 17:00-19:00 Room 210 & 230 AB #19",
        "skip 34byzr: \(conflict.second.alsoPresented[0]) Poster 17:00-19:00 Room 210 & 230 AB #3",
      ])
    // The same paper (the dump dropped the poster title's hyphen: twins match on folded titles).
    #expect(conflict.resolutions[0].alternative.alsoPresented == [conflict.first.id])
    #expect(conflict.resolutions.allSatisfy { !$0.isPlanned })
  }

  @Test func offersAPosterInTheSameSessionAsAPlannedOne() throws {
    // Two orals at 10:05; the first one's poster (board 142) is already planned. The second
    // one's poster (board 101) is in the same session as board 142: no clash, so it resolves.
    // The oral at 10:30-10:45 ends as the posters begin: touching is not clashing.
    let itinerary = try events("nhrdf4", "tad7rj", "fmqjdg", "hu3qsa")
    let conflicts = Conflicts(itinerary, in: tuesday2018)
    #expect(conflicts.clashes.count == 1)
    let conflict = try #require(conflicts.clashes.first)
    #expect([conflict.first.id, conflict.second.id].map(\.rawValue) == ["nhrdf4", "tad7rj"])
    #expect(
      conflict.resolutions.map {
        "\($0.skipped.id) -> \($0.alternative.id) #\($0.alternative.board ?? "-") \($0.isPlanned)"
      }
        == ["nhrdf4 -> fmqjdg #142 true", "tad7rj -> 9nsdrf #101 false"])
  }

  @Test func anAllDayDemonstrationIsAWalkInNotAClash() throws {
    // A demonstration runs 10:45-19:30 in Room 510: it overlaps the orals' posters (10:45-12:45,
    // in another hall) and the afternoon's orals, but one drops in between them, so the one
    // clash stays one and its ways out stay offered.
    let itinerary = try events("nhrdf4", "tad7rj", "cszeva", "mg7h2x")
    let conflicts = Conflicts(itinerary, in: tuesday2018)
    #expect(conflicts.clashes.map { "\($0.first.id)/\($0.second.id)" } == ["nhrdf4/tad7rj"])
    #expect(
      conflicts.clashes[0].resolutions.map(\.alternative.id.rawValue) == ["fmqjdg", "9nsdrf"])
    let walkIns = Conflicts.walkIns(itinerary)
    #expect(walkIns.map(\.event.id.rawValue) == ["cszeva"])
    #expect(walkIns[0].alongside.map(\.id.rawValue) == ["mg7h2x"])
    #expect(!Conflicts.clash(itinerary[2], itinerary[3]))
  }

  @Test func checksACandidateBeforeItIsAdded() throws {
    let itinerary = try events("mg7h2x", "fmqjdg")
    let candidate = try tuesdayEvent("34byzr")
    let check = Conflicts(checking: candidate, against: itinerary, in: tuesday2018)
    #expect(check.clashes.count == 1)
    let conflict = try #require(check.clashes.first)
    #expect(conflict.event(otherThan: candidate.id).id.rawValue == "mg7h2x")
    #expect(conflict.resolutions.map(\.alternative.board) == ["19", "3"])

    // A candidate already planned is compared with the rest, never with itself.
    let planned = Conflicts(checking: candidate, against: itinerary + [candidate], in: tuesday2018)
    #expect(planned.clashes.map { "\($0.first.id)/\($0.second.id)" } == ["mg7h2x/34byzr"])
    #expect(!Conflicts(checking: itinerary[0], against: itinerary, in: tuesday2018).hasConflicts)

    // A poster in the session of a planned poster joins its group instead of clashing.
    let poster = try tuesdayEvent("9nsdrf")
    let join = Conflicts(checking: poster, against: itinerary, in: tuesday2018)
    #expect(!join.hasConflicts)
    #expect(join.sameSessionGroups.map { $0.events.map(\.board) } == [["101", "142"]])
  }

  @Test func groupsPostersOfOneSessionInBoardOrder() throws {
    // Three morning posters, two evening posters, two demonstrations: none clash.
    let itinerary = try events("fmqjdg", "5a8kty", "9nsdrf", "cszeva", "r2gnzt")
    let evening =
      tuesday2018.twins(of: try tuesdayEvent("mg7h2x"))
      + tuesday2018.twins(of: try tuesdayEvent("34byzr"))
    let conflicts = Conflicts(itinerary + evening, in: tuesday2018)
    // The demonstrations (10:45-19:30, Room 510 ABCD) overlap the posters elsewhere, but
    // both are walk-ins: no clash...
    #expect(!conflicts.hasConflicts)
    #expect(
      Conflicts.walkIns(itinerary + evening).map { "\($0.event.id) \($0.alongside.count)" } == [
        "9nsdrf 2", "fmqjdg 2", "5a8kty 2", "r2gnzt 5", "cszeva 5", "q8hq2t 2", "p7a3mr 2",
      ])
    // ...but not with each other: each session is one group, in walking order.
    #expect(
      conflicts.sameSessionGroups.map { group in
        "\(group.date) \(group.start)-\(group.end) \(group.room): "
          + group.events.map { $0.board ?? "-" }.joined(separator: " ")
      } == [
        "2018-12-04 10:45-12:45 Room 210 & 230 AB: 101 142 162",
        "2018-12-04 10:45-19:30 Room 510 ABCD: D3 D5",
        "2018-12-04 17:00-19:00 Room 210 & 230 AB: 3 19",
      ])
    let posters = Conflicts(itinerary.filter { $0.kind == .poster } + evening, in: tuesday2018)
    #expect(!posters.hasConflicts)
    #expect(posters.sameSessionGroups.count == 2)
  }

  @Test func listsUntimedEventsApartAndNeverClashesThem() throws {
    let oral = try tuesdayEvent("nhrdf4")
    let day = CalendarDate(year: 2018, month: 12, day: 4)
    let noStart = Event(
      id: EventID(rawValue: "nostrt"), kind: .social, title: "Some social", date: day,
      source: SourceLocation(file: "notes.md", line: 4))
    let noDay = Event(
      id: EventID(rawValue: "nodayy"), kind: .poster, title: "A poster", start: oral.start,
      end: oral.end, source: SourceLocation(file: "notes.md", line: 9))
    // A start with no end is a moment: it does not clash with the oral it falls in.
    let moment = Event(
      id: EventID(rawValue: "moment"), kind: .social, title: "Photo", date: day,
      start: LocalTime("10:10"), source: SourceLocation(file: "notes.md", line: 12))
    let conflicts = Conflicts([noStart, oral, noDay, moment, noStart], in: tuesday2018)
    #expect(!conflicts.hasConflicts)
    #expect(conflicts.untimed.map(\.id.rawValue) == ["nostrt", "nodayy"])
    #expect(Conflicts(checking: noStart, against: [oral], in: tuesday2018).untimed == [noStart])
  }

  @Test func findsClashesWithAMissingEntrysSnapshot() throws {
    // An entry whose dump is gone still has its times: it clashes, but offers no twin.
    var itinerary = Itinerary()
    itinerary.add(try tuesdayEvent("mg7h2x"), addedAt: "t1")
    var moved = try tuesdayEvent("34byzr")
    moved.id = EventID(rawValue: "gone99")
    itinerary.add(moved, addedAt: "t2")
    let resolved = itinerary.resolve(against: tuesday2018)
    #expect(resolved.map(\.isMissing) == [false, true])
    let conflicts = Conflicts(resolved.map(\.event), in: tuesday2018)
    #expect(conflicts.clashes.count == 1)
    #expect(conflicts.clashes[0].resolutions.map(\.skipped.id.rawValue) == ["mg7h2x"])
  }
}
