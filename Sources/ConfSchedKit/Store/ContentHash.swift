/// A fast 64-bit hash of bytes, eight at a time: what tells a changed original from the one
/// added, names a `--data` file's compiled form in the cache, and checks a compiled file for
/// damage.
///
/// Not cryptographic: it guards against accidents (an edited dump, a truncated or flipped
/// file), not against someone forging a collision, who could as well edit the compiled file.
/// A few GB/s, so hashing a 50 MB dump costs a few milliseconds of a run.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
  /// The hash's value.
  public let value: UInt64

  /// The hash of `bytes`.
  public init(_ bytes: UnsafeRawBufferPointer) {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ (UInt64(bytes.count) &* multiplier)
    var offset = 0
    let words = bytes.count / 8
    if let base = bytes.baseAddress {
      for _ in 0..<words {
        let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        state = (state ^ word) &* multiplier
        state ^= state >> 29
        offset += 8
      }
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    state = (state ^ tail) &* multiplier
    state ^= state >> 32
    state = state &* 0xBF58_476D_1CE4_E5B9
    state ^= state >> 31
    value = state
  }

  /// The hash of an array's bytes.
  public init(_ bytes: [UInt8]) {
    self = bytes.withUnsafeBytes { ContentHash($0) }
  }

  /// The hash of a string's UTF-8.
  public init(_ text: String) {
    self = ContentHash(Array(text.utf8))
  }

  /// A hash given by its value (read back from a file).
  public init(value: UInt64) {
    self.value = value
  }

  /// Sixteen lower-case hexadecimal digits.
  public var description: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The hash its sixteen digits write; nil for anything else.
  public init?(hex: some StringProtocol) {
    guard hex.utf8.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
    self.value = value
  }
}
