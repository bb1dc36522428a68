import Foundation
import Testing

@testable import ConfSchedKit

/// A compiled file's checksum is taken as checked only while the note beside it is true of the
/// file: a file written again, damaged or not, is hashed again.
@Suite("Checked checksums")
struct ChecksumNoteTests {
  static let build = "9.9.9 confsched-snapshot-4"
  static let bytes = CompiledSchedule.encode(
    tuesday2018, mentions: [], index: SearchIndex(tuesday2018.events), build: build, key: "k1")

  /// The checksum in a compiled file's header.
  static var checksum: ContentHash {
    let header = String(decoding: bytes.prefix(400), as: UTF8.self)
    let line = header.split(separator: "\n").first { $0.hasPrefix("checksum: ") }
    return ContentHash(hex: line?.dropFirst("checksum: ".count) ?? "") ?? ContentHash(value: 0)
  }

  func decode(_ path: String) throws -> Result<ScheduleSnapshot.Contents, CompiledSchedule.Problem>
  {
    let file = try #require(try MappedFile.open(path))
    return CompiledSchedule.decode(file, build: Self.build, key: "k1")
  }

  /// Written with its checksum, the file is read on the note's word; damaged in place (same
  /// size, a byte flipped) after that, it is hashed again and refused.
  @Test func aFileWrittenAgainIsHashedAgain() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/compiled.confsched"
    try FileIO.replace(path, with: [Self.bytes], durable: false)
    ChecksumNote.remember(Self.checksum, forFileAt: path, written: true)
    let file = try #require(try MappedFile.open(path))
    #expect(ChecksumNote.remembered(for: file) == Self.checksum)
    #expect(throws: Never.self) { try decode(path).get() }
    var flipped = Self.bytes
    flipped[flipped.count - 10] ^= 1
    try Data(flipped).write(to: URL(fileURLWithPath: path))
    let damaged = try #require(try MappedFile.open(path))
    #expect(ChecksumNote.remembered(for: damaged) == nil)
    #expect(throws: CompiledSchedule.Problem.damaged("its checksum does not match")) {
      try decode(path).get()
    }
  }

  /// The note is what spares the hashing: a note made true of a damaged file by hand (its
  /// fingerprint as it is now, the header's checksum) lets it through; a note naming another
  /// checksum is no use, and the file is hashed (and, whole, read).
  @Test func theNoteSparesTheHash() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/compiled.confsched"
    var flipped = Self.bytes
    flipped[flipped.count - 10] ^= 1
    try FileIO.replace(path, with: [flipped], durable: false)
    ChecksumNote.remember(Self.checksum, forFileAt: path, written: true)
    #expect(throws: Never.self) { try decode(path).get() }
    try FileIO.replace(path, with: [Self.bytes], durable: false)
    ChecksumNote.remember(ContentHash(value: 42), forFileAt: path, written: true)
    #expect(throws: Never.self) { try decode(path).get() }
    // A run that hashed a fresh file does not vouch for it: it may still change within the
    // clock's tick.
    ChecksumNote.forget(fileAt: path)
    #expect(throws: Never.self) { try decode(path).get() }
    let file = try #require(try MappedFile.open(path))
    #expect(ChecksumNote.remembered(for: file) == nil)
  }

  /// A note made before the machine last started says nothing: a crash may have left the
  /// file's size and times on the disk without its bytes (compiled files are not synced).
  @Test func aNoteFromBeforeARestartIsVoid() throws {
    let boot = try #require(ChecksumNote.bootID)
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/compiled.confsched"
    try FileIO.replace(path, with: [Self.bytes], durable: false)
    let file = try #require(try MappedFile.open(path))
    func note(_ boot: String) throws {
      try FileIO.replace(
        ChecksumNote.path(for: path),
        with: [Array("\(boot) \(file.fingerprint) \(Self.checksum)\n".utf8)])
    }
    try note(boot)
    #expect(ChecksumNote.remembered(for: file) == Self.checksum)
    try note("00000000-0000-4000-8000-000000000000")
    #expect(ChecksumNote.remembered(for: file) == nil)
  }
}
