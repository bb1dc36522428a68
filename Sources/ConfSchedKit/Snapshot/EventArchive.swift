import Synchronization

/// The events of a snapshot, left frozen where they lie and thawed one by one as a command
/// asks for them: `list --day sat --room "Saal 1"` reads the summary of every event (day,
/// times, kind, room) and decodes the dozen it shows, not the thousand it skips.
///
/// What a snapshot holds for each event is split in two: its summary, a few integers decoded
/// for every event when the snapshot is thawed, and its record (id, title, people, abstract,
/// links...), decoded on demand. The whole array is made once, the first time a command asks
/// for all of it, and kept.
final class EventArchive: Sendable {
  /// What holds the records' bytes (and keeps them alive).
  private let storage: SnapshotStorage
  /// The string table the snapshot was written with, if any.
  private let strings: [String]?
  /// Where each event's record starts in the snapshot, and where the last one ends.
  private let offsets: [Int]
  /// Each event's summary, in schedule order.
  let summaries: [EventSummary]
  /// The source file names records point into.
  private let files: [String]
  /// Made once, on first use.
  private let cache = Mutex(Cache())

  private struct Cache {
    var events: [Event]?
    var positions: [EventID: Int]?
    var bySourceID: [String: Int]?
  }

  init(
    storage: SnapshotStorage, strings: [String]?, offsets: [Int], summaries: [EventSummary],
    files: [String]
  ) {
    self.storage = storage
    self.strings = strings
    self.offsets = offsets
    self.summaries = summaries
    self.files = files
  }

  /// How many events it holds.
  var count: Int { summaries.count }

  /// Every event, thawed the first time and kept.
  var all: [Event] {
    cache.withLock { cache in
      if let events = cache.events { return events }
      var events: [Event] = []
      events.reserveCapacity(count)
      for position in summaries.indices { events.append(thaw(position)) }
      cache.events = events
      return events
    }
  }

  /// The event at a position, thawed alone unless all of them already are.
  func event(at position: Int) -> Event {
    if let events = cache.withLock({ $0.events }) { return events[position] }
    return thaw(position)
  }

  /// The events at some positions, in that order.
  func events(at positions: [Int]) -> [Event] {
    if let events = cache.withLock({ $0.events }) { return positions.map { events[$0] } }
    return positions.map(thaw)
  }

  /// The position of the event with an id.
  func position(of id: EventID) -> Int? {
    cache.withLock { cache in
      if cache.positions == nil {
        var positions: [EventID: Int] = [:]
        positions.reserveCapacity(count)
        for position in summaries.indices { positions[self.id(at: position)] = position }
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
  private func id(at position: Int) -> EventID {
    storage.withBytes { bytes in
      var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
      reader.seek(to: offsets[position])
      return EventID(rawValue: (try? reader.string()) ?? "")
    }
  }

  /// Decodes one event. The records were walked when the snapshot was thawed (`validated`), so
  /// reading one again cannot fail; were it to, the event keeps its summary and says so in its
  /// title rather than stopping the run.
  private func thaw(_ position: Int) -> Event {
    let summary = summaries[position]
    return storage.withBytes { bytes in
      var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
      reader.seek(to: offsets[position])
      do {
        var record = try EventRecord(decoding: &reader, files: files)
        record.twins.removeAll { !summaries.indices.contains($0) }
        var event = record.event(summary)
        event.alsoPresented = record.twins.map(id(at:))
        return event
      } catch {
        return Event(
          kind: summary.kind, title: "(an event this build cannot read)",
          conference: summary.conference, date: summary.date, start: summary.start,
          end: summary.end, room: summary.room, source: SourceLocation(file: "", line: 0))
      }
    }
  }

  /// Walks every record once, without making its strings, to check that each ends where the
  /// next begins: what `thaw` relies on.
  static func validated(
    _ reader: inout SnapshotReader, offsets: [Int], files: Int
  ) throws(SnapshotReader.Failure) {
    for position in 0..<(offsets.count - 1) {
      reader.seek(to: offsets[position])
      try EventRecord.skip(&reader, files: files)
      guard reader.offset == offsets[position + 1] else { throw .badTag }
    }
  }
}
