/// A column of integers (each -1 or more): built in memory, or thawed from a snapshot as
/// fixed-width bytes that are read where they lie, each when it is asked for. A thawed index
/// then decodes none of its tens of thousands of word keys, postings' offsets and field
/// lengths, though a search reads a few hundred of them (decoding them all cost a bundled
/// search 1.3 M instructions), and copies none either (a copy cost a page fault per 4 KB).
struct IntColumn: Sendable {
  /// The values, for a column built in memory.
  private var values: [Int32] = []
  /// The values `width` bytes apiece, five bits a byte, least significant first, each stored
  /// plus one (so -1 is 0), for a thawed column.
  private var packed: SnapshotRegion?
  private var width = 0
  /// How many values the column holds.
  let count: Int

  /// A column of these values.
  init(_ values: [Int32]) {
    self.values = values
    count = values.count
  }

  private init(packed: SnapshotRegion, width: Int, count: Int) {
    self.packed = packed
    self.width = width
    self.count = count
  }

  /// Value `index` (which must be below `count`; of a thawed column, an index out of it, which
  /// only damage could give, reads as -1 rather than past the column).
  @inline(__always)
  subscript(index: Int) -> Int32 {
    guard let packed else { return values[index] }
    guard index >= 0, index < count else { return -1 }
    let start = index &* width
    return packed.withBytes(start..<start &+ width) { bytes in
      var value: Int64 = 0
      for offset in 0..<bytes.count {
        value |= Int64(bytes[offset] & 31) << (5 &* Int64(offset))
      }
      return Int32(truncatingIfNeeded: value &- 1)
    }
  }

  /// The widest a stored value may be: seven bytes, 35 bits.
  static let widest = 7

  /// Writes the column, all values of one width: `count`, `width`, then the bytes (printable
  /// ASCII, as everything a snapshot holds).
  func encode(into writer: inout SnapshotWriter) {
    var largest: Int64 = 0
    for index in 0..<count { largest = Swift.max(largest, Int64(self[index]) + 1) }
    var width = 1
    while largest >> (5 * width) != 0 { width += 1 }
    writer.int(count)
    writer.int(width)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count * width)
    for index in 0..<count {
      var rest = Int64(self[index]) + 1
      for _ in 0..<width {
        bytes.append(0x20 | UInt8(rest & 31))
        rest >>= 5
      }
    }
    writer.raw(bytes)
  }

  /// Reads a column that `encode(into:)` wrote, leaving its bytes where they are.
  init(decoding reader: inout SnapshotReader) throws(SnapshotReader.Failure) {
    let count = try reader.int()
    let width = try reader.int()
    guard count >= 0, (1...Self.widest).contains(width),
      count <= (reader.endOffset - reader.offset) / width
    else { throw .badTag }
    self.init(packed: try reader.region(count * width), width: width, count: count)
  }
}
