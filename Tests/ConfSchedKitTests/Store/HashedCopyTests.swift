import Foundation
import Testing

@testable import ConfSchedKit

/// `sources add` copies an original and hashes it a chunk at a time, from the file itself
/// (`FileIO.stageHashedCopy`): the copy is the file byte for byte and the hash the one of all
/// its bytes at once, at every size around the chunk's and the hash's block's edges.
@Suite("Hashed copies")
struct HashedCopyTests {
  static let chunk = FileIO.hashedCopyChunk

  @Test(arguments: [0, 1, 31, 32, 33, 4095, chunk - 1, chunk, chunk + 1, 2 * chunk + 33])
  func copiesAndHashesEveryByte(_ size: Int) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let source = directory + "/original.txt"
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try Data(bytes).write(to: URL(fileURLWithPath: source))
    let destination = directory + "/copy.txt"
    let copy = try #require(
      FileIO.stageHashedCopy(of: source, to: destination, durable: false))
    #expect(copy.count == size)
    #expect(copy.hash == ContentHash(bytes))
    #expect(copy.fingerprint == FileIO.fingerprint(try #require(FileIO.status(source))))
    #expect(!FileManager.default.fileExists(atPath: destination), "staged, not yet in place")
    try copy.staged.commit(durable: false)
    #expect(FileManager.default.contents(atPath: destination) == Data(bytes))
  }

  /// What is not a regular file is not copied, and nothing is left beside the destination.
  @Test func copiesOnlyRegularFiles() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    #expect(mkfifo(directory + "/fifo", 0o600) == 0)
    for source in [directory, directory + "/fifo", directory + "/missing"] {
      #expect(
        FileIO.stageHashedCopy(of: source, to: directory + "/copy.txt", durable: false) == nil)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    #expect(names == ["fifo"])
  }
}
