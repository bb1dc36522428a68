/// A column of integers: built in memory, or thawed from a snapshot as
/// fixed-width bytes that are read where they lie, each when it is asked for. A thawed index
/// then decodes none of its tens of thousands of word keys, postings' offsets and field
/// lengths, though a search reads a few hundred of them (decoding them all cost a bundled
/// search 1.3 M instructions), and copies none either (a copy cost a page fault per 4 KB).
struct IntColumn: Sendable {
  /// The values, for a column built in memory.
  private var values: [Int] = []
  /// The values `width` bytes apiece, five bits a byte, least significant first, each stored
  /// as its difference from `base` (the least of them), for a thawed column.
  private var packed: SnapshotRegion?
  private var width = 0
  private var base = 0
  /// How many values the column holds.
  let count: Int

  /// A column of these values.
  init(_ values: [Int32]) {
    self.init(values.map { Int($0) })
  }

  /// A column of these values.
  init(_ values: [Int]) {
    self.values = values
    count = values.count
  }

  private init(packed: SnapshotRegion, width: Int, base: Int, count: Int) {
    self.packed = packed
    self.width = width
    self.base = base
    self.count = count
  }

  /// Value `index`, which must be below `count`: a built column traps past it, as an array
  /// does; a thawed one, whose index can only be out of it through damage, reads -1 rather
  /// than past its bytes.
  @inline(__always)
  subscript(index: Int) -> Int {
    guard let packed else { return values[index] }
    guard index >= 0, index < count else { return -1 }
    let start = index &* width
    return packed.withBytes(start..<start &+ width) { bytes in
      var value: UInt64 = 0
      for offset in 0..<bytes.count {
        value |= UInt64(bytes[offset] & 31) << (5 &* UInt64(offset))
      }
      return base &+ Int(truncatingIfNeeded: value)
    }
  }

  /// Every value, read in one pass and clamped to `UInt16`: for a column read all over, as the
  /// ranking reads the events' field lengths (one at a time, through `subscript`, they cost a
  /// bundled search 0.2 M instructions more than this pass).
  func uint16s() -> [UInt16] {
    guard let packed else { return values.map { UInt16(clamping: $0) } }
    let (count, width, base) = (count, width, base)
    return packed.withBytes(0..<count * width) { bytes in
      [UInt16](unsafeUninitializedCapacity: count) { out, initialized in
        // Field lengths take one or two bytes: those widths without the loop over bytes.
        switch width {
        case 1:
          for index in 0..<count {
            out[index] = UInt16(clamping: base &+ Int(bytes[index] & 31))
          }
        case 2:
          for index in 0..<count {
            let value = Int(bytes[2 &* index] & 31) | Int(bytes[2 &* index &+ 1] & 31) << 5
            out[index] = UInt16(clamping: base &+ value)
          }
        default:
          for index in 0..<count {
            var value: UInt64 = 0
            for offset in 0..<width {
              value |= UInt64(bytes[index &* width &+ offset] & 31) << (5 &* UInt64(offset))
            }
            out[index] = UInt16(clamping: base &+ Int(truncatingIfNeeded: value))
          }
        }
        initialized = count
      }
    }
  }

  /// The widest a stored value may be: thirteen bytes, any 64-bit difference.
  static let widest = 13

  /// Writes the column (see `encode(_:into:)`).
  func encode(into writer: inout SnapshotWriter) {
    Self.encode((0..<count).map { self[$0] }, into: &writer)
  }

  /// Writes values as a column, all of one width: `count`, `width`, `base`, then the bytes
  /// (printable ASCII, as everything a snapshot holds). Any values: each is stored as its
  /// difference from the least.
  static func encode(_ values: [Int], into writer: inout SnapshotWriter) {
    let base = values.min() ?? 0
    var largest: UInt64 = 0
    for value in values { largest = Swift.max(largest, UInt64(bitPattern: Int64(value &- base))) }
    var width = 1
    while width < widest && largest >> UInt64(5 * width) != 0 { width += 1 }
    writer.int(values.count)
    writer.int(width)
    writer.int(base)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(values.count * width)
    for value in values {
      var rest = UInt64(bitPattern: Int64(value &- base))
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
    let base = try reader.int()
    guard count >= 0, (1...Self.widest).contains(width),
      count <= (reader.endOffset - reader.offset) / width
    else { throw .badTag }
    self.init(packed: try reader.region(count * width), width: width, base: base, count: count)
  }
}
