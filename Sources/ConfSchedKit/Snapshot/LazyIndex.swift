import Synchronization

/// A search index that may still lie frozen in a snapshot, decoded the first time a command
/// searches: `list` and `timetable` never pay for the words and keys of every event.
///
/// The snapshot's index section was checked to be all there when the snapshot was thawed; were
/// it still not to decode, the index is built afresh from the events, so a search is never
/// answered from half an index.
public final class LazyIndex: Sendable {
  private enum Source: Sendable {
    case ready(SearchIndex)
    case frozen(
      SnapshotStorage, strings: SnapshotStrings?, at: Int, events: Schedule, checksummed: Bool)
  }

  private let source: Source
  private let decoded = Mutex<SearchIndex?>(nil)

  /// An index already made.
  public init(_ index: SearchIndex) {
    source = .ready(index)
  }

  /// The index a snapshot holds at a byte offset; `events` is its schedule, to build it from
  /// should it not decode. `checksummed`: its bytes passed the checksum they were written with
  /// (or are the binary's own), so its postings are not walked first (`SearchIndex`).
  init(
    frozen storage: SnapshotStorage, strings: SnapshotStrings?, at offset: Int, events: Schedule,
    checksummed: Bool
  ) {
    source = .frozen(
      storage, strings: strings, at: offset, events: events, checksummed: checksummed)
  }

  /// The index, decoded on first use and kept.
  public var index: SearchIndex {
    switch source {
    case .ready(let index):
      return index
    case .frozen(let storage, let strings, let offset, let schedule, let checksummed):
      return decoded.withLock { decoded in
        if let decoded { return decoded }
        let index =
          storage.withBytes { bytes in
            var reader = SnapshotReader(storage: storage, bytes: bytes, strings: strings)
            reader.seek(to: offset)
            return try? SearchIndex(decoding: &reader, walkingPostings: !checksummed)
          } ?? SearchIndex(schedule.events)
        decoded = index
        return index
      }
    }
  }
}
