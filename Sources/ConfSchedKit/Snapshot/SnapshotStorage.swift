/// What holds a snapshot's bytes and keeps them alive while any part of it is in use.
enum SnapshotStorage: Sendable {
  /// The snapshot is this string's UTF-8 (the bundled literal, or a test's text).
  case text(String)
  /// The snapshot is the bytes of a mapped file from this offset on (a compiled schedule).
  case mapped(MappedFile, from: Int)
  /// The bytes are in memory, coded as a snapshot codes them: the postings of an index built
  /// in this run (`SearchIndex.Builder.encodedPostings`).
  case bytes([UInt8])

  /// Calls `body` with the snapshot's bytes.
  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch self {
    case .text(let text):
      return text.withUTF8Bytes(body)
    case .mapped(let file, let start):
      let all = file.bytes.bindMemory(to: UInt8.self)
      return body(UnsafeBufferPointer(rebasing: all[start...]))
    case .bytes(let bytes):
      return bytes.withUnsafeBufferPointer(body)
    }
  }

  /// Calls `body` with the bytes at `range` of the snapshot, alone (`body`'s offset 0 is
  /// `range.lowerBound`). Of a mapped file they are read into memory of their own rather than
  /// faulted in: what one scattered record costs is its size, not the 64 KB a fault maps.
  func withPiece<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if case .mapped(let file, let start) = self,
      let copied = file.copy(start + range.lowerBound..<start + range.upperBound)
    {
      return copied.withUnsafeBufferPointer(body)
    }
    return withBytes { all in
      let clamped = range.clamped(to: 0..<all.count)
      return body(UnsafeBufferPointer(rebasing: all[clamped]))
    }
  }
}

/// Bytes of a snapshot left where they are.
struct SnapshotRegion: Sendable {
  /// What holds the snapshot; holding it keeps the bytes alive.
  let storage: SnapshotStorage
  /// Their offsets in the snapshot.
  let range: Range<Int>

  /// Calls `body` with the bytes at `offsets` (relative to the region's start).
  func withBytes<R>(_ offsets: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    storage.withBytes { all in
      body(
        UnsafeBufferPointer(
          rebasing: all[
            (range.lowerBound + offsets.lowerBound)..<(range.lowerBound + offsets.upperBound)]))
    }
  }

  /// The region's bytes in an array: the array itself when the region is all of one in
  /// memory, else a copy.
  var bytes: [UInt8] {
    if case .bytes(let all) = storage, range == 0..<all.count { return all }
    return withBytes(0..<range.count) { Array($0) }
  }
}
