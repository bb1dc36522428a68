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

  /// The hash of `bytes`: four independent lanes over 32 bytes at a time (so the multiplies
  /// of one lane do not wait on another's), folded together with the tail at the end.
  public init(_ bytes: UnsafeRawBufferPointer) {
    var stream = Stream(count: bytes.count)
    self = stream.finish(bytes)
  }

  /// A hash taken over bytes that come in pieces (a mapped file a window at a time), equal to
  /// the hash of all of them at once: every piece but the last is a multiple of 32 bytes.
  struct Stream {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var lanes: (UInt64, UInt64, UInt64, UInt64)

    /// A hash of `count` bytes to come.
    init(count: Int) {
      let seed: UInt64 = 0x243F_6A88_85A3_08D3 ^ (UInt64(count) &* Self.multiplier)
      lanes = (
        seed, seed ^ 0x1319_8A2E_0370_7344, seed ^ 0xA409_3822_299F_31D0,
        seed ^ 0x082E_FA98_EC4E_6C89
      )
    }

    /// Takes in the whole 32-byte blocks of `bytes`; how many bytes that was.
    @discardableResult
    mutating func absorb(_ bytes: UnsafeRawBufferPointer) -> Int {
      guard let base = bytes.baseAddress else { return 0 }
      var offset = 0
      for _ in 0..<bytes.count / 32 {
        lanes.0 = ContentHash.mix(
          lanes.0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        lanes.1 = ContentHash.mix(
          lanes.1, base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
        lanes.2 = ContentHash.mix(
          lanes.2, base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
        lanes.3 = ContentHash.mix(
          lanes.3, base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
        offset += 32
      }
      return offset
    }

    /// Takes in the last piece and gives the hash.
    mutating func finish(_ last: UnsafeRawBufferPointer) -> ContentHash {
      var offset = absorb(last)
      var state = ContentHash.mix(
        ContentHash.mix(ContentHash.mix(lanes.0, lanes.1), lanes.2), lanes.3)
      if let base = last.baseAddress {
        while offset + 8 <= last.count {
          state = ContentHash.mix(
            state, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          offset += 8
        }
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < last.count {
        tail |= UInt64(last[offset]) << shift
        shift += 8
        offset += 1
      }
      state = (state ^ tail) &* Self.multiplier
      state ^= state >> 32
      state = state &* 0xBF58_476D_1CE4_E5B9
      state ^= state >> 31
      return ContentHash(value: state)
    }
  }

  /// One step of a lane: the word folded in, multiplied, its high bits folded down.
  @inline(__always)
  private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
    var state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
    state ^= state >> 29
    return state
  }

  /// The hash of arrays' bytes one after the other: equal to the hash of them joined.
  public init(pieces: [[UInt8]]) {
    var stream = Stream(count: pieces.reduce(0) { $0 + $1.count })
    // Bytes short of a 32-byte block, carried over to the next piece.
    var carry: [UInt8] = []
    carry.reserveCapacity(32)
    for piece in pieces {
      piece.withUnsafeBytes { bytes in
        var start = 0
        if !carry.isEmpty {
          start = Swift.min(32 - carry.count, bytes.count)
          carry.append(contentsOf: bytes[0..<start])
          guard carry.count == 32 else { return }
          carry.withUnsafeBytes { _ = stream.absorb($0) }
          carry.removeAll(keepingCapacity: true)
        }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
        let absorbed = stream.absorb(rest)
        carry.append(contentsOf: rest[absorbed...])
      }
    }
    self = carry.withUnsafeBytes { stream.finish($0) }
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

extension ContentHash {
  /// The hash of a regular file's bytes, read where the kernel maps them rather than copied
  /// first, a window at a time (`MappedFile.contentHash(of:)`): a cached run hashes its
  /// `--data` file and reads it no further. Nil when the path is
  /// not a regular file that can be mapped; the caller reads it the usual way, which says why.
  public init?(fileAt path: String) {
    guard path != "-", let file = try? MappedFile.open(path) else { return nil }
    self = file.contentHash(of: 0..<file.bytes.count)
  }
}
