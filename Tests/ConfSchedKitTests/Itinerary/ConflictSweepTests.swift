import Testing

@testable import ConfSchedKit

/// The sweep that finds clashes against the definition it replaced: every pair compared.
@Suite("Conflict sweep")
struct ConflictSweepTests {
  /// A small deterministic generator (SplitMix64), so a failure replays.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  /// Events crowded into two days and three halls: posters that share sessions (their halls
  /// written in two cases), orals, demonstrations, moments without an end, untimed ones.
  func crowd(_ count: Int, seed: UInt64) -> [Event] {
    var random = Generator(state: seed)
    let kinds: [EventKind] = [.poster, .oral, .demonstration, .poster]
    let rooms = ["Room 210 & 230 AB", "room 210 & 230 ab", "Room 517 C", "Hall B"]
    return (0..<count).map { index in
      let start = 600 + 15 * Int.random(in: 0..<12, using: &random)
      let length = [0, 15, 60, 120][Int.random(in: 0..<4, using: &random)]
      return Event(
        id: EventID(rawValue: "e\(index)"), kind: kinds.randomElement(using: &random) ?? .oral,
        title: "Event \(index)",
        date: index % 17 == 0
          ? nil
          : CalendarDate(year: 2018, month: 12, day: 3 + Int.random(in: 0..<2, using: &random)),
        start: LocalTime(minutes: start),
        end: length == 0 ? nil : LocalTime(minutes: start + length),
        room: rooms.randomElement(using: &random), source: SourceLocation(file: "f", line: 1))
    }
  }

  func pairs(_ conflicts: Conflicts) -> [String] {
    conflicts.clashes.map { "\($0.first.id)/\($0.second.id) \($0.overlapStart)-\($0.overlapEnd)" }
  }

  /// Every pair, compared the old way, in the order `Conflicts` sorts them.
  func naivePairs(_ events: [Event], involving: Set<EventID>? = nil) -> Set<String> {
    var found: Set<String> = []
    for (index, event) in events.enumerated() {
      for other in events[(index + 1)...] where Conflicts.clash(event, other) {
        if let involving, !involving.contains(event.id) && !involving.contains(other.id) {
          continue
        }
        let (first, second) =
          other.chronologicalKey < event.chronologicalKey ? (other, event) : (event, other)
        let start = Swift.max(event.start?.minutes ?? 0, other.start?.minutes ?? 0)
        let end = Swift.min(event.end?.minutes ?? 0, other.end?.minutes ?? 0)
        found.insert(
          "\(first.id)/\(second.id) \(time(start))-\(time(end))")
      }
    }
    return found
  }

  func time(_ minutes: Int) -> String {
    LocalTime(minutes: minutes)?.description ?? "?"
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func findsTheSameClashesAsComparingEveryPair(seed: UInt64) {
    let events = crowd(160, seed: seed)
    let conflicts = Conflicts(events, in: tuesday2018)
    #expect(Set(pairs(conflicts)) == naivePairs(events))
    #expect(pairs(conflicts).count == naivePairs(events).count, "each pair once")
    #expect(conflicts.hasConflicts)
    #expect(!conflicts.sameSessionGroups.isEmpty)

    let partners = Conflicts.clashingPartners(events)
    for (index, event) in events.enumerated() {
      let expected = events.indices.filter { $0 != index && Conflicts.clash(event, events[$0]) }
      #expect(partners[index] == expected, "\(event.id)")
    }

    let candidates = Array(events.prefix(7))
    let check = Conflicts(checking: candidates, against: events, in: tuesday2018)
    #expect(Set(pairs(check)) == naivePairs(events, involving: Set(candidates.map(\.id))))
  }

  @Test func sortsClashesByDayAndStartOfTheOverlap() {
    let conflicts = Conflicts(crowd(160, seed: 9), in: tuesday2018)
    let keys = conflicts.clashes.map {
      [$0.first.date?.daysSinceEpoch ?? 0, $0.overlapStart.minutes]
    }
    #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
  }
}
