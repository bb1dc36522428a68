#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The keys an object reader looks for, matched on the key's bytes in the file: a program's
/// 6,000 events write two dozen keys each, and making a `String` of each, then hashing and
/// comparing it, cost a tenth of the read.
///
/// A key is found in one probe of a small open-addressed table, hashed on its length and its
/// first and last bytes (which tell the site's keys apart), then compared with `memcmp`: a
/// linear walk over two dozen names was 7% of a program's read.
struct JSONKeyTable {
  /// A key as read: one of the table's (its index), or another, decoded.
  enum Key {
    case known(Int)
    case other(String)
  }

  /// The names, one after another, as UTF-8.
  private let text: [UInt8]
  /// Where each name starts in `text`, and where the last ends.
  private let bounds: [Int]
  /// For each hash slot, the index of the name there plus one; 0 for an empty slot.
  private let slots: [UInt8]

  /// Slots in the table: a power of two, four times the most names a table holds.
  private static let slotCount = 256

  /// A table of at most 64 names (an object reader tracks the ones seen in a 64-bit mask).
  init(_ names: [String]) {
    precondition(names.count <= 64, "a key table holds at most 64 names")
    var text: [UInt8] = []
    var bounds = [0]
    var slots = [UInt8](repeating: 0, count: Self.slotCount)
    for (index, name) in names.enumerated() {
      let bytes = Array(name.utf8)
      var slot = Self.hash(bytes.count, bytes.first ?? 0, bytes.last ?? 0)
      while slots[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
      slots[slot] = UInt8(index + 1)
      text.append(contentsOf: bytes)
      bounds.append(text.count)
    }
    self.text = text
    self.bounds = bounds
    self.slots = slots
  }

  var count: Int { bounds.count - 1 }

  @inline(__always)
  private static func hash(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
    (length &* 37 &+ Int(first) &* 7 &+ Int(last)) & (slotCount - 1)
  }

  /// The name at an index, as a message quotes it.
  func name(_ index: Int) -> String {
    String(decoding: text[bounds[index]..<bounds[index + 1]], as: UTF8.self)
  }

  /// The index of the name whose bytes are `bytes[range]`, or nil.
  func index(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let length = range.count
    guard length > 0, let base = bytes.baseAddress else {
      return length == 0 ? emptyIndex : nil
    }
    let key = base + range.lowerBound
    return slots.withUnsafeBufferPointer { slots -> Int? in
      var slot = Self.hash(length, key[0], key[length - 1])
      while true {
        let entry = Int(slots[slot])
        if entry == 0 { return nil }
        let start = bounds[entry - 1]
        if bounds[entry] - start == length,
          text.withUnsafeBufferPointer({ names in
            names.baseAddress.map { Self.equal($0 + start, key, length) } ?? false
          })
        {
          return entry - 1
        }
        slot = (slot + 1) & (Self.slotCount - 1)
      }
    }
  }

  /// Whether `count` bytes are the same: a loop inlined for a key's few bytes, where a call to
  /// `memcmp` for each of a program's 270,000 keys cost more than the compare.
  @inline(__always)
  private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int)
    -> Bool
  {
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    // Words that may overlap, all within the `count` bytes: two of four bytes for a key of 4
    // to 7, the first, middle and last byte for one of 1 to 3.
    if count >= 8 {
      var offset = 0
      while offset + 8 <= count {
        if rawA.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          != rawB.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
          return false
        }
        offset += 8
      }
      return offset == count
        || rawA.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
          == rawB.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
    if count >= 4 {
      return rawA.loadUnaligned(as: UInt32.self) == rawB.loadUnaligned(as: UInt32.self)
        && rawA.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == rawB.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    return count == 0
      || (a[0] == b[0] && a[count / 2] == b[count / 2] && a[count - 1] == b[count - 1])
  }

  /// The length of the name at `index`, in bytes.
  func length(_ index: Int) -> Int { bounds[index + 1] - bounds[index] }

  /// Whether the bytes at `start` are the name at `index` and a closing quote: a key checked
  /// against the one expected, with no scan for its end and no hash.
  func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    let nameStart = bounds[index]
    let length = bounds[index + 1] - nameStart
    guard start + length < bytes.count, bytes[start + length] == JSONParser.quote,
      let base = bytes.baseAddress
    else { return false }
    return text.withUnsafeBufferPointer { names in
      names.baseAddress.map { Self.equal($0 + nameStart, base + start, length) } ?? false
    }
  }

  /// The index of the empty name, if the table has it.
  private var emptyIndex: Int? {
    (0..<count).first { bounds[$0 + 1] == bounds[$0] }
  }

  /// The index of a name given as a string (a key written with escapes), or nil.
  func index(of key: String) -> Int? {
    Array(key.utf8).withUnsafeBufferPointer { index(of: $0, 0..<$0.count) }
  }
}
