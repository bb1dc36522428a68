import Foundation
import Testing

/// `sources add` keeps a copy of each original byte for byte, whether the file was read
/// straight into its text (a large plain UTF-8 file) or as bytes to decode (a byte-order mark,
/// Latin-1), and reads both the same.
@Suite("Added sources' copies")
struct AddedSourcesCopyTests {
  static let tuesday = packageRoot + "/Data/neurips-2018-12-04.txt"

  @Test(arguments: [
    ("plain", [UInt8]()), ("bom", [0xEF, 0xBB, 0xBF]),
  ])
  func keepsTheOriginalByteForByte(_ name: String, _ lead: [UInt8]) throws {
    let home = try AddedSourcesEndToEndTests.Home()
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.tuesday)))
    #expect(original.count > 64 * 1024, "large enough to be read straight into text")
    let bytes = lead + original
    try Data(bytes).write(to: home.directory.appendingPathComponent("\(name).txt"))
    let add = try home.run(["sources", "add", "\(name).txt"])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.hasPrefix("Added \(name).txt as '\(name)': 409 events"))
    let copy = FileManager.default.contents(
      atPath: home.sources.appendingPathComponent("\(name).original.txt").path)
    #expect(copy == Data(bytes))
    #expect(try home.ids().count == 409)
    // Added into a store that has its directory, the copy and hash are taken from the file
    // while it is read (`SourceStore.readStagingCopy(path:as:)`): the same bytes, and a hash
    // that `sources update` finds unchanged.
    try Data(bytes).write(to: home.directory.appendingPathComponent("\(name)2.txt"))
    let second = try home.run(["sources", "add", "\(name)2.txt"])
    #expect(second.status == 0, "\(second.stderr)")
    let secondCopy = FileManager.default.contents(
      atPath: home.sources.appendingPathComponent("\(name)2.original.txt").path)
    #expect(secondCopy == Data(bytes))
    #expect(try Self.files(home).allSatisfy { !$0.hasSuffix(".tmp") })
    let update = try home.run(["sources", "update"])
    #expect(update.status == 0, "\(update.stderr)")
    #expect(update.stdout.contains("'\(name)2' is up to date."), "\(update.stdout)")
    #expect(update.stdout.contains("'\(name)' is up to date."), "\(update.stdout)")
  }

  /// A missing file named like a bundled dump cannot be opened (66): that comes before its
  /// name, as when every file was read first. A regular file by that name is refused for its
  /// name (64), before it is read.
  @Test func aMissingFileCannotBeOpenedWhateverItsName() throws {
    let home = try AddedSourcesEndToEndTests.Home()
    let missing = try home.run(["sources", "add", "nowhere/neurips-2018-12-04.txt"])
    #expect(missing.status == 66, "\(missing.stderr)")
    #expect(missing.stderr.contains("cannot open"), "\(missing.stderr)")
    try FileManager.default.copyItem(
      atPath: Self.tuesday,
      toPath: home.directory.appendingPathComponent("neurips-2018-12-04.txt").path)
    let named = try home.run(["sources", "add", "neurips-2018-12-04.txt"])
    #expect(named.status == 64, "\(named.stderr)")
    #expect(named.stderr.contains("is the name of a bundled dump"), "\(named.stderr)")
  }

  /// The files in the sources directory, hidden ones too (a staged copy is `.NAME....tmp`).
  static func files(_ home: AddedSourcesEndToEndTests.Home) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: home.sources.path).sorted()
  }

  /// The copy is written while the file is read, before the lock: what is refused, or stopped
  /// under the lock, leaves no copy behind, staged or placed.
  @Test func leavesNoCopyOfWhatItDoesNotAdd() throws {
    let home = try AddedSourcesEndToEndTests.Home()
    let add = try home.run(["sources", "add", "mon.md"])
    #expect(add.status == 0, "\(add.stderr)")
    let before = try Self.files(home)
    #expect(before.contains("mon.original.md"))
    #expect(!before.contains { $0.hasSuffix(".tmp") })

    // Refused: no event in it.
    try Data("nothing here\n".utf8).write(to: home.directory.appendingPathComponent("x.txt"))
    let refused = try home.run(["sources", "add", "x.txt"])
    #expect(refused.status == 65, "\(refused.stderr)")
    #expect(try Self.files(home) == before)

    // Stopped under the lock: the name is taken by another original.
    try FileManager.default.createDirectory(
      at: home.directory.appendingPathComponent("other"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Self.tuesday, toPath: home.directory.appendingPathComponent("other/mon.md").path)
    let taken = try home.run(["sources", "add", "other/mon.md"])
    #expect(taken.status == 64, "\(taken.stderr)")
    #expect(taken.stderr.contains("already added from"))
    #expect(try Self.files(home) == before)
    #expect(try home.ids().count == 14)
  }

  /// The same original added again under another name (here through a link, which names it
  /// `link`) is read again under its first name: the copy staged as `link`'s is placed as
  /// `mon`'s.
  @Test func placesTheCopyUnderTheNameItIsKeptAs() throws {
    let home = try AddedSourcesEndToEndTests.Home()
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let path = home.directory.appendingPathComponent("mon.md").path
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    bytes += Array("\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try FileManager.default.createSymbolicLink(
      atPath: home.directory.appendingPathComponent("link.md").path, withDestinationPath: "mon.md")
    let again = try home.run(["sources", "add", "link.md"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix("Read link.md again as 'mon'"))
    let files = try Self.files(home)
    #expect(!files.contains { $0.hasSuffix(".tmp") })
    #expect(files.filter { $0.contains(".original.") } == ["mon.original.md"])
    let copy = FileManager.default.contents(
      atPath: home.sources.appendingPathComponent("mon.original.md").path)
    #expect(copy == Data(bytes))
  }

  /// A copy staged by a process that died before it took the lock (killed while it read, or
  /// while it waited for another add) is removed by the next change, whatever its source's
  /// name; a live process's is left alone. A refused file on a fresh home makes no directory.
  @Test func sweepsCopiesStagedByDeadProcesses() throws {
    let home = try AddedSourcesEndToEndTests.Home()
    try Data("nothing here\n".utf8).write(to: home.directory.appendingPathComponent("x.txt"))
    #expect(try home.run(["sources", "add", "x.txt"]).status == 65)
    #expect(!FileManager.default.fileExists(atPath: home.sources.path))

    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let gone = Process()
    gone.executableURL = URL(fileURLWithPath: "/bin/sh")
    gone.arguments = ["-c", "exit 0"]
    try gone.run()
    gone.waitUntilExit()
    let dead = ".fresh.original.txt.\(gone.processIdentifier).k3x9.tmp"
    let live = ".other.original.md.\(getpid()).k3x9.tmp"
    for name in [dead, live] {
      try Data(count: 1000).write(to: home.sources.appendingPathComponent(name))
    }
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let files = try Self.files(home)
    #expect(!files.contains(dead))
    #expect(files.contains(live))
  }
}
