/// A schedule and its search index frozen into text: the bundled dumps are parsed and indexed
/// at build time (by the EmbedData plugin), so that a run on the bundled data only thaws them.
///
/// The format is private to one build of confsched: it starts with a version tag and is never
/// stored anywhere but in the binary that wrote it.
public enum ScheduleSnapshot {
  static let tag: StaticString = "confsched-snapshot-8\n"

  /// What a snapshot holds.
  public struct Contents: Sendable {
    /// The schedule, ids and twins assigned.
    public var schedule: Schedule
    /// The papers its reading lists mention.
    public var mentions: [Mention]
    /// Its search index, decoded when first used.
    public var lazyIndex: LazyIndex

    /// Its search index (decoded now, if it was not yet).
    public var index: SearchIndex { lazyIndex.index }
  }

  /// Freezes a schedule, the mentions of its reading lists and its index, its strings inline.
  public static func encode(_ schedule: Schedule, mentions: [Mention] = [], index: SearchIndex)
    -> String
  {
    String(decoding: encodedBytes(schedule, mentions: mentions, index: index), as: UTF8.self)
  }

  /// `encode`'s bytes, for a compiled file: not made a string first (checking and copying 77 MB
  /// of a 100x dump's snapshot as a string cost a tenth of `sources add`).
  static func encodedBytes(_ schedule: Schedule, mentions: [Mention] = [], index: SearchIndex)
    -> [UInt8]
  {
    var writer = SnapshotWriter(usesStringTable: false)
    encode(schedule, mentions: mentions, index: index, into: &writer)
    return writer.bytes
  }

  /// Freezes a schedule and its index, with every string of the schedule in a table of its own
  /// (for the build step, which compiles the table into the binary as literals).
  public static func encodeWithStringTable(
    _ schedule: Schedule, mentions: [Mention], index: SearchIndex
  ) -> (text: String, strings: [String]) {
    var writer = SnapshotWriter(usesStringTable: true)
    encode(schedule, mentions: mentions, index: index, into: &writer)
    return (String(decoding: writer.bytes, as: UTF8.self), writer.strings)
  }

  /// A schedule built from parts, with its encoded bytes (in pieces, not copied together) and
  /// its index, built on two threads: a second one indexes the parts' events from the first
  /// on, while this one builds the schedule and freezes its events, then indexes events from
  /// the last back until the two meet (`SearchIndex.SharedBuild`); when the second took them
  /// all, it finishes the index and its bytes as well. The schedule keeps the
  /// parts' events in order unless it merged events two sources both describe; the index is
  /// then built again from the schedule's.
  static func encodedPieces(building parts: [Schedule.Part], mentions: [Mention])
    -> (schedule: Schedule, pieces: [[UInt8]], index: SearchIndex)
  {
    let shared = SearchIndex.SharedBuild(parts.map(\.events))
    let ((schedule, frozen, back), front) = Concurrently.run(
      {
        let schedule = Schedule(parts)
        var writer = SnapshotWriter(usesStringTable: false)
        encodeSchedule(schedule, mentions: mentions, into: &writer)
        return (schedule, writer, shared.buildFromBack())
      },
      { () -> FrontWork in
        let builder = shared.buildFromFront()
        // Done first with every chunk, the second thread finishes the index and its bytes
        // too, while this one is still freezing events.
        guard shared.frontTookAll else { return .builder(builder) }
        let index = shared.index(front: consume builder, back: [])
        return .index(index, encodedIndex(index))
      })
    var writer = frozen
    var (index, indexBytes): (SearchIndex, [[UInt8]])
    switch consume front {
    case .builder(let builder):
      index = shared.index(front: consume builder, back: consume back)
      indexBytes = encodedIndex(index)
    case .index(let built, let bytes): (index, indexBytes) = (built, bytes)
    }
    // Merged events: the schedule's are not the parts' (see `Schedule.init(_:)`).
    if schedule.events.count != index.eventCount
      || schedule.sources.contains(where: { $0.mergedCount > 0 })
    {
      indexBytes = []
      index = SearchIndex(schedule.events)
      indexBytes = encodedIndex(index)
    }
    write(indexBytes, into: &writer)
    return (schedule, writer.allPieces, index)
  }

