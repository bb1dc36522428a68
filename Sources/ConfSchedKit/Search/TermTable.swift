/// The vocabulary of a search index: every distinct folded word, stored back to back in one byte
/// array and found through an open-addressing hash table, so that building an index allocates
/// no string per word.
struct TermTable: Sendable {
  /// All terms' bytes, back to back.
  private(set) var bytes: [UInt8] = []
  /// Where term `id` starts in `bytes`; `starts[id + 1]` is where it ends.
  private(set) var starts: [Int32] = [0]
  /// Slots holding `id + 1`, or 0 when empty.
  private var slots: [Int32]
  private var mask: Int

  init(capacity: Int = 1024) {
    var size = 1024
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
  }

  var count: Int { starts.count - 1 }

  /// The term ids in byte order, as a snapshot stores them.
  func sortedIDs() -> [Int] {
    (0..<count).sorted { term($0).lexicographicallyPrecedes(term($1)) }
  }

  /// Writes the terms for a snapshot in the given order: their bytes, then their lengths.
  func encode(_ order: [Int], into writer: inout SnapshotWriter) {
    var sortedBytes: [UInt8] = []
    sortedBytes.reserveCapacity(bytes.count)
    for id in order { sortedBytes.append(contentsOf: term(id)) }
    writer.rawString(String(decoding: sortedBytes, as: UTF8.self))
    writer.int(order.count)
    for id in order { writer.int(term(id).count) }  // read back as running sums
  }

  /// Reads terms that `encode(_:into:)` wrote in byte order. The table then finds terms by
  /// binary search instead of hashing, so thawing costs no hashing at all.
  init(decoding reader: inout SnapshotReader) throws(SnapshotReader.Failure) {
    let text = try reader.region(try reader.int())  // what rawString wrote, copied once
    let count = try reader.int()
    guard count >= 0 else { throw .badTag }
    slots = []
    mask = 0
    bytes = text.withBytes(0..<text.range.count) { Array($0) }
    starts = [Int32](repeating: 0, count: count + 1)
    try starts.withUnsafeMutableBufferPointer { buffer throws(SnapshotReader.Failure) in
      try reader.deltas(count, into: buffer, at: 1)
    }
    guard Int(starts[count]) == bytes.count else { throw .badTag }
  }

  /// Whether terms are found by binary search (a thawed table, sorted, read-only).
  var isSorted: Bool { slots.isEmpty }

  /// The bytes of term `id`.
  func term(_ id: Int) -> ArraySlice<UInt8> {
    bytes[Int(starts[id])..<Int(starts[id + 1])]
  }

  /// The first sorted id whose term is not less than `key` (sorted tables only).
  func lowerBound(_ key: some Collection<UInt8>) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if term(middle).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The text of term `id`.
  func string(_ id: Int) -> String { String(decoding: term(id), as: UTF8.self) }

  /// The id of a term, if present.
  func id(of key: some Collection<UInt8>) -> Int? {
    if isSorted {
      let index = lowerBound(key)
      return index < count && term(index).elementsEqual(key) ? index : nil
    }
    if let found = key.withContiguousStorageIfAvailable({ hashedID(of: $0) }) { return found }
    var hasher = Self.hash(key)
    while true {
      let slot = Int(hasher & UInt64(mask))
      let stored = slots[slot]
      if stored == 0 { return nil }
      if term(Int(stored) - 1).elementsEqual(key) { return Int(stored) - 1 }
      hasher &+= 1
    }
  }

  /// `id(of:)` in a hashed table for bytes in memory, probed as `insert` probes: the hot path of
  /// `TermVectors`.
  private func hashedID(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      starts.withUnsafeBufferPointer { starts in
        bytes.withUnsafeBufferPointer { stored in
          Self.probe(
            key, hash: Self.hash(bytes: key), slots: slots, starts: starts, stored: stored,
            mask: mask
          ).id
        }
      }
    }
  }

  /// The id of a term in `buffer[range]`, adding the term when new: the hot path of building
  /// an index (once per word of the text), so the probe reads the tables in place and compares
  /// the bytes eight at a time rather than through a call to `memcmp`.
  mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    let key = UnsafeBufferPointer(rebasing: buffer[range])
    let hash = Self.hash(bytes: key)
    let (found, slot) = slots.withUnsafeBufferPointer { slots in
      starts.withUnsafeBufferPointer { starts in
        bytes.withUnsafeBufferPointer { stored in
          Self.probe(key, hash: hash, slots: slots, starts: starts, stored: stored, mask: mask)
        }
      }
    }
    if let found { return found }
    let id = count
    bytes.append(contentsOf: key)
    starts.append(Int32(bytes.count))
    slots[slot] = Int32(id + 1)
    if count * 2 > slots.count { grow() }
    return id
  }

  /// The id of `key` in the table, or nil and the empty slot where it goes.
  @inline(__always)
  private static func probe(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, slots: UnsafeBufferPointer<Int32>,
    starts: UnsafeBufferPointer<Int32>, stored: UnsafeBufferPointer<UInt8>, mask: Int
  ) -> (id: Int?, slot: Int) {
    var probe = hash
    while true {
      let slot = Int(probe & UInt64(mask))
      let entry = Int(slots[slot])
      if entry == 0 { return (nil, slot) }
      let start = Int(starts[entry - 1])
      if Int(starts[entry]) - start == key.count
        && equal(stored, from: start, key)
      {
        return (entry - 1, slot)
      }
      probe &+= 1
    }
  }

  /// Whether `stored[start...]` begins with the bytes of `key` (which it has room for).
  @inline(__always)
  private static func equal(
    _ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else {
      return key.isEmpty
    }
    let left = UnsafeRawPointer(storedBase + start)
    let right = UnsafeRawPointer(keyBase)
    var offset = 0
    while offset + 8 <= key.count {
      if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    while offset < key.count {
      if left.load(fromByteOffset: offset, as: UInt8.self)
        != right.load(fromByteOffset: offset, as: UInt8.self)
      {
        return false
      }
      offset += 1
    }
    return true
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    for id in 0..<count {
      var probe = Self.hash(term(id))
      while slots[Int(probe & UInt64(mask))] != 0 { probe &+= 1 }
      slots[Int(probe & UInt64(mask))] = Int32(id + 1)
    }
  }

  /// The hash of a term: eight bytes at a time, then a final mix (a byte at a time cost a
  /// dependent multiply per byte, a tenth of building an index).
  static func hash(_ key: some Collection<UInt8>) -> UInt64 {
    if let value = key.withContiguousStorageIfAvailable({ hash(bytes: $0) }) { return value }
    return Array(key).withUnsafeBufferPointer { hash(bytes: $0) }
  }

  @inline(__always)
  private static func hash(bytes key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
    var offset = 0
    if let base = key.baseAddress {
      let raw = UnsafeRawPointer(base)
      while offset + 8 <= key.count {
        value = (value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
        value ^= value >> 29
        offset += 8
      }
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < key.count {
      tail |= UInt64(key[offset]) << shift
      shift += 8
      offset += 1
    }
    value = (value ^ tail) &* multiplier
    value ^= value >> 29
    value &*= 0xbf58_476d_1ce4_e5b9
    return value ^ (value >> 32)
  }
}
