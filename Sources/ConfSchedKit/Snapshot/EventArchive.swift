import Synchronization

/// The events of a snapshot, left frozen where they lie and thawed one by one as a command
/// asks for them: `list --day sat --room "Saal 1"` reads the summary of every event (day,
/// times, kind, room) and decodes the dozen it shows, not the thousand it skips.
///
/// What a snapshot holds for each event is split in two: its summary (`Row`: day, times and
/// numbers into the tables of kinds, rooms and conferences), a few integers in columns read in
/// place (`IntColumn`), and its record (id, title, people, abstract, links...), decoded on
/// demand. A `SummaryTest` judges each table entry once and then each event by
/// its integers, without a retain. The whole array of events is made once, the first time a
/// command asks for all of it, and kept.
final class EventArchive: Sendable {
  /// What holds the records' bytes (and keeps them alive).
  private let storage: SnapshotStorage
  /// The string table the snapshot was written with, if any.
  private let strings: SnapshotStrings?
  /// Where each event's record starts, from `recordsStart`, and where the last one ends.
  private let offsets: IntColumn
  private let recordsStart: Int
  /// The events' summaries, in schedule order, a column a field (see `row`).
  private let columns: Columns
  /// The kinds, rooms and conferences rows point into, and the source files records do.
  let kinds: [EventKind]
  let rooms: [String]
  let conferences: [Conference]
  private let files: [String]
  /// Made once, on first use.
  private let cache = Mutex(Cache())

  private struct Cache {
    var events: [Event]?
    /// The events thawed one by one so far (a search's hits are asked for more than once).
    var thawed: [Int: Event] = [:]
    var positions: [EventID: Int]?
    var bySourceID: [String: Int]?
  }

  /// The summaries' fields, a column each, in `Row`'s order; a day is stored plus a million.
  struct Columns {
    var day, start, end, kind, room, conference, hasNotes: IntColumn
  }

  /// An event's summary: days since 1970-01-01, minutes since midnight, numbers into the
  /// tables; -1 for none.
  struct Row {
    var day: Int32
    var start: Int16
    var end: Int16
    var kind: Int32
    var room: Int32
    var conference: Int32
    /// Whether the event carries an attendee's notes (what a search of notes reads).
    var hasNotes: Bool
  }

  init(
    storage: SnapshotStorage, strings: SnapshotStrings?, records: (start: Int, offsets: IntColumn),
    columns: Columns,
    tables: (kinds: [EventKind], rooms: [String], conferences: [Conference]), files: [String]
  ) {
    self.storage = storage
    self.strings = strings
    (recordsStart, offsets) = records
    self.columns = columns
    (kinds, rooms, conferences) = tables
    self.files = files
  }

  /// How many events it holds.
  var count: Int { columns.day.count }

  /// The summary of the event at a position. A number out of its table (which only a damaged
  /// snapshot that skipped `validated` could hold) reads as the first kind and no room or
  /// conference, never past a table.
  func row(_ position: Int) -> Row {
    let day = columns.day[position] &- 1_000_000
    let kind = columns.kind[position]
    let room = columns.room[position]
    let conference = columns.conference[position]
    return Row(
      day: columns.day[position] == -1 || day <= Int(Int32.min) || day > Int(Int32.max)
        ? Int32.min : Int32(day),
      start: Int16(clamping: columns.start[position]),
      end: Int16(clamping: columns.end[position]),
      kind: Int32(kind >= 0 && kind < kinds.count ? kind : 0),
      room: Int32(room >= 0 && room < rooms.count ? room : -1),
      conference: Int32(conference >= 0 && conference < conferences.count ? conference : -1),
      hasNotes: columns.hasNotes[position] == 1)
  }

  /// The positions of the events that carry notes.
  var positionsWithNotes: [Int] {
    (0..<count).filter { columns.hasNotes[$0] == 1 }
  }

  /// Where the record at a position is in the snapshot; empty when the offsets are out of
  /// order or past the snapshot (only a damaged one that skipped `validated`).
  private func recordRange(_ position: Int) -> Range<Int> {
    let lower = offsets[position]
    let upper = offsets[position + 1]
    return 0 <= lower && lower <= upper && upper <= Int.max - recordsStart
      ? recordsStart + lower..<recordsStart + upper : recordsStart..<recordsStart
  }

  /// The positions of the events whose summary passes a test, each table entry judged once.
  func positions(passing test: some SummaryTest) -> [Int] {
    let kindVerdicts = kinds.map { test.passes(kind: $0) }
    let roomVerdicts = rooms.map { test.passes(room: $0) }
    let conferenceVerdicts = conferences.map { test.passes(conference: $0) }
    let (noRoom, noConference) = (test.passes(room: nil), test.passes(conference: nil))
    return (0..<count).filter { position in
      let row = self.row(position)
      guard kindVerdicts[Int(row.kind)],
        row.room < 0 ? noRoom : roomVerdicts[Int(row.room)],
        row.conference < 0 ? noConference : conferenceVerdicts[Int(row.conference)]
      else { return false }
      return test.passes(
        date: row.day == Int32.min ? nil : CalendarDate(daysSinceEpoch: Int(row.day)),
        start: LocalTime(minutes: Int(row.start)), end: LocalTime(minutes: Int(row.end)))
    }
  }

