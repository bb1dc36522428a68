/// The events section of a snapshot.
///
///     count
///     kinds, rooms, files        three tables of strings (count, then each)
///     summaries                  seven integers an event: conference, day, start, end, kind,
///                                room, and 1 when it has notes (else 0)
///     record lengths             one integer an event
///     records                    `EventRecord`s, back to back
///
/// Numbers into tables, and -1 for none; a day is days since 1970-01-01 plus a million, so it
/// is never negative.
extension EventArchive {
  /// Writes a schedule's events; `conferences` numbers each conference id in the snapshot's
  /// table.
  static func encode(
    _ events: [Event], conferences: [String: Int], into writer: inout SnapshotWriter
  ) {
    var kinds = Numbering()
    var rooms = Numbering()
    var files = Numbering()
    let summaries = events.map { event in
      [
        event.conference.flatMap { conferences[$0.id] } ?? -1,
        event.date.map { $0.daysSinceEpoch + 1_000_000 } ?? -1,
        event.start?.minutes ?? -1, event.end?.minutes ?? -1,
        kinds.number(event.kind.rawValue), event.room.map { rooms.number($0) } ?? -1,
        event.notes == nil ? 0 : 1,
      ]
    }
    let fileNumbers = events.map { files.number($0.source.file) }
    writer.int(events.count)
    for table in [kinds, rooms, files] {
      writer.int(table.values.count)
      for value in table.values { writer.string(value) }
    }
    for summary in summaries {
      for value in summary { writer.int(value) }
    }
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
      for length in lengths { writer.int(length) }
      writer.raw(bytes)
    } else {
      var separate = SnapshotWriter()
      let lengths = records(into: &separate)
      for length in lengths { writer.int(length) }
      writer.raw(separate.bytes)
    }
  }

  /// Reads the events section where `reader` stands, leaving it after the last record: the
  /// tables and summaries decoded, the records left for later. With `walkingRecords`, each
  /// record is first walked to check it ends where the next begins; bytes that passed their
  /// checksum (a compiled file's) need not be: walking 40,900 records cost more than the
  /// search that followed. A record that does not read is thawed as a placeholder either way.
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
    func number(_ value: Int, below count: Int) throws(SnapshotReader.Failure) -> Int32 {
      guard (-1..<count).contains(value) else { throw .badTag }
      return Int32(value)
    }
    func minutes(_ value: Int) throws(SnapshotReader.Failure) -> Int16 {
      guard (-1..<Int(Int16.max)).contains(value) else { throw .badTag }
      return Int16(value)
    }
    var rows: [Row] = []
    rows.reserveCapacity(count)
    for _ in 0..<count {
      let conference = try number(try reader.int(), below: conferences.count)
      let day = try reader.int()
      guard day == -1 || (Int(Int32.min) + 1...Int(Int32.max)).contains(day - 1_000_000) else {
        throw .badTag
      }
      let start = try minutes(try reader.int())
      let end = try minutes(try reader.int())
      let kind = try number(try reader.int(), below: kinds.count)
      guard kind >= 0 else { throw .badTag }
      rows.append(
        Row(
          day: day < 0 ? Int32.min : Int32(day - 1_000_000), start: start, end: end, kind: kind,
          room: try number(try reader.int(), below: rooms.count), conference: conference,
          hasNotes: try reader.int() == 1))
    }
    var lengths: [Int] = []
    lengths.reserveCapacity(count)
    for _ in 0..<count { lengths.append(try reader.count()) }
    var offsets: [Int] = [reader.offset]
    offsets.reserveCapacity(count + 1)
    for length in lengths { offsets.append(offsets[offsets.count - 1] + length) }
    if walkingRecords {
      try validated(&reader, offsets: offsets, files: files.count)
    } else {
      guard offsets[offsets.count - 1] <= reader.endOffset else { throw .truncated }
    }
    reader.seek(to: offsets[offsets.count - 1])
    return EventArchive(
      storage: reader.storage, strings: reader.strings, offsets: offsets, rows: rows,
      tables: (kinds, rooms, conferences), files: files)
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
