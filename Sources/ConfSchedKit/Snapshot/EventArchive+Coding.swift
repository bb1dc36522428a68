/// The events section of a snapshot.
///
///     count
///     kinds, rooms, files        three tables of strings (count, then each)
///     summaries                  seven `IntColumn`s: day, start, end, kind, room, conference,
///                                and 1 when the event has notes (else 0)
///     record offsets             an `IntColumn`: where each record starts, from the first,
///                                and where the last ends
///     records                    `EventRecord`s, back to back
///
/// Numbers into tables, and -1 for none; a day is days since 1970-01-01 plus a million, so that
/// -1 (none) is no day of the calendars confsched reads.
extension EventArchive {
  /// Writes a schedule's events; `conferences` numbers each conference id in the snapshot's
  /// table.
  static func encode(
    _ events: [Event], conferences: [String: Int], into writer: inout SnapshotWriter
  ) {
    var kinds = Numbering()
    var rooms = Numbering()
    var files = Numbering()
    var columns: [[Int]] = Array(repeating: [], count: 7)
    for event in events {
      columns[0].append(event.date.map { $0.daysSinceEpoch + 1_000_000 } ?? -1)
      columns[1].append(event.start?.minutes ?? -1)
      columns[2].append(event.end?.minutes ?? -1)
      columns[3].append(kinds.number(event.kind.rawValue))
      columns[4].append(event.room.map { rooms.number($0) } ?? -1)
      columns[5].append(event.conference.flatMap { conferences[$0.id] } ?? -1)
      columns[6].append(event.notes == nil ? 0 : 1)
    }
    let fileNumbers = events.map { files.number($0.source.file) }
    writer.int(events.count)
    for table in [kinds, rooms, files] {
      writer.int(table.values.count)
      for value in table.values { writer.string(value) }
    }
    for column in columns { IntColumn.encode(column, into: &writer) }
    // The records are written first to learn their lengths, which go before them: on their
    // own (moved once), or, with the string table they share, cut and moved after them.
    let positions = Dictionary(
      events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    func records(into records: inout SnapshotWriter) -> [Int] {
      var lengths: [Int] = []
      lengths.reserveCapacity(events.count)
      for index in events.indices {
        let before = records.count
        EventRecord.encode(
          events[index], file: fileNumbers[index],
          twins: events[index].alsoPresented.map { positions[$0] ?? -1 }, into: &records)
        lengths.append(records.count - before)
      }
      return lengths
    }
    if writer.usesStringTable {
      let start = writer.count
      let lengths = records(into: &writer)
      let bytes = writer.cut(from: start)
      IntColumn.encode(offsets(lengths), into: &writer)
      writer.raw(bytes)
    } else {
      var separate = SnapshotWriter()
      separate.reserveCapacity(events.reduce(0) { $0 + EventRecord.estimatedLength($1) })
      let lengths = records(into: &separate)
      IntColumn.encode(offsets(lengths), into: &writer)
      writer.raw(separate.bytes)
    }
  }

  /// Where records of these lengths start, from the first, and where the last ends.
  private static func offsets(_ lengths: [Int]) -> [Int] {
    var offsets = [0]
    offsets.reserveCapacity(lengths.count + 1)
    for length in lengths { offsets.append(offsets[offsets.count - 1] + length) }
    return offsets
  }

  /// Reads the events section where `reader` stands, leaving it after the last record: the
  /// tables read, the summaries' columns and the records left where they are. With
  /// `walkingRecords`, each summary is checked against the tables and each record walked to
  /// check it ends where the next begins; bytes that passed their checksum (a compiled
  /// file's, or the binary's own) need not be: walking 40,900 records cost more than the
  /// search that followed, and decoding 1,854 summaries a sixth of a bundled search.
  static func decode(
    _ reader: inout SnapshotReader, conferences: [Conference], walkingRecords: Bool = true
  ) throws(SnapshotReader.Failure) -> EventArchive {
    let count = try reader.count()
    var kinds: [EventKind] = []
    for _ in 0..<(try reader.count()) { kinds.append(EventKind(rawValue: try reader.string())) }
    var rooms: [String] = []
    for _ in 0..<(try reader.count()) { rooms.append(try reader.string()) }
    var files: [String] = []
    for _ in 0..<(try reader.count()) { files.append(try reader.string()) }
    guard count == 0 || !kinds.isEmpty else { throw .badTag }
    var columns: [IntColumn] = []
    for _ in 0..<7 {
      let column = try IntColumn(decoding: &reader)
      guard column.count == count else { throw .badTag }
      columns.append(column)
    }
    let summaries = EventArchive.Columns(
      day: columns[0], start: columns[1], end: columns[2], kind: columns[3], room: columns[4],
      conference: columns[5], hasNotes: columns[6])
    let offsets = try IntColumn(decoding: &reader)
    guard offsets.count == count + 1 else { throw .badTag }
    let records = (start: reader.offset, offsets: offsets)
    let end = reader.offset &+ offsets[count]
    if walkingRecords {
      try validated(summaries, count: count, tables: (kinds.count, rooms.count, conferences.count))
      try validated(&reader, records: records, files: files.count)
    }
    guard offsets[count] >= 0, offsets[count] <= reader.endOffset - records.start else {
      throw .truncated
    }
    reader.seek(to: end)
    return EventArchive(
      storage: reader.storage, strings: reader.strings, records: records, columns: summaries,
      tables: (kinds, rooms, conferences), files: files)
  }

  /// Checks every summary: numbers within their tables, days and minutes within their types.
  private static func validated(
    _ columns: EventArchive.Columns, count: Int, tables: (kinds: Int, rooms: Int, conferences: Int)
  ) throws(SnapshotReader.Failure) {
    for position in 0..<count {
      let day = columns.day[position]
      guard day == -1 || (Int(Int32.min) + 1...Int(Int32.max)).contains(day &- 1_000_000),
        (-1..<Int(Int16.max)).contains(columns.start[position]),
        (-1..<Int(Int16.max)).contains(columns.end[position]),
        (0..<tables.kinds).contains(columns.kind[position]),
        (-1..<tables.rooms).contains(columns.room[position]),
        (-1..<tables.conferences).contains(columns.conference[position]),
        (0...1).contains(columns.hasNotes[position])
      else { throw .badTag }
    }
  }

  /// Numbers strings in the order they are first seen.
  private struct Numbering {
    var values: [String] = []
    var numbers: [String: Int] = [:]

    mutating func number(_ value: String) -> Int {
      if let number = numbers[value] { return number }
      numbers[value] = values.count
      values.append(value)
      return values.count - 1
    }
  }
}
