/// The string table of a build-time snapshot: string `id` on demand. The bundled data's table is
/// two static strings in the binary, every string back to back and where each ends, so a run
/// makes only the strings it reads: an array of 11,000 literals cost every run about 850,000
/// instructions to build before its first string was read, and a generated `switch` over them
/// is a chain of 11,000 comparisons in an unoptimised build.
public struct SnapshotStrings: Sendable {
  /// How many strings the table holds; ids run from 0 to `count - 1`.
  public let count: Int
  private let lookup: @Sendable (Int) -> String

  /// A table of `count` strings, string `id` given by `lookup(id)`.
  public init(count: Int, lookup: @escaping @Sendable (Int) -> String) {
    self.count = count
    self.lookup = lookup
  }

  /// A table held in an array.
  public init(_ strings: [String]) {
    self.init(count: strings.count) { strings[$0] }
  }

  /// A table packed by `packed(_:)`: `bytes` the strings back to back, `ends` where each ends,
  /// `endWidth` characters apiece. Both are this build's own (see `confsched-embed`); ends that
  /// do not fit the bytes, which only a broken build could write, read as empty strings, never
  /// past the bytes. They are checked per string read, not all at start-up.
  public init(bytes: StaticString, ends: StaticString) {
    self.init(count: ends.utf8CodeUnitCount / Self.endWidth) { id in
      ends.withUTF8Buffer { ends in
        let start = id == 0 ? 0 : Self.end(id - 1, in: ends)
        let end = Self.end(id, in: ends)
        return bytes.withUTF8Buffer { bytes in
          guard start <= end, end <= bytes.count else { return "" }
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
      }
    }
  }

  /// Characters per end: four of six bits, ends up to 16 MB.
  static let endWidth = 4

  private static func end(_ id: Int, in ends: UnsafeBufferPointer<UInt8>) -> Int {
    var value = 0
    for offset in 0..<endWidth {
      value = value << 6 | Int(ends[id * endWidth + offset] &- 0x30) & 63
    }
    return value
  }

  /// The two texts of `init(bytes:ends:)` for `strings`, or nil when they are past 16 MB
  /// together. The ends are ASCII from `0` to `o`.
  public static func packed(_ strings: [String]) -> (bytes: [UInt8], ends: [UInt8])? {
    var bytes: [UInt8] = []
    var ends: [UInt8] = []
    for string in strings {
      bytes += string.utf8
      guard bytes.count < 1 << (6 * endWidth) else { return nil }
      for offset in (0..<endWidth).reversed() {
        ends.append(0x30 + UInt8((bytes.count >> (6 * offset)) & 63))
      }
    }
    return (bytes, ends)
  }

  /// Whether `id` names a string of the table.
  func contains(_ id: Int) -> Bool { id >= 0 && id < count }

  /// String `id`, which must be in the table (`contains`).
  subscript(id: Int) -> String { lookup(id) }
}
