import Foundation
import Testing

@testable import ConfSchedKit

/// A `--data` file's hash is remembered by its `stat`, used while the file is unchanged, and
/// never trusted once the file changes.
@Suite("File hash notes")
struct FileHashMemoTests {
  @Test func remembersAnUnchangedFileAndForgetsAChangedOne() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let cache = CompileCache(directory: directory + "/cache")
    let path = directory + "/dump.txt"
    try "first version of the dump\n".write(toFile: path, atomically: false, encoding: .utf8)
    let later = Int64(Date().timeIntervalSince1970) + 60
    let first = try #require(ContentHash(fileAt: path))
    #expect(cache.contentHash(ofFileAt: path, now: later) == first)
    var info = stat()
    #expect(stat(path, &info) == 0)
    let note = cache.notePath(info)
    let written = try #require(bytes(note))
    #expect(String(decoding: written, as: UTF8.self).hasSuffix(" \(first)\n"))
    // The note is what answers while the file is unchanged: bend it and the bent hash comes
    // back (no run would bend it; this shows the file was not hashed again).
    let bent = String(decoding: written, as: UTF8.self)
      .replacingOccurrences(of: first.description, with: "0123456789abcdef")
    try bent.write(toFile: note, atomically: false, encoding: .utf8)
    #expect(cache.contentHash(ofFileAt: path, now: later)?.description == "0123456789abcdef")
    // Rewritten with as many bytes: its change time moves, and it is hashed afresh.
    try "other version of the dump\n".write(toFile: path, atomically: false, encoding: .utf8)
    let second = try #require(ContentHash(fileAt: path))
    #expect(second != first)
    #expect(cache.contentHash(ofFileAt: path, now: later) == second)
  }

  @Test func remembersNothingOfAFileChangedThisVeryMoment() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let cache = CompileCache(directory: directory + "/cache")
    let path = directory + "/dump.txt"
    try "a dump\n".write(toFile: path, atomically: false, encoding: .utf8)
    let now = Int64(Date().timeIntervalSince1970)
    #expect(cache.contentHash(ofFileAt: path, now: now) == ContentHash(fileAt: path))
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(bytes(cache.notePath(info)) == nil)
  }

  @Test func leavesWhatIsNotARegularFileToTheReader() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let cache = CompileCache(directory: directory + "/cache")
    #expect(cache.contentHash(ofFileAt: directory) == nil)
    #expect(cache.contentHash(ofFileAt: "-") == nil)
    #expect(cache.contentHash(ofFileAt: directory + "/missing") == nil)
  }
}
