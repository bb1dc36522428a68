import Foundation
import Testing

@testable import ConfSchedKit

/// A mapped file is hashed a window at a time so that checking a large compiled file does not
/// keep it in memory; the hash must be the one the bytes give at once, whatever the windows.
/// Pieces of it read alone (`copy`) are the bytes the mapping holds.
@Suite("Mapped file")
struct MappedFileTests {
  /// Bytes that differ at every position, so a window read twice or skipped shows.
  private static func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
  }

  @Test(arguments: [0, 1, 31, 32, 33, 95, 96, 4095, 4096, 4097, 70_001])
  func equalsTheHashOfAllTheBytesAtOnce(count: Int) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/file"
    let content = Self.bytes(count)
    try Data(content).write(to: URL(fileURLWithPath: path))
    let file = try #require(try MappedFile.open(path))
    let whole = ContentHash(content)
    #expect(ContentHash(fileAt: path) == whole)
    // Windows of 32 bytes, of a page and of an odd size (rounded down to 32), and ranges that
    // start off a page and off a 32-byte boundary, as a compiled file's snapshot does.
    for window in [32, 4096, 1000, 1 << 20] {
      #expect(file.contentHash(of: 0..<count, window: window) == whole)
      for start in [1, 7, 100] where start <= count {
        #expect(
          file.contentHash(of: start..<count, window: window)
            == ContentHash(Array(content[start...])))
      }
    }
  }

  @Test func tellsAChangedByteInAnyWindow() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/file"
    var content = Self.bytes(20_000)
    try Data(content).write(to: URL(fileURLWithPath: path))
    let before = try #require(try MappedFile.open(path)).contentHash(of: 0..<20_000, window: 4096)
    content[12_345] ^= 1
    try Data(content).write(to: URL(fileURLWithPath: path))
    let after = try #require(try MappedFile.open(path)).contentHash(of: 0..<20_000, window: 4096)
    #expect(before != after)
    #expect(after == ContentHash(content))
  }

  @Test func copiesAPieceAsTheMappingHoldsIt() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/file"
    let content = Self.bytes(100_000)
    try Data(content).write(to: URL(fileURLWithPath: path))
    let file = try #require(try MappedFile.open(path))
    for range in [0..<0, 0..<1, 4095..<4097, 12_345..<70_000, 99_999..<100_000, 0..<100_000] {
      #expect(file.copy(range) == Array(content[range]))
    }
    // Past the end: nothing, rather than a short piece.
    #expect(file.copy(99_999..<100_001) == nil)
    #expect(file.copy(-1..<3) == nil)
  }
}
