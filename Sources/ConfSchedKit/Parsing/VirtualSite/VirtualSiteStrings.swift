#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The strings a program writes again and again, made once each: its topics, sessions, rooms,
/// kinds and institutions (a few hundred distinct values over 6,000 events and 30,000 authors).
/// A value is found by a hash of its bytes and compared with the bytes of its first
/// occurrence in the file, so a repeat costs a hash and a `memcmp`, not an allocation, a UTF-8
/// check and a copy (and the program holds one copy, not thousands).
///
/// Only values longer than a small string's 15 bytes are kept (a shorter one is stored inside
/// the `String` itself, with no allocation to save), and no longer than 96 (a title or an
/// abstract does not repeat). The table stops taking new values when half full: the ones
/// already in it are still found.
final class VirtualSiteStrings {
  // Unchecked: the table is private and used by one reader at a time, and the run-time
  // exclusivity checks of a class's properties were as costly as the lookups they guarded.
  /// For each slot, the index in `entries` of the value there plus one; 0 for an empty slot.
  @exclusivity(unchecked) private var slots = [Int32](
    repeating: 0, count: VirtualSiteStrings.slotCount)
  /// Each value: where its first occurrence is in the file, and the string made of it.
  @exclusivity(unchecked) private var entries: [(range: Range<Int>, text: String)] = []

  /// A power of two.
  private static let slotCount = 8192

  /// The string of `bytes[range]`, which must be valid UTF-8 text as it is (no escapes).
  func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let count = range.count
    guard count > 15, count <= 96, let base = bytes.baseAddress else {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    let start = base + range.lowerBound
    var slot = Self.hash(start, count) & (Self.slotCount - 1)
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { break }
      let known = entries[entry - 1]
      if known.range.count == count, memcmp(base + known.range.lowerBound, start, count) == 0 {
        return known.text
      }
      slot = (slot + 1) & (Self.slotCount - 1)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    if entries.count < Self.slotCount / 2 {
      entries.append((range, text))
      slots[slot] = Int32(entries.count)
    }
    return text
  }

  /// A hash of `count` bytes (16 to 96), eight at a time: each word mixed in by a multiply and
  /// a rotation, the last word read so that it ends at the last byte.
  private static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
    let raw = UnsafeRawPointer(start)
    var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
    var offset = 0
    while offset + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = ((hash ^ word) &* 0x9E37_79B9_7F4A_7C15).rotated(left: 29)
      offset += 8
    }
    if offset < count {
      let word = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      hash = ((hash ^ word) &* 0x9E37_79B9_7F4A_7C15).rotated(left: 29)
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}

extension UInt64 {
  fileprivate func rotated(left count: UInt64) -> UInt64 {
    (self << count) | (self >> (64 - count))
  }
}
