/// The primitives of the snapshot format: printable-ASCII integers and length-prefixed UTF-8.
///
/// An integer is written five bits at a time, least significant first: `@` to `_` (0x40-0x5F)
/// carry five bits with more to come, space to `?` (0x20-0x3F) carry the last five. Every byte
/// of an integer is printable ASCII, so a snapshot is valid UTF-8 and sits in a Swift string
/// literal without escapes. A string is its byte count, then its bytes.
struct SnapshotWriter {
  /// What is written, in order: `pieces`, then `current`. A large array handed to `raw` (the
  /// events' records, the index) becomes a piece of its own rather than copied again, and the
  /// pieces go to a file one after the other.
  private(set) var pieces: [[UInt8]] = []
  private var piecesCount = 0
  private var current: [UInt8] = []
  /// With a string table, strings are written as their index in it: the table is compiled
  /// into the binary as string literals, which need no copying when thawed.
  private(set) var strings: [String] = []
  private var stringIDs: [String: Int] = [:]
  let usesStringTable: Bool

  init(usesStringTable: Bool = false) {
    self.usesStringTable = usesStringTable
  }

  mutating func int(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value) &+ 1)  // -1 (nil) becomes 0
    while rest >= 32 {
      current.append(0x40 | UInt8(rest & 31))
      rest >>= 5
    }
    current.append(0x20 | UInt8(rest))
  }

  /// The most bytes `int(_:)` writes for one integer: twelve of five bits, then one of four.
  static let intBytesAtMost = 13

  /// Writes `value` as `int(_:)` does, at `pointer` (which has room for `intBytesAtMost`),
  /// and returns how many bytes it took: for runs of integers encoded into memory of their own
  /// (an index's postings), without a check of the array per byte.
  @inline(__always)
  static func write(_ value: Int, at pointer: UnsafeMutablePointer<UInt8>) -> Int {
    var rest = UInt64(bitPattern: Int64(value) &+ 1)
    var count = 0
    while rest >= 32 {
      pointer[count] = 0x40 | UInt8(rest & 31)
      rest >>= 5
      count += 1
    }
    pointer[count] = 0x20 | UInt8(rest)
    return count + 1
  }

  mutating func string(_ text: String) {
    guard usesStringTable else {
      rawString(text)
      return
    }
    if let id = stringIDs[text] {
      int(id)
    } else {
      stringIDs[text] = strings.count
      int(strings.count)
      strings.append(text)
    }
  }

  /// A string written out in full, table or not.
  mutating func rawString(_ text: String) {
    int(text.utf8.count)
    current.append(contentsOf: text.utf8)
  }

  /// A string or nil.
  mutating func optional(_ text: String?) {
    guard let text else {
      int(-1)
      return
    }
    string(text)
  }

  /// Makes room for `count` more bytes at once, for a writer about to write that many: a
  /// writer of tens of MB grown by doubling copies them several times, each into fresh pages.
  mutating func reserveCapacity(_ count: Int) {
    current.reserveCapacity(current.count + count)
  }

  /// How many bytes are written so far.
  var count: Int { piecesCount + current.count }

  /// Everything written, in one array (copied together when in pieces).
  var bytes: [UInt8] {
    guard !pieces.isEmpty else { return current }
    var all: [UInt8] = []
    all.reserveCapacity(count)
    for piece in pieces { all.append(contentsOf: piece) }
    all.append(contentsOf: current)
    return all
  }

  /// Everything written, as the pieces it is in, not copied.
  var allPieces: [[UInt8]] { current.isEmpty ? pieces : pieces + [current] }

  /// Takes back the bytes written from `start` on, to be written again later (`raw`); `start`
  /// is after the last piece.
  mutating func cut(from start: Int) -> [UInt8] {
    precondition(start >= piecesCount, "SnapshotWriter.cut: into a piece already set apart")
    let start = start - piecesCount
    defer { current.removeSubrange(start...) }
    return Array(current[start...])
  }

  /// Bytes written as they are; an array of a MB or more becomes a piece of its own.
  mutating func raw(_ data: [UInt8]) {
    guard data.count >= 1 << 20 else {
      current.append(contentsOf: data)
      return
    }
    if !current.isEmpty {
      pieces.append(current)
      piecesCount += current.count
      current = []
    }
    pieces.append(data)
    piecesCount += data.count
  }

  mutating func tag(_ text: StaticString) {
    text.withUTF8Buffer { current.append(contentsOf: $0) }
  }
}

/// Reads what `SnapshotWriter` wrote, in place: from the bundled literal, or from a compiled
/// file mapped into memory, copying no more than the strings it returns.
struct SnapshotReader {
  enum Failure: Error { case truncated, badTag }

  /// What holds the bytes (kept by what the reader hands out in place).
  let storage: SnapshotStorage
  private let bytes: UnsafeBufferPointer<UInt8>
  /// The string table, when the writer used one.
  let strings: SnapshotStrings?
  private(set) var offset = 0