  /// What the second thread of `encodedPieces` hands back: its chunks, or, when it took them
  /// all, the index and its bytes.
  private enum FrontWork: Sendable {
    case builder(SearchIndex.Builder)
    case index(SearchIndex, [[UInt8]])
  }

  private static func encode(
    _ schedule: Schedule, mentions: [Mention], index: SearchIndex,
    into writer: inout SnapshotWriter
  ) {
    encodeSchedule(schedule, mentions: mentions, into: &writer)
    encodeIndex(index, into: &writer)
  }

  /// Everything but the index.
  private static func encodeSchedule(
    _ schedule: Schedule, mentions: [Mention], into writer: inout SnapshotWriter
  ) {
    writer.tag(tag)
    // The conferences first, as a table the events and sources point into.
    var conferences = schedule.conferences
    for source in schedule.sources {
      for conference in source.conferences where !conferences.contains(conference) {
        conferences.append(conference)
      }
    }
    let conferenceNumbers = Dictionary(
      conferences.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    writer.int(conferences.count)
    for conference in conferences {
      writer.string(conference.id)
      writer.string(conference.name)
      writer.int(conference.year)
      writer.optional(conference.city)
      writer.optional(conference.zone?.identifier)
    }
    writer.int(schedule.conferences.count)
    for conference in schedule.conferences { writer.int(conferenceNumbers[conference.id] ?? -1) }
    EventArchive.encode(schedule.events, conferences: conferenceNumbers, into: &writer)
    writer.int(schedule.diagnostics.count)
    for diagnostic in schedule.diagnostics {
      writer.int(diagnostic.severity == .error ? 1 : 0)
      writer.string(diagnostic.location.file)
      writer.int(diagnostic.location.line)
      writer.int(diagnostic.location.column)
      writer.string(diagnostic.message)
    }
    writer.int(schedule.sources.count)
    for source in schedule.sources {
      writer.string(source.file)
      writer.optional(source.family?.rawValue)
      writer.int(source.conferences.count)
      for conference in source.conferences { writer.int(conferenceNumbers[conference.id] ?? -1) }
      writer.int(source.days.count)
      for day in source.days { writer.int(day.daysSinceEpoch + 1_000_000) }
      writer.int(source.eventCount)
      writer.int(source.mergedCount)
      writer.int(source.warningCount)
      writer.int(source.mentionCount)
    }
    writer.int(mentions.count)
    for mention in mentions {
      writer.string(mention.text)
      writer.string(mention.context)
      writer.string(mention.source.file)
      writer.int(mention.source.line)
      writer.int(mention.source.column)
      writer.optional(mention.link)
    }
  }

  private static func encodeIndex(_ index: SearchIndex, into writer: inout SnapshotWriter) {
    write(encodedIndex(index), into: &writer)
  }

  /// The index last, after its length (a thaw checks it is all there and leaves it frozen),
  /// its pieces as they are: copying them together was 20 MB moved for a 50 MB dump.
  private static func write(_ index: [[UInt8]], into writer: inout SnapshotWriter) {
    writer.int(index.reduce(0) { $0 + $1.count })
    for piece in index { writer.raw(piece) }
  }

  private static func encodedIndex(_ index: SearchIndex) -> [[UInt8]] {
    var writer = SnapshotWriter()
    index.encode(into: &writer)
    return writer.allPieces
  }

  /// Thaws what `encode` froze (with its string table, if it had one); nil when the text is not
  /// a snapshot of this version.
  public static func decode(_ text: String, strings: SnapshotStrings? = nil) -> Contents? {
    decode(.text(text), strings: strings)
  }

  /// `decode(_:strings:)` with the string table in an array, as `encodeWithStringTable` gives it.
  public static func decode(_ text: String, strings: [String]) -> Contents? {
    decode(.text(text), strings: SnapshotStrings(strings))
  }

  /// Thaws the snapshot this very build made of the bundled dumps and compiled into the binary
  /// with its string table: its records are not walked one by one first (as a snapshot from
  /// elsewhere's are), for no other program wrote them and no file could have damaged them.
  public static func decode(builtIn text: String, strings: SnapshotStrings) -> Contents? {
    decode(.text(text), strings: strings, checksummed: true)
  }

  /// Thaws a snapshot where it lies (in a mapped file); nil when it is not a snapshot of this
  /// version.
  /// `checksummed` says its bytes were checked against the checksum they were written with
  /// (a compiled file's), or are the binary's own: its events' records are then not walked one
  /// by one as well.
  static func decode(
    _ storage: SnapshotStorage, strings: SnapshotStrings? = nil, checksummed: Bool = false
  ) -> Contents? {
    storage.withBytes { bytes in
      var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
      return try? decode(&reader, checksummed: checksummed)
    }
  }

  private static func decode(_ reader: inout SnapshotReader, checksummed: Bool)
    throws(SnapshotReader.Failure)
    -> Contents
  {
    try reader.expect(tag)
    var table: [Conference] = []
    for _ in 0..<Swift.max(try reader.int(), 0) {
      let id = try reader.string()
      let name = try reader.string()
      let year = try reader.int()
      let city = try reader.optional()
      let zone = try reader.optional().flatMap(ZoneRule.named)
      table.append(Conference(id: id, name: name, year: year, city: city, zone: zone))
    }
    func conference(_ number: Int) -> Conference? {
      table.indices.contains(number) ? table[number] : nil
    }
    var conferences: [Conference] = []
    for _ in 0..<Swift.max(try reader.int(), 0) {
      if let found = conference(try reader.int()) { conferences.append(found) }
    }
    let archive = try EventArchive.decode(
      &reader, conferences: table, walkingRecords: !checksummed)
    var diagnostics: [Diagnostic] = []
    for _ in 0..<Swift.max(try reader.int(), 0) {
      let severity: Diagnostic.Severity = try reader.int() == 1 ? .error : .warning
      let file = try reader.string()
      let line = try reader.int()
      let column = try reader.int()
      let message = try reader.string()
      diagnostics.append(
        Diagnostic(severity, at: SourceLocation(file: file, line: line, column: column), message))
    }
    var sources: [SourceSummary] = []
    for _ in 0..<Swift.max(try reader.int(), 0) {
      let file = try reader.string()
      let family = try reader.optional().flatMap { DumpFamily(rawValue: $0) }
      var years: [Conference] = []
      for _ in 0..<Swift.max(try reader.int(), 0) {
        if let found = conference(try reader.int()) { years.append(found) }
      }
      var days: [CalendarDate] = []
      for _ in 0..<Swift.max(try reader.int(), 0) {
        days.append(CalendarDate(daysSinceEpoch: try reader.int() - 1_000_000))
      }
      var summary = SourceSummary(
        file: file, family: family, conferences: years, days: days, eventCount: try reader.int(),
        mergedCount: try reader.int(), warningCount: try reader.int())
      summary.mentionCount = try reader.int()
      sources.append(summary)
    }
    var mentions: [Mention] = []
    for _ in 0..<Swift.max(try reader.int(), 0) {
      let text = try reader.string()
      let context = try reader.string()
      let location = SourceLocation(
        file: try reader.string(), line: try reader.int(), column: try reader.int())
      mentions.append(
        Mention(text: text, context: context, source: location, link: try reader.optional()))
    }
    let indexLength = try reader.count()
    let indexStart = reader.offset
    reader.seek(to: indexStart + indexLength)
    guard reader.isAtEnd else { throw .badTag }
    let schedule = Schedule(
      archive: archive, conferences: conferences, diagnostics: diagnostics, sources: sources)
    let index = LazyIndex(
      frozen: reader.storage, strings: reader.strings, at: indexStart, events: schedule,
      checksummed: checksummed)
    return Contents(schedule: schedule, mentions: mentions, lazyIndex: index)
  }
}
