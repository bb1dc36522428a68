/// A set of bytes as a 256-bit mask: testing a byte is a shift and a mask, where a `Set<UInt8>`
/// hashes it (the first bytes of a query's words, tested against every acronym's phrases).
struct ByteMask: Sendable, Equatable {
  private var words: [UInt64] = [0, 0, 0, 0]

  /// The bytes of a sequence.
  init(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { words[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
  }

  /// Whether the byte is in the set.
  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    words[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0
  }
}
