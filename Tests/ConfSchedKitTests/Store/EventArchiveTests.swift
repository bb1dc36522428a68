import ConfSchedData
import Testing

@testable import ConfSchedKit

/// A thawed snapshot keeps its events frozen and thaws the ones asked for: each must come out
/// as the event that went in, whichever way it is reached.
@Suite("Event archive")
struct EventArchiveTests {
  /// The 38C3 schedule (72 rooms, frab ids, nights past midnight), read once.
  static let congress: Schedule = {
    let result = try? readFixture("38c3-schedule-20251206.xml")
    return Schedule(result.map { [$0] } ?? [])
  }()

  /// A snapshot of a schedule, thawed, with or without the string table the build step uses.
  func thawed(_ schedule: Schedule, stringTable: Bool) throws -> Schedule {
    let index = SearchIndex(schedule.events)
    if stringTable {
      let (text, strings) = ScheduleSnapshot.encodeWithStringTable(
        schedule, mentions: [], index: index)
      return try #require(ScheduleSnapshot.decode(text, strings: strings)).schedule
    }
    let text = ScheduleSnapshot.encode(schedule, index: index)
    return try #require(ScheduleSnapshot.decode(text)).schedule
  }

  @Test(arguments: [false, true])
  func thawsEachEventAsItWasAlone(stringTable: Bool) throws {
    for schedule in [tuesday2018, Self.congress] {
      #expect(schedule.eventCount > 400)
      // Reached one by one before anything asks for all of them, twins named.
      let frozen = try thawed(schedule, stringTable: stringTable)
      #expect(frozen.eventCount == schedule.eventCount)
      for event in schedule.events {
        #expect(frozen.event(event.id) == event)
      }
      #expect(frozen.rooms == schedule.rooms)
      #expect(frozen.kinds == schedule.kinds)
      // All at once.
      #expect(try thawed(schedule, stringTable: stringTable).events == schedule.events)
    }
    #expect(tuesday2018.events.contains { !$0.alsoPresented.isEmpty })
  }

  @Test func filtersOnSummariesAsOnWholeEvents() throws {
    let frozen = try thawed(Self.congress, stringTable: false)
    var filters: [EventFilter] = []
    var saal1 = EventFilter()
    saal1.days = [DaySpec.date(try #require(CalendarDate(year: 2024, month: 12, day: 28)))]
    saal1.rooms = ["Saal 1"]
    filters.append(saal1)
    var talks = EventFilter()
    talks.kinds = ["talk"]
    talks.from = LocalTime(hour: 23, minute: 0)
    filters.append(talks)
    var nobody = EventFilter()
    nobody.rooms = ["no such room"]
    filters.append(nobody)
    filters.append(EventFilter())
    for filter in filters {
      let expected = Self.congress.events.filter(filter.matches)
      #expect(frozen.events(where: filter.matches, summary: filter) == expected)
      #expect(
        Self.congress.events(where: filter.matches, summary: filter) == expected)
    }
    #expect(
      frozen.events(where: saal1.matches, summary: saal1).count > 5)
  }

