import Testing

@testable import ConfSchedKit

/// A column thawed from a snapshot reads back every value that went in, at every width, and a
/// damaged one is refused rather than read past its bytes.
@Suite("Integer columns")
struct IntColumnTests {
  func roundTrip(_ values: [Int32]) throws -> IntColumn {
    var writer = SnapshotWriter()
    IntColumn(values).encode(into: &writer)
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
    [], [-1], [0, 30, -1, 7], [31, 32, 1023, 1024], [Int32.max, -1, 0],
    Array(0..<3000).map { Int32($0 * 977 % 40_000) - 1 },
  ])
  func readsBackWhatWasWritten(_ values: [Int32]) throws {
    let column = try roundTrip(values)
    #expect(column.count == values.count)
    #expect((0..<column.count).map { column[$0] } == values)
  }

  @Test func isPrintableASCII() {
    var writer = SnapshotWriter()
    IntColumn([Int32.max, -1, 5]).encode(into: &writer)
    #expect(writer.bytes.allSatisfy { (0x20...0x7E).contains($0) })
  }

  @Test(arguments: ["", "#", "$!", "$(", "% ", "&\"  "])
  func refusesACutOrImpossibleColumn(_ text: String) {
    // A count with no bytes, a width of 0 or past seven, a count past the bytes left.
    let refused = SnapshotStorage.text(text).withBytes { bytes in
      var reader = SnapshotReader(storage: .text(text), bytes: bytes)
      return (try? IntColumn(decoding: &reader)) == nil
    }
    #expect(refused)
  }
}
