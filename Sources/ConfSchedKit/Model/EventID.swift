/// A short, stable identifier of an event: six lowercase letters and digits, such as `k3m9qa`.
///
/// It is a hash of what the event is (conference, kind, title, day, times, room, board), not of
/// where it was read, so it is the same on every run and machine, and two files describing the
/// same event give the same id. See `Schedule` for how collisions and exact duplicates are told
/// apart.
public struct EventID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The identifier's text.
  public let rawValue: String

  /// Wraps an identifier's text.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// The text.
  public var description: String { rawValue }

  /// Orders two values.
  public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Letters and digits with the easily confused `0 1 i l o` left out.
  static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz".utf8)

  /// The first `length` symbols of a 64-bit hash.
  static func encode(_ hash: UInt64, length: Int) -> String {
    var value = hash
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    for _ in 0..<length {
      bytes.append(alphabet[Int(value % UInt64(alphabet.count))])
      value /= UInt64(alphabet.count)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// FNV-1a, 64 bits: a small, fixed hash (Swift's `Hasher` is seeded per process).
struct StableHasher {
  private(set) var value: UInt64

  init(value: UInt64 = 0xcbf2_9ce4_8422_2325) {
    self.value = value
  }

  mutating func combine(_ text: String) {
    // Read in place when the string is stored as UTF-8, as a native one is.
    let read: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes { absorb(byte) }
      return true
    }
    if read == nil {
      for byte in text.utf8 { absorb(byte) }
    }
    absorb(0x1f)  // a separator no text contains
  }

  @inline(__always)
  private mutating func absorb(_ byte: UInt8) {
    value ^= UInt64(byte)
    value &*= 0x0000_0100_0000_01b3
  }

  mutating func combine(_ number: Int) { combine(String(number)) }
}
