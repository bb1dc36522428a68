import ConfSchedData
import Foundation
import Testing

@testable import ConfSchedKit

/// A compiled file written with its checksum taken on a second thread (its header written
/// twice) is the file of the checksum taken first, byte for byte, and both thaw.
@Suite("Writing compiled files")
struct CompiledWritingTests {
  static let compiled = CompiledSchedule.compile(
    BundledDump.all.map { DumpReader.read(DumpSource(name: $0.name, text: $0.text)).part },
    mentions: [], build: "9.9.9 test", key: "k")

  /// The file `write(to:concurrentFrom:)` leaves, and the checksum it returned.
  static func written(concurrentFrom: Int) throws -> (bytes: [UInt8], checksum: ContentHash?) {
    let path = NSTemporaryDirectory() + "confsched-compiled-\(UUID().uuidString)"
    defer { unlink(path) }
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    #expect(fd >= 0)
    let checksum = compiled.write(to: fd, concurrentFrom: concurrentFrom)
    close(fd)
    return (try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), checksum)
  }

  @Test(arguments: [0, Int.max])
  func writesTheSameFileEitherWay(concurrentFrom: Int) throws {
    let (bytes, checksum) = try Self.written(concurrentFrom: concurrentFrom)
    #expect(Self.compiled.length > 1 << 20, "several pieces, a MB or more")
    #expect(bytes == Self.compiled.bytes)
    #expect(checksum == ContentHash(pieces: Self.compiled.snapshot))
    let header = String(decoding: bytes.prefix(300), as: UTF8.self)
    #expect(header.contains("checksum: \(checksum?.description ?? "-")\n"))
    let contents = try CompiledSchedule.decode(bytes, build: "9.9.9 test", key: "k").get()
    #expect(contents.schedule.events == Self.compiled.schedule.events)
  }

  /// A file whose second header never came (a crash between the writes) is refused as
  /// damaged, never trusted.
  @Test func aFirstHeaderAloneFailsItsChecksum() throws {
    var (bytes, _) = try Self.written(concurrentFrom: 0)
    let zeros = "checksum: \(ContentHash(value: 0))\n"
    let text = String(decoding: bytes.prefix(300), as: UTF8.self)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("checksum: ") })
    let start = try #require(text.utf8.firstRange(of: line.utf8)).lowerBound
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
    bytes.replaceSubrange(offset..<offset + zeros.utf8.count, with: Array(zeros.utf8))
    let decoded = CompiledSchedule.decode(bytes, build: "9.9.9 test", key: "k")
    guard case .failure(.damaged) = decoded else {
      Issue.record("a checksum of zeros was trusted: \(decoded)")
      return
    }
  }
}
