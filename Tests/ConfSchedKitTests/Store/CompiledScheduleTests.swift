import ConfSchedData
import ConfSchedKit
import Testing

@Suite("Compiled schedule files")
struct CompiledScheduleTests {
  static let build = "9.9.9 confsched-snapshot-4"
  static let bytes = CompiledSchedule.encode(
    tuesday2018, mentions: [], index: SearchIndex(tuesday2018.events), build: build, key: "k1")

  @Test func thawsWhatItFroze() throws {
    let contents = try CompiledSchedule.decode(Self.bytes, build: Self.build, key: "k1").get()
    #expect(contents.schedule.events == tuesday2018.events)
    #expect(contents.index.eventCount == tuesday2018.events.count)
  }

  /// Compiling parts (the index built from their events on a second thread) gives the bytes of
  /// building the schedule first and indexing its events: for the bundled dumps, and for parts
  /// whose events are merged (the same dump under two names), where the schedule's events are
  /// no longer the parts' and the index is built again.
  @Test(arguments: [false, true])
  func compilingPartsIsIndexingTheSchedule(merging: Bool) {
    var parts = BundledDump.all.map {
      DumpReader.read(DumpSource(name: $0.name, text: $0.text)).part
    }
    if merging, var again = parts.first {
      again.file = "again-" + again.file
      again.events = again.events.map { event in
        var copy = event
        copy.source.file = again.file
        return copy
      }
      parts.append(again)
    }
    let compiled = CompiledSchedule.compile(parts, mentions: [], build: Self.build, key: "k1")
    let schedule = Schedule(parts)
    let merged = parts.reduce(0) { $0 + $1.events.count } - schedule.events.count
    #expect(merging ? merged > 0 : merged == 0)
    #expect(compiled.schedule.events == schedule.events)
    #expect(compiled.index.eventCount == schedule.events.count)
    let expected = CompiledSchedule.encode(
      schedule, mentions: [], index: SearchIndex(schedule.events), build: Self.build, key: "k1")
    #expect(compiled.bytes == expected)
  }

  /// Every way a file can be wrong is told, and none is decoded.
  @Test(arguments: [
    (
      "another build", "9.9.8 confsched-snapshot-4", "k1",
      CompiledSchedule.Problem.foreign(build: build)
    ),
    ("another key", build, "k2", .stale),
  ])
  func refusesAnotherBuildOrKey(
    _ label: String, build: String, key: String, problem: CompiledSchedule.Problem
  ) {
    let result = CompiledSchedule.decode(Self.bytes, build: build, key: key)
    #expect(throws: problem, "\(label)") { try result.get() }
  }

  @Test func refusesDamage() {
    var flipped = Self.bytes
    flipped[flipped.count - 10] ^= 1
    #expect(throws: CompiledSchedule.Problem.damaged("its checksum does not match")) {
      try CompiledSchedule.decode(flipped, build: Self.build, key: "k1").get()
    }
    let truncated = Array(Self.bytes.dropLast(5))
    #expect(
      throws: CompiledSchedule.Problem.damaged(
        "\(truncated.count - Self.headerLength) bytes where its header says \(Self.bytes.count - Self.headerLength)"
      )
    ) {
      try CompiledSchedule.decode(truncated, build: Self.build, key: "k1").get()
    }
    #expect(throws: CompiledSchedule.Problem.damaged("no header")) {
      try CompiledSchedule.decode(Array("confsched".utf8), build: Self.build, key: "k1").get()
    }
    #expect(throws: CompiledSchedule.Problem.damaged("not a compiled schedule")) {
      try CompiledSchedule.decode(Array("{\n\n}".utf8), build: Self.build, key: "k1").get()
    }
  }

  /// The header's length: up to and including its blank line.
  static var headerLength: Int {
    var index = 1
    while !(bytes[index] == 0x0A && bytes[index - 1] == 0x0A) { index += 1 }
    return index + 1
  }

  /// Bytes in pieces hash as they do joined, wherever the pieces are cut (inside a 32-byte
  /// block or on its edge, empty pieces, pieces shorter than a block).
  @Test func hashesPiecesAsTheirJoin() {
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
    let whole = ContentHash(bytes)
    #expect(ContentHash(pieces: [bytes]) == whole)
    #expect(ContentHash(pieces: []) == ContentHash([UInt8]()))
    for first in [0, 1, 5, 31, 32, 33, 64, 100, 299, 300] {
      for second in [first, first + 1, first + 17, first + 32, 300] where second <= 300 {
        let pieces = [
          Array(bytes[..<first]), Array(bytes[first..<second]), [], Array(bytes[second...]),
        ]
        #expect(ContentHash(pieces: pieces) == whole, "cut at \(first) and \(second)")
      }
    }
  }

  @Test func hashesTellBytesApart() {
    #expect(ContentHash([UInt8]()) != ContentHash([0]))
    #expect(ContentHash(Array("abcdefgh1".utf8)) != ContentHash(Array("abcdefgh2".utf8)))
    #expect(ContentHash("same") == ContentHash("same"))
    let hash = ContentHash("same")
    #expect(ContentHash(hex: hash.description) == hash)
    #expect(hash.description.count == 16)
    #expect(ContentHash(hex: "xyz") == nil)
    // Every byte counts, in whichever lane or tail it falls, and so does where it stands.
    let base = (0..<100).map { UInt8($0) }
    var seen: Set<ContentHash> = [ContentHash(base)]
    for position in base.indices {
      var flipped = base
      flipped[position] ^= 1
      seen.insert(ContentHash(flipped))
    }
    #expect(seen.count == base.count + 1)
    let swapped = Array(base[8..<16] + base[0..<8] + base[16...])
    #expect(ContentHash(swapped) != ContentHash(base))
  }

  @Test(arguments: [
    ("day.txt", "day"), ("/a/b/Day 2 (final).txt", "Day-2-final"), (".hidden", "hidden"),
    ("ümlaut.md", "mlaut"), ("...", "source"), ("noext", "noext"),
  ])
  func namesASourceAfterItsFile(path: String, name: String) {
    #expect(SourceRecord.name(fromPath: path) == name)
    #expect(SourceRecord.isValidName(name))
  }

  @Test func refusesNamesThatCannotBeFiles() {
    for bad in ["", "a/b", "-x", "a.b", "..", String(repeating: "a", count: 65)] {
      #expect(!SourceRecord.isValidName(bad), "\(bad)")
    }
    #expect(SourceRecord.fileExtension(ofPath: "a/b.tar.gz") == "gz")
    #expect(SourceRecord.fileExtension(ofPath: ".profile") == "")
  }
}
