import Testing

@testable import ConfSchedKit

@Suite("Snapshot writer")
struct SnapshotWriterTests {
  /// A large array written raw is kept as a piece of its own, not copied; the pieces, joined,
  /// are what one array would hold, and `count` counts them all.
  @Test func keepsLargeArraysAsPieces() {
    let large = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0) }
    var writer = SnapshotWriter()
    writer.int(5)
    writer.raw([1, 2, 3])
    writer.raw(large)
    writer.rawString("after")
    writer.raw(large)
    #expect(writer.allPieces.count == 4)
    #expect(writer.allPieces[1] == large && writer.allPieces[3] == large)
    var expected: [UInt8] = [0x26, 1, 2, 3] + large + [0x26] + Array("after".utf8) + large
    #expect(writer.bytes == expected)
    #expect(Array(writer.allPieces.joined()) == expected)
    #expect(writer.count == expected.count)
    // A cut after the last piece takes back only what follows it.
    writer.rawString("tail")
    let start = writer.count - 5
    #expect(writer.cut(from: start) == [0x25] + Array("tail".utf8))
    #expect(writer.count == expected.count)
    expected = writer.bytes
    #expect(Array(writer.allPieces.joined()) == expected)
  }

  /// Small arrays stay in one piece.
  @Test func keepsSmallArraysTogether() {
    var writer = SnapshotWriter()
    writer.raw([1, 2])
    writer.raw(Array(repeating: 9, count: 1000))
    #expect(writer.allPieces.count == 1)
    #expect(writer.bytes.count == 1002)
  }

  /// An integer written into memory of its own (an index's postings) takes the bytes
  /// `int(_:)` appends, at most `intBytesAtMost` of them, and reads back.
  @Test func writesAnIntegerInPlaceAsItAppendsOne() throws {
    var values = [-1, 0, 1, 30, 31, 32, 1023, 1024, Int.max, Int.min, Int(Int32.max)]
    for shift in 0..<63 { values += [1 << shift, (1 << shift) - 2, (1 << shift) + 1] }
    var longest = 0
    for value in values {
      var writer = SnapshotWriter()
      writer.int(value)
      var buffer = [UInt8](repeating: 0xFF, count: SnapshotWriter.intBytesAtMost + 1)
      let count = buffer.withUnsafeMutableBufferPointer {
        SnapshotWriter.write(value, at: $0.baseAddress!)
      }
      #expect(Array(buffer[..<count]) == writer.bytes, "\(value)")
      #expect(buffer[count] == 0xFF, "wrote past its count: \(value)")
      longest = max(longest, count)
      let text = String(decoding: buffer[..<count], as: UTF8.self)
      let read = SnapshotStorage.text(text).withBytes { bytes in
        var reader = SnapshotReader(storage: .text(text), bytes: bytes)
        return try? reader.int()
      }
      #expect(read == value)
    }
    #expect(longest == SnapshotWriter.intBytesAtMost)
  }
}
