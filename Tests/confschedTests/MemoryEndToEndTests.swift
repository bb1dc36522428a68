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

  /// A listing is written an event at a time (issue 17, item 5): the JSON of 30,000 cards,
  /// about 24 MB (the CSV 6 MB), costs less memory than holding it once. Built whole, the JSON
  /// as text and as a tree of values, it took five times its size; now it costs only the
  /// events it decodes, as a listing of one does.
  @Test(arguments: ["json", "csv", "tsv", "md"])
  func aListingIsNeverHeldWhole(format: String) throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("cards.txt")
    let cards = (0..<30_000).map { card(title: "Paper \($0)", authors: "A \($0) · B \($0)") }
    try Data(cards.joined(separator: "\n").utf8).write(to: file)
    let one = ["list", "--data", file.path, "--format", format, "--limit", "1"]
    #expect(try confschedMemory(one).status == 0)  // compiles the cache both runs below read
    let first = try confschedMemory(one)
    let output = directory.appendingPathComponent("all." + format)
    let all = try confschedMemory(one.dropLast(2) + ["-o", output.path])
    #expect(first.status == 0 && all.status == 0)
    let listing = try Data(contentsOf: output)
    let text = String(decoding: listing, as: UTF8.self)
    #expect(text.contains("Paper 0") && text.contains("Paper 29999"))
    if format == "json" {
      #expect((try JSONSerialization.jsonObject(with: listing) as? [Any])?.count == 30_000)
    }
    #expect(
      all.peakBytes < first.peakBytes + listing.count,
      "all: \(all.peakBytes >> 20) MB, one: \(first.peakBytes >> 20) MB, listing: \(listing.count >> 20) MB"
    )
  }
}
