import Testing

@testable import ConfSchedKit

/// A column thawed from a snapshot reads back every value that went in, at every width, and a
/// damaged one is refused rather than read past its bytes.
@Suite("Integer columns")
struct IntColumnTests {
  func roundTrip(_ values: [Int]) throws -> IntColumn {
    var writer = SnapshotWriter()
    IntColumn.encode(values, into: &writer)
    writer.int(42)  // what follows the column is read where it should be
    let text = String(decoding: writer.bytes, as: UTF8.self)
    let read = SnapshotStorage.text(text).withBytes { bytes in
      var reader = SnapshotReader(storage: .text(text), bytes: bytes)
      let column = try? IntColumn(decoding: &reader)
      return (column, try? reader.int())
    }
    #expect(read.1 == 42)
    return try #require(read.0)
  }

  @Test(arguments: [
    [], [-1], [0, 30, -1, 7], [31, 32, 1023, 1024], [Int(Int32.max), -1, 0],
    // Days before 1970 and far before it (a day is stored plus a million, and may still be
    // below -1), and the extremes of Int.
    [-2_000_000, -1, 999_999, 1_020_000], [Int.min, Int.max, 0], [Int.max, Int.max - 1],
    Array(0..<3000).map { $0 * 977 % 40_000 - 1 },
  ])
  func readsBackWhatWasWritten(_ values: [Int]) throws {
    let column = try roundTrip(values)
    #expect(column.count == values.count)
    #expect((0..<column.count).map { column[$0] } == values)
    // Past its end: -1, never a read past its bytes.
    #expect(column[values.count] == -1)
    #expect(column[-1] == -1)
  }

  @Test func readsEveryValueInOnePassClamped() throws {
    // Widths 4, 1 (with a base), 2 and 3.
    #expect(
      try roundTrip([0, 5, 65_535, 70_000, -1, 300]).uint16s() == [0, 5, 65_535, 65_535, 0, 300])
    #expect(try roundTrip([7, 9, 30]).uint16s() == [7, 9, 30])
    #expect(try roundTrip([0, 31, 1000, 1023]).uint16s() == [0, 31, 1000, 1023])
    #expect(try roundTrip([0, 1024, 30_000]).uint16s() == [0, 1024, 30_000])
    #expect(IntColumn([3, -2, 70_000]).uint16s() == [3, 0, 65_535])
  }

  @Test func aBuiltColumnWritesWhatItHolds() throws {
    var writer = SnapshotWriter()
    IntColumn([Int32.min, -1, 5, Int32.max]).encode(into: &writer)
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(writer.bytes.allSatisfy { (0x20...0x7E).contains($0) })
    let values = SnapshotStorage.text(text).withBytes { bytes -> [Int]? in
      var reader = SnapshotReader(storage: .text(text), bytes: bytes)
      guard let column = try? IntColumn(decoding: &reader) else { return nil }
      return (0..<column.count).map { column[$0] }
    }
    #expect(values == [Int(Int32.min), -1, 5, Int(Int32.max)])
  }

  @Test(arguments: ["", "#", "$!", "$/ ", "% !", "&\"!  "])
  func refusesACutOrImpossibleColumn(_ text: String) {
    // A count with nothing after it, a width of 0 or past thirteen, a count past the bytes
    // left.
    let refused = SnapshotStorage.text(text).withBytes { bytes in
      var reader = SnapshotReader(storage: .text(text), bytes: bytes)
      return (try? IntColumn(decoding: &reader)) == nil
    }
    #expect(refused)
  }

  /// Deltas of one byte and of several, in one table: the one-byte path and the long one.
  @Test func readsDeltasOfEveryWidth() throws {
    let deltas = [0, 1, 30, 31, 32, 1000, 5, 70_000, 2]
    var writer = SnapshotWriter()
    for delta in deltas { writer.int(delta) }
    let text = String(decoding: writer.bytes, as: UTF8.self)
    let sums = SnapshotStorage.text(text).withBytes { bytes -> [Int]? in
      var reader = SnapshotReader(storage: .text(text), bytes: bytes)
      var values = [Int](repeating: 0, count: deltas.count)
      let read: ()? = try? values.withUnsafeMutableBufferPointer {
        buffer throws(SnapshotReader.Failure) in
        try reader.deltas(deltas.count, into: buffer, at: 0)
      }
      return read == nil ? nil : values
    }
    var running = 0
    #expect(
      sums
        == deltas.map {
          running += $0; return running
        })
  }
}
