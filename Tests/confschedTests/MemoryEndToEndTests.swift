import Foundation
import Testing

/// Issue 17, item 5: peak memory on large hostile inputs, measured on the child the kernel
/// counted (`wait4`'s `ru_maxrss`). A file of 4 MB of `a\n` is 2 million lines: an array of
/// lines (24 bytes each, 48 MB) or a second copy per line would break the bound, and the
/// debug binary reads it in about 5 s (16 MB took 30-45 s, too much for CI).
@Suite struct MemoryEndToEndTests {
  /// What a run costs before it reads anything: `--version`'s peak, plus 8 MB for the
  /// allocator's slack (malloc arenas, a 64 KB read buffer, freed pages not yet returned).
  static func allowance() throws -> Int {
    let empty = try confschedMemory(["--version"])
    #expect(empty.status == 0)
    return empty.peakBytes + (8 << 20)
  }

  /// A file of `count` bytes of `a\n` in a fresh directory.
  static func lines(_ count: Int) throws -> URL {
    let file = try temporaryDirectory().appendingPathComponent("a.txt")
    var bytes = [UInt8](repeating: 0x61, count: count)
    for index in stride(from: 1, to: count, by: 2) { bytes[index] = 0x0A }
    try Data(bytes).write(to: file)
    return file
  }

  @Test func checkOfManyShortLinesStaysUnderTwiceTheFile() throws {
    let size = 4 << 20
    let file = try Self.lines(size)
    let run = try confschedMemory(["check", file.path])
    #expect(run.status == 65)
    let limit = 2 * size + (try Self.allowance())
    #expect(run.peakBytes < limit, "peak \(run.peakBytes >> 20) MB, limit \(limit >> 20) MB")
  }
}