  /// Every event, thawed the first time and kept.
  var all: [Event] {
    cache.withLock { cache in
      if let events = cache.events { return events }
      var events: [Event] = []
      events.reserveCapacity(count)
      // All of them: through the mapping, read in order.
      for position in 0..<count {
        events.append(cache.thawed[position] ?? thaw(position, alone: false))
      }
      cache.events = events
      cache.thawed = [:]
      return events
    }
  }

  /// The event at a position, thawed alone unless all of them already are.
  func event(at position: Int) -> Event {
    cache.withLock { cache in
      if let events = cache.events { return events[position] }
      if let event = cache.thawed[position] { return event }
      let event = thaw(position)
      cache.thawed[position] = event
      return event
    }
  }

  /// The events at some positions, in that order.
  func events(at positions: [Int]) -> [Event] {
    positions.map(event(at:))
  }

  /// The position of the event with an id.
  func position(of id: EventID) -> Int? {
    cache.withLock { cache in
      if cache.positions == nil {
        var positions: [EventID: Int] = [:]
        positions.reserveCapacity(count)
        for position in 0..<count {
          positions[self.id(at: position, alone: false)] = position
        }
        cache.positions = positions
      }
      return cache.positions?[id]
    }
  }

  /// The position of the event a file's own id names (a frab `guid`, an iCalendar `UID`); an id
  /// two events share names neither.
  func position(ofSourceID sourceID: String) -> Int? {
    let events = all
    return cache.withLock { cache in
      if cache.bySourceID == nil {
        var seen: [String: Int] = [:]
        for index in events.indices {
          for sourceID in events[index].sourceIDs {
            seen[sourceID] = seen[sourceID] == nil ? index : -1
          }
        }
        cache.bySourceID = seen.filter { $0.value >= 0 }
      }
      return cache.bySourceID?[sourceID]
    }
  }

  /// The id of the event at a position: the first thing its record holds.
  private func id(at position: Int, alone: Bool = true) -> EventID {
    withRecord(position, alone: alone) { reader in
      EventID(rawValue: (try? reader.string()) ?? "")
    }
  }

  /// Calls `body` with a reader at the start of a record. `alone`: one of a few scattered
  /// records, read by itself (`SnapshotStorage.withPiece`) rather than through the mapping.
  private func withRecord<R>(
    _ position: Int, alone: Bool, _ body: (inout SnapshotReader) -> R
  ) -> R {
    if alone {
      return storage.withPiece(recordRange(position)) { bytes in
        var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
        return body(&reader)
      }
    }
    return storage.withBytes { bytes in
      var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
      reader.seek(to: recordRange(position).lowerBound)
      return body(&reader)
    }
  }

  /// Decodes one event. The records were walked when the snapshot was thawed (`validated`), or
  /// passed the checksum they were written with, so reading one cannot fail; were it to, the
  /// event keeps its summary and says so in its title rather than stopping the run.
  private func thaw(_ position: Int, alone: Bool = true) -> Event {
    let row = self.row(position)
    var event = Event(
      kind: kinds[Int(row.kind)], title: "(an event this build cannot read)",
      conference: row.conference < 0 ? nil : conferences[Int(row.conference)],
      date: row.day == Int32.min ? nil : CalendarDate(daysSinceEpoch: Int(row.day)),
      start: LocalTime(minutes: Int(row.start)), end: LocalTime(minutes: Int(row.end)),
      room: row.room < 0 ? nil : rooms[Int(row.room)], source: SourceLocation(file: "", line: 0))
    withRecord(position, alone: alone) { reader in
      guard var record = try? EventRecord(decoding: &reader, files: files) else { return }
      record.twins.removeAll { !(0..<count).contains($0) }
      record.fill(&event)
      event.alsoPresented = record.twins.map { id(at: $0, alone: alone) }
    }
    return event
  }

  /// Walks every record once, without making its strings, to check that each ends where the
  /// next begins: what `thaw` relies on.
  static func validated(
    _ reader: inout SnapshotReader, records: (start: Int, offsets: IntColumn), files: Int
  ) throws(SnapshotReader.Failure) {
    let (start, offsets) = records
    guard offsets.count > 0, offsets[0] == 0 else { throw .badTag }
    for position in 0..<(offsets.count - 1) {
      reader.seek(to: start &+ offsets[position])
      try EventRecord.skip(&reader, files: files)
      guard reader.offset == start &+ offsets[position + 1] else { throw .badTag }
    }
  }
}