  /// `bytes` must be the snapshot's bytes as `storage` holds them (which keeps them alive);
  /// `strings` is the string table the writer used, if it used one.
  init(storage: SnapshotStorage, bytes: UnsafeBufferPointer<UInt8>, strings: SnapshotStrings? = nil)
  {
    self.storage = storage
    self.bytes = bytes
    self.strings = strings
  }

  var isAtEnd: Bool { offset >= bytes.count }

  /// The offset just past the last byte.
  var endOffset: Int { bytes.count }

  @inline(__always)
  mutating func int() throws(Failure) -> Int {
    // Most numbers of a snapshot (counts, lengths, numbers into tables) take one byte.
    if offset < bytes.count, bytes[offset] & 0x40 == 0 {
      defer { offset += 1 }
      return Int(bytes[offset] & 31) - 1
    }
    return try longInt()
  }

  private mutating func longInt() throws(Failure) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw .truncated }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 31) << shift
      if byte & 0x40 == 0 { break }
      shift += 5
    }
    return Int(Int64(bitPattern: value) &- 1)
  }

  /// Reads `count` delta-coded values into `buffer[start...]`, as running sums. Most deltas (a
  /// vocabulary's word lengths) take one byte: those are read without the loop over bytes,
  /// which halved the cost of thawing a vocabulary.
  mutating func deltas<Value: FixedWidthInteger>(
    _ count: Int, into buffer: UnsafeMutableBufferPointer<Value>, at start: Int
  ) throws(Failure) {
    guard start >= 0, count >= 0, start + count <= buffer.count else { throw .truncated }
    var previous = 0
    var slot = 0
    while slot < count {
      guard offset < bytes.count else { throw .truncated }
      let byte = bytes[offset]
      if byte & 0x40 == 0 {
        previous &+= Int(byte & 31) &- 1
        offset &+= 1
      } else {
        previous &+= try longInt()
      }
      buffer[start &+ slot] = Value(truncatingIfNeeded: previous)
      slot &+= 1
    }
  }

  /// Skips `count` raw bytes and returns where they are: what holds the snapshot (which keeps
  /// them alive) and their byte offsets in it. Nothing is copied: the bundled snapshot is a
  /// literal in the binary, a compiled one a mapped file, and copying their postings cost more
  /// than reading them.
  mutating func region(_ count: Int) throws(Failure) -> SnapshotRegion {
    guard count >= 0, offset + count <= bytes.count else { throw .truncated }
    defer { offset += count }
    return SnapshotRegion(storage: storage, range: offset..<offset + count)
  }

  mutating func string() throws(Failure) -> String {
    guard let strings else { return try rawString() }
    let id = try int()
    guard strings.contains(id) else { throw .badTag }
    return strings[id]
  }

  /// A string written out in full.
  mutating func rawString() throws(Failure) -> String {
    let count = try int()
    guard count >= 0, offset + count <= bytes.count else { throw .truncated }
    defer { offset += count }
    // A compiled file passed its checksum, but its strings are checked as UTF-8 all the same
    // (ASCII, most of them, at memory speed): a string is never made from bytes unchecked.
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
  }

  mutating func optional() throws(Failure) -> String? {
    let count = try int()
    guard count >= 0 else { return nil }
    offset -= SnapshotReader.width(of: count)
    return try string()
  }

  /// A count of things that follow: never negative, never more than the bytes left (each
  /// thing takes at least one), so a loop over it is bounded by the snapshot.
  mutating func count() throws(Failure) -> Int {
    let value = try int()
    guard value >= 0, value <= bytes.count - offset else { throw .truncated }
    return value
  }

  /// Moves to a byte offset (one a reader stood at before).
  mutating func seek(to position: Int) {
    offset = position
  }

  /// Steps over a string (or its number in the table), checking its length.
  mutating func skipString() throws(Failure) {
    if let strings {
      guard strings.contains(try int()) else { throw .badTag }
      return
    }
    let count = try int()
    guard count >= 0, offset + count <= bytes.count else { throw .truncated }
    offset += count
  }

  /// Steps over a string or nil.
  mutating func skipOptional() throws(Failure) {
    let count = try int()
    guard count >= 0 else { return }
    offset -= SnapshotReader.width(of: count)
    try skipString()
  }

  mutating func expect(_ tag: StaticString) throws(Failure) {
    let matches = tag.withUTF8Buffer { pattern in
      offset + pattern.count <= bytes.count
        && pattern.indices.allSatisfy { bytes[offset + $0] == pattern[$0] }
    }
    guard matches else { throw .badTag }
    offset += tag.utf8CodeUnitCount
  }

  /// The number of bytes `SnapshotWriter.int` uses for a value.
  static func width(of value: Int) -> Int {
    var rest = UInt64(bitPattern: Int64(value) &+ 1)
    var width = 1
    while rest >= 32 {
      rest >>= 5
      width += 1
    }
    return width
  }
}