  @Test func knowsWhichEventsCarryNotesWithoutThawingThem() throws {
    let contents = try #require(
      ScheduleSnapshot.decode(BundledDump.snapshot, strings: BundledDump.snapshotStrings))
    let frozen = contents.schedule
    let withNotes = frozen.positionsWithNotes
    #expect(!withNotes.isEmpty)
    let events = try #require(
      ScheduleSnapshot.decode(BundledDump.snapshot, strings: BundledDump.snapshotStrings)
    ).schedule.events
    #expect(withNotes == events.indices.filter { events[$0].notes != nil })
    #expect(withNotes.allSatisfy { frozen.event(at: $0) == events[$0] })
  }

  /// The bundled table is a generated function: the snapshot thawed through it is the one thawed
  /// through the same strings in an array, and a table too short for the snapshot is refused.
  @Test func thawsThroughAGeneratedStringTable() throws {
    let table = BundledDump.snapshotStrings
    let strings = (0..<table.count).map { table[$0] }
    #expect(strings.count > 1000)
    let generated = try #require(
      ScheduleSnapshot.decode(BundledDump.snapshot, strings: table)
    ).schedule
    let array = try #require(ScheduleSnapshot.decode(BundledDump.snapshot, strings: strings))
      .schedule
    #expect(generated.events == array.events)
    let short = SnapshotStrings(count: table.count / 2) { table[$0] }
    #expect(ScheduleSnapshot.decode(BundledDump.snapshot, strings: short)?.schedule.events == nil)
  }

  /// A snapshot thawed as the binary's own (`decode(builtIn:)`) is not walked: its columns are
  /// read as asked for, unchecked at thawing, and bytes changed anywhere give odd events, never
  /// a trap or a read past the snapshot. Thawed as any other snapshot, it is walked (records
  /// and postings) and then also searched safely, or refused.
  @Test func readsADamagedSnapshotSafely() throws {
    let (text, strings) = ScheduleSnapshot.encodeWithStringTable(
      tuesday2018, mentions: [], index: SearchIndex(tuesday2018.events))
    let table = SnapshotStrings(strings)
    let bytes = Array(text.utf8)
    var generator = SystemRandomNumberGenerator()
    var (unchecked, walked) = (0, 0)
    for _ in 0..<60 {
      var damaged = bytes
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(
          in: 0x20...0x7E, using: &generator)
      }
      let damagedText = String(decoding: damaged, as: UTF8.self)
      if let contents = ScheduleSnapshot.decode(builtIn: damagedText, strings: table) {
        let schedule = contents.schedule
        let events = (0..<schedule.eventCount).map { schedule.event(at: $0) }
        #expect(events.count == schedule.eventCount)
        #expect(schedule.positionsWithNotes.allSatisfy { events.indices.contains($0) })
        unchecked += 1
      }
      if let contents = ScheduleSnapshot.decode(damagedText, strings: table) {
        let schedule = contents.schedule
        #expect((0..<schedule.eventCount).map { schedule.event(at: $0) }.count > 400)
        for query in ["neural tangent", "\"deep learning\"", "gan", "capacity -neuronal"] {
          let hits = contents.index.search(SearchQuery(query)).hits
          #expect(hits.allSatisfy { $0.eventIndex >= 0 && $0.eventIndex < schedule.eventCount })
        }
        walked += 1
      }
    }
    // Most damage lands in a record or a string and still thaws.
    #expect(unchecked > 10)
    #expect(walked > 0)
  }

  @Test func findsAnEventByTheFilesOwnID() throws {
    let frozen = try thawed(Self.congress, stringTable: false)
    let event = try #require(Self.congress.events.first { !$0.sourceIDs.isEmpty })
    for sourceID in event.sourceIDs {
      #expect(frozen.event(matching: sourceID)?.id == event.id)
    }
  }

  @Test func refusesACutOrBentSnapshotWithoutCrashing() throws {
    let text = ScheduleSnapshot.encode(tuesday2018, index: SearchIndex(tuesday2018.events))
    let bytes = Array(text.utf8)
    // Cut anywhere: never a schedule (the index comes last and must be whole).
    for end in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
      #expect(ScheduleSnapshot.decode(String(decoding: bytes[..<end], as: UTF8.self)) == nil)
    }
    // A byte changed anywhere: a schedule or nil, never a trap; what is thawed can be walked.
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      var bent = bytes
      let position = Int.random(in: bent.indices, using: &generator)
      bent[position] = UInt8.random(in: 0x20...0x5F, using: &generator)
      if let contents = ScheduleSnapshot.decode(String(decoding: bent, as: UTF8.self)) {
        #expect(contents.schedule.events.count == contents.schedule.eventCount)
      }
    }
  }

  /// A compiled file is read in place: its records one by one with `pread`, all of them
  /// through the mapping. Either way each event is the one that went in.
  @Test func thawsEachEventOfAMappedFileAsItWasAlone() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    for (number, schedule) in [tuesday2018, Self.congress].enumerated() {
      let path = directory + "/compiled-\(number)"
      let bytes = CompiledSchedule.encode(
        schedule, mentions: [], index: SearchIndex(schedule.events), build: "test", key: "k")
      try FileIO.replace(path, with: bytes)
      let file = try #require(try MappedFile.open(path))
      let alone = try CompiledSchedule.decode(file, build: "test", key: "k").get().schedule
      for event in schedule.events { #expect(alone.event(event.id) == event) }
      for position in 0..<schedule.eventCount {
        #expect(alone.event(at: position) == schedule.events[position])
      }
      let all = try CompiledSchedule.decode(file, build: "test", key: "k").get().schedule
      #expect(all.events == schedule.events)
    }
  }
}

@Suite("Snapshot string table")
struct SnapshotStringsTests {
  @Test func packsAndReadsBackEveryString() throws {
    let strings = ["", "a", "Montréal", String(repeating: "x", count: 70_000), "\u{0}\"\\", ""]
    let packed = try #require(SnapshotStrings.packed(strings))
    #expect(packed.ends.allSatisfy { (0x30...0x6F).contains($0) })
    // A static string is a literal: write the packed bytes into one through a Swift source is
    // what the build does; here the same bytes are read through a String's storage.
    let table = SnapshotStrings(count: strings.count) { id in
      let ends = packed.ends
      func end(_ id: Int) -> Int {
        (0..<4).reduce(0) { $0 << 6 | Int(ends[id * 4 + $1] - 0x30) }
      }
      let start = id == 0 ? 0 : end(id - 1)
      return String(decoding: packed.bytes[start..<end(id)], as: UTF8.self)
    }
    #expect((0..<table.count).map { table[$0] } == strings)
  }

  @Test func readsAStaticTable() {
    let table = SnapshotStrings(bytes: "abcdéf", ends: "0001000300070007")
    #expect((0..<table.count).map { table[$0] } == ["a", "bc", "déf", ""])
    // Ends past the bytes, or going back: empty strings, never a read past the bytes.
    let broken = SnapshotStrings(bytes: "abc", ends: "00020001000o")
    #expect((0..<broken.count).map { broken[$0] } == ["ab", "", ""])
  }
}
