/// A schedule and its search index frozen into text: the bundled dumps are parsed and indexed
/// at build time (by the EmbedData plugin), so that a run on the bundled data only thaws them.
///
/// The format is private to one build of confsched: it starts with a version tag and is never
/// stored anywhere but in the binary that wrote it.
public enum ScheduleSnapshot {
  static let tag: StaticString = "confsched-snapshot-4\n"

  /// What a snapshot holds.
  public struct Contents: Sendable {
    /// The schedule, ids and twins assigned.
    public var schedule: Schedule
    /// The papers its reading lists mention.
    public var mentions: [Mention]
    /// Its search index.
    public var index: SearchIndex
  }

  /// Freezes a schedule, the mentions of its reading lists and its index, its strings inline.
  public static func encode(_ schedule: Schedule, mentions: [Mention] = [], index: SearchIndex)
    -> String
  {
    encode(schedule, mentions: mentions, index: index, stringTable: false).text
  }

  /// Freezes a schedule and its index, with every string of the schedule in a table of its own
  /// (for the build step, which compiles the table into the binary as literals).
  public static func encodeWithStringTable(
    _ schedule: Schedule, mentions: [Mention], index: SearchIndex
  ) -> (text: String, strings: [String]) {
    encode(schedule, mentions: mentions, index: index, stringTable: true)
  }

  private static func encode(
    _ schedule: Schedule, mentions: [Mention], index: SearchIndex, stringTable: Bool
  ) -> (text: String, strings: [String]) {
    var writer = SnapshotWriter(usesStringTable: stringTable)
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
    let positions = Dictionary(
      uniqueKeysWithValues: schedule.events.enumerated().map { ($1.id, $0) })
    writer.int(schedule.events.count)
    for event in schedule.events {
      encode(event, positions: positions, conferences: conferenceNumbers, into: &writer)
    }
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
    index.encode(into: &writer)
    return (String(decoding: writer.bytes, as: UTF8.self), writer.strings)
  }

  /// Thaws what `encode` froze (with its string table, if it had one); nil when the text is not
  /// a snapshot of this version.
  public static func decode(_ text: String, strings: [String]? = nil) -> Contents? {
    decode(.text(text), strings: strings)
  }

  /// Thaws a snapshot where it lies (in a mapped file); nil when it is not a snapshot of this
  /// version.
  static func decode(_ storage: SnapshotStorage, strings: [String]? = nil) -> Contents? {
    storage.withBytes { bytes in
      var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
      return try? decode(&reader)
    }
  }

  private static func decode(_ reader: inout SnapshotReader) throws(SnapshotReader.Failure)
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
    let count = try reader.int()
    var events: [Event] = []
    events.reserveCapacity(Swift.max(count, 0))
    var twinPositions: [[Int]] = []
    twinPositions.reserveCapacity(Swift.max(count, 0))
    var cache = DecodeCache(conferences: table)
    for _ in 0..<Swift.max(count, 0) {
      try decodeEvent(&reader, cache: &cache, into: &events, twins: &twinPositions)
    }
    for (index, twins) in twinPositions.enumerated() where !twins.isEmpty {
      events[index].alsoPresented = twins.compactMap {
        events.indices.contains($0) ? events[$0].id : nil
      }
    }
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
    let index = try SearchIndex(decoding: &reader)
    let schedule = Schedule(
      restoring: events, conferences: conferences, diagnostics: diagnostics, sources: sources)
    return Contents(schedule: schedule, mentions: mentions, index: index)
  }

  private static func encode(
    _ event: Event, positions: [EventID: Int], conferences: [String: Int],
    into writer: inout SnapshotWriter
  ) {
    writer.string(event.id.rawValue)
    writer.string(event.kind.rawValue)
    writer.string(event.title)
    writer.int(event.authors.count)
    for author in event.authors {
      writer.string(author.name)
      writer.optional(author.affiliation)
    }
    writer.int(event.conference.flatMap { conferences[$0.id] } ?? -1)
    writer.int(event.date.map { $0.daysSinceEpoch + 1_000_000 } ?? -1)
    writer.int(event.start?.minutes ?? -1)
    writer.int(event.end?.minutes ?? -1)
    writer.optional(event.room)
    writer.optional(event.board)
    writer.optional(event.session)
    writer.optional(event.track)
    writer.optional(event.language)
    writer.int(event.sourceIDs.count)
    for sourceID in event.sourceIDs { writer.string(sourceID) }
    writer.optional(event.abstract)
    writer.optional(event.notes)
    writer.int(event.links.count)
    for link in event.links {
      writer.string(link.label)
      writer.string(link.url)
    }
    writer.string(event.source.file)
    writer.int(event.source.line)
    writer.int(event.source.column)
    writer.int(event.alsoPresented.count)
    for twin in event.alsoPresented { writer.int(positions[twin] ?? -1) }
  }

  /// Values many events share, made once.
  private struct DecodeCache {
    var kinds: [String: EventKind] = [:]
    /// The snapshot's table of conferences.
    var conferences: [Conference]

    mutating func kind(_ text: String) -> EventKind {
      if let kind = kinds[text] { return kind }
      let kind = EventKind(rawValue: text)
      kinds[text] = kind
      return kind
    }

    func conference(_ number: Int) -> Conference? {
      conferences.indices.contains(number) ? conferences[number] : nil
    }
  }

  private static func decodeEvent(
    _ reader: inout SnapshotReader, cache: inout DecodeCache, into events: inout [Event],
    twins twinPositions: inout [[Int]]
  ) throws(SnapshotReader.Failure) {
    let id = EventID(rawValue: try reader.string())
    let kind = cache.kind(try reader.string())
    let title = try reader.string()
    var authors: [Author] = []
    let authorCount = try reader.int()
    authors.reserveCapacity(Swift.max(authorCount, 0))
    for _ in 0..<Swift.max(authorCount, 0) {
      authors.append(Author(name: try reader.string(), affiliation: try reader.optional()))
    }
    let conference = cache.conference(try reader.int())
    let days = try reader.int()
    let start = try reader.int()
    let end = try reader.int()
    let room = try reader.optional()
    let board = try reader.optional()
    let session = try reader.optional()
    let track = try reader.optional()
    let language = try reader.optional()
    var sourceIDs: [String] = []
    for _ in 0..<Swift.max(try reader.int(), 0) { sourceIDs.append(try reader.string()) }
    let abstract = try reader.optional()
    let notes = try reader.optional()
    var links: [Link] = []
    for _ in 0..<Swift.max(try reader.int(), 0) {
      links.append(Link(label: try reader.string(), url: try reader.string()))
    }
    let source = SourceLocation(
      file: try reader.string(), line: try reader.int(), column: try reader.int())
    var twins: [Int] = []
    for _ in 0..<Swift.max(try reader.int(), 0) { twins.append(try reader.int()) }
    twinPositions.append(twins)
    // Made once everything is read, right into the array: an event built early, filled in and
    // returned was copied twice on its way there (a dozen retains each time), for every event.
    events.append(
      Event(
        id: id, kind: kind, title: title, authors: authors,
        conference: conference,
        date: days >= 0 ? CalendarDate(daysSinceEpoch: days - 1_000_000) : nil,
        start: LocalTime(minutes: start), end: LocalTime(minutes: end), room: room, board: board,
        session: session, track: track, language: language, sourceIDs: sourceIDs,
        abstract: abstract, notes: notes, links: links, source: source))
  }
}
