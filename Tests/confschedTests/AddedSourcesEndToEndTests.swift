import Foundation
import Testing

/// `confsched sources add/update/remove`, the default-data rule and the compiled forms, through
/// the built binary, each test in a data home and cache of its own.
@Suite("Added sources end to end")
struct AddedSourcesEndToEndTests {
  static let monday = packageRoot + "/Tests/Fixtures/neurips2018-mon-book-ivallesp-head.md"

  /// A temporary directory with its own data home and cache, and a copy of the Monday dump.
  struct Home {
    let directory: URL
    var environment: [String: String] {
      [
        "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
        "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path,
      ]
    }
    var sources: URL { directory.appendingPathComponent("data/confsched/sources") }
    var compiled: URL { sources.appendingPathComponent("compiled.confsched") }

    init() throws {
      directory = try temporaryDirectory()
      try FileManager.default.copyItem(
        atPath: AddedSourcesEndToEndTests.monday,
        toPath: directory.appendingPathComponent("mon.md").path)
    }

    func run(_ arguments: [String]) throws -> Run {
      try confsched(arguments, environment: environment, directory: directory)
    }

    /// The ids `list --json` prints.
    func ids(_ arguments: [String] = []) throws -> [String] {
      let run = try self.run(["list", "--json"] + arguments)
      let events = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
      return (events ?? []).compactMap { $0["id"] as? String }
    }
  }

  @Test func addListUpdateRemove() throws {
    let home = try Home()
    let bundledIDs = try home.ids()
    #expect(bundledIDs.count > 1000)

    let add = try home.run(["sources", "add", "mon.md"])
    #expect(add.status == 0)
    #expect(add.stdout.hasPrefix("Added mon.md as 'mon': 14 events.\n"))
    #expect(
      FileManager.default.contents(
        atPath: home.sources.appendingPathComponent("mon.original.md").path)
        == FileManager.default.contents(atPath: Self.monday))

    // The added source is now the default data; --bundled brings the bundled dumps back.
    let added = try home.ids()
    #expect(added.count == 14)
    let both = try home.ids(["--bundled"])
    #expect(Set(both) == Set(added).union(bundledIDs))
    let adHoc = try home.ids(["--data", packageRoot + "/Data/neurips-2018-12-04.txt"])
    #expect(adHoc.count == 409)

    let list = try home.run(["sources"])
    #expect(list.status == 0)
    #expect(
      list.stdout.split(separator: "\n").contains {
        $0.hasPrefix("mon.md") && $0.contains("14") && $0.contains("added from ")
          && !$0.contains("changed")
      })
    #expect(list.stdout.contains("neurips-2018-12-04.txt"))
    let json = try home.run(["sources", "--json"])
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(objects.first?["origin"] as? String == "added")
    #expect(objects.first?["name"] as? String == "mon")
    #expect(objects.dropFirst().allSatisfy { $0["origin"] as? String == "bundled" })

    // An itinerary entry of an added event.
    let itinerary = home.directory.appendingPathComponent("plan.json").path
    let kept = try #require(added.first)
    #expect(try home.run(["itinerary", "add", kept, "--itinerary", itinerary]).status == 0)

    // Unchanged, touched, then changed: only the last is read again; ids stay.
    #expect(try home.run(["sources", "update"]).stdout == "'mon' is up to date.\n")
    let original = home.directory.appendingPathComponent("mon.md")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: original.path)
    #expect(
      try home.run(["sources", "update", "mon"]).stdout
        == "'mon' is up to date (touched, not changed).\n")
    let text = try String(contentsOf: original, encoding: .utf8)
    let shorter = String(text.prefix(3000))
    try shorter.write(to: original, atomically: true, encoding: .utf8)
    #expect(try home.run(["sources"]).stdout.contains("changed since"))
    let update = try home.run(["sources", "update"])
    #expect(update.status == 0)
    #expect(update.stdout.hasPrefix("Updated 'mon' from "))
    let updated = try home.ids()
    #expect(updated.count == 3)
    #expect(Set(updated).isSubset(of: Set(added)))

    // Removing it: the bundled data is the default again, and the entry reads as saved.
    let unknown = try home.run(["sources", "remove", "tue"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "confsched: no source named 'tue' is added; added: mon\n")
    let remove = try home.run(["sources", "remove", "mon"])
    #expect(remove.status == 0)
    #expect(remove.stdout.contains("commands read the bundled dumps again"))
    #expect(try home.ids() == bundledIDs)
    #expect(
      !FileManager.default.fileExists(
        atPath: home.sources.appendingPathComponent("mon.original.md").path))
    let view = try home.run(["itinerary", "--itinerary", itinerary])
    #expect(view.status == 0)
    #expect(view.stderr.contains("not in the loaded data (\(kept))"))
  }

  @Test func refusesAFileThatGivesNothing() throws {
    let home = try Home()
    try "just some words\n".write(
      to: home.directory.appendingPathComponent("words.txt"), atomically: true, encoding: .utf8)
    let run = try home.run(["sources", "add", "words.txt"])
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix("confsched: 'words.txt' holds no schedule events: "))
    #expect(run.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: home.sources.path + "/sources.json"))
    // With a good file beside it, the good one is added and the exit still says 65.
    let mixed = try home.run(["sources", "add", "words.txt", "mon.md"])
    #expect(mixed.status == 65)
    #expect(try home.ids().count == 14)
    let missing = try home.run(["sources", "add", "nowhere.txt"])
    #expect(missing.status == 66)
    let named = try home.run(["sources", "add", "mon.md", "words.txt", "--name", "x"])
    #expect(named.status == 64)
  }

  @Test(arguments: [
    ("Visualization", "Visualizatiom", "it is damaged (its checksum does not match)"),
    ("build: ", "build: 0.0.1-", "it was written by another confsched (0.0.1-"),
    ("confsched compiled", "garbage", "it is damaged (not a compiled schedule)"),
  ])
  func rebuildsADamagedOrForeignCompiledFile(find: String, replace: String, note: String) throws {
    let home = try Home()
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let good = try home.ids()
    var bytes = try String(contentsOf: home.compiled, encoding: .utf8)
    let range = try #require(bytes.range(of: find))
    bytes.replaceSubrange(range, with: replace)
    try bytes.write(to: home.compiled, atomically: true, encoding: .utf8)
    let run = try home.run(["list", "--json"])
    #expect(run.status == 0)
    #expect(run.stderr.contains("compiled.confsched: \(note)"))
    #expect(run.stderr.contains("compiled again from the added originals' copies"))
    #expect(try home.ids() == good)
    // Rebuilt once: the next run says nothing.
    #expect(try home.run(["list"]).stderr.isEmpty)
    // Truncated, or gone altogether.
    let whole = try Data(contentsOf: home.compiled)
    try whole.prefix(whole.count / 2).write(to: home.compiled)
    #expect(try home.ids() == good)
    try FileManager.default.removeItem(at: home.compiled)
    #expect(try home.ids() == good)
  }

  @Test func cachesADataRunByContent() throws {
    let home = try Home()
    let cache = home.directory.appendingPathComponent("cache/confsched")
    let first = try home.run(["search", "robustness", "--data", "mon.md"])
    #expect(first.status == 0)
    // One compiled form, and the note that its checksum was checked when it was written.
    func compiledForms() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: cache.path).filter {
        $0.hasSuffix(".confsched")
      }
    }
    let files = try compiledForms()
    #expect(files.count == 1)
    let cached = cache.appendingPathComponent(try #require(files.first))
    #expect(FileManager.default.fileExists(atPath: cached.path + ".checked"))
    let again = try home.run(["search", "robustness", "--data", "mon.md"])
    #expect(again.stdout == first.stdout)
    #expect(again.stderr == first.stderr)
    // Damaged: said, read again, and replaced.
    try Data("confsched compiled schedule\nformat: 1\n\nbad".utf8).write(to: cached)
    let damaged = try home.run(["search", "robustness", "--data", "mon.md"])
    #expect(damaged.stdout == first.stdout)
    #expect(damaged.stderr.contains("note: \(cached.path): it "))
    #expect(damaged.stderr.contains("; read the files again"))
    #expect(try home.run(["search", "robustness", "--data", "mon.md"]).stderr == first.stderr)
    // Another content is another key; the old one is left for its file.
    let original = home.directory.appendingPathComponent("mon.md")
    let text = try String(contentsOf: original, encoding: .utf8)
    try String(text.prefix(3000)).write(to: original, atomically: true, encoding: .utf8)
    let edited = try home.run(["list", "--data", "mon.md", "--json"])
    let events = try JSONSerialization.jsonObject(with: Data(edited.stdout.utf8)) as? [Any]
    #expect(events?.count == 3)
    #expect(try compiledForms().count == 2)
    // Options are part of the key.
    let year = try home.run(["list", "--data", "mon.md", "--year", "2012", "--json"])
    #expect(year.stdout != edited.stdout)
  }

  /// `--bundled` beside added sources reads both again once, then thaws what that compiled to;
  /// another set of added sources is another key, never served the old set's events.
  @Test func cachesTheAddedAndBundledTogether() throws {
    let home = try Home()
    let cache = home.directory.appendingPathComponent("cache/confsched")
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let first = try home.run(["list", "--json", "--bundled"])
    #expect(first.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.path)
      .filter { $0.hasSuffix(".confsched") }
    #expect(files.count == 1)
    let again = try home.run(["list", "--json", "--bundled"])
    #expect(again.stdout == first.stdout)
    #expect(again.stderr == first.stderr)
    let search = try home.run(["search", "robustness", "--bundled"])
    #expect(search.status == 0)
    #expect(try home.run(["search", "robustness", "--bundled"]).stdout == search.stdout)
    // Damaged: said, read again, and the same events.
    let cached = cache.appendingPathComponent(try #require(files.first))
    try Data("confsched compiled schedule\nformat: 1\n\nbad".utf8).write(to: cached)
    let damaged = try home.run(["list", "--json", "--bundled"])
    #expect(damaged.stdout == first.stdout)
    #expect(damaged.stderr.contains("note: \(cached.path): it "))
    // The added source removed and another added: the events of the new set.
    let tuesday = packageRoot + "/Data/neurips-2018-12-04.txt"
    #expect(try home.run(["sources", "remove", "mon"]).status == 0)
    #expect(try home.run(["sources", "add", tuesday, "--name", "tue"]).status == 0)
    let other = try home.run(["list", "--json", "--bundled"])
    #expect(other.status == 0)
    #expect(other.stdout != first.stdout)
    #expect(try home.ids(["--bundled"]) == (try home.ids(["--bundled"])))
    #expect(Set(try home.ids(["--bundled"])) == Set(try home.ids()).union(try bundledIDs()))
  }

  /// The bundled dumps' ids, with no sources added.
  private func bundledIDs() throws -> [String] {
    try Home().ids()
  }

  @Test func searchesSeeTheOldSetOrTheNewOneNeverHalf() throws {
    let home = try Home()
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    try FileManager.default.copyItem(
      atPath: packageRoot + "/Tests/Fixtures/neurips2018-tue-book-ivallesp-head.md",
      toPath: home.directory.appendingPathComponent("tue.md").path)
    let alone = try home.ids().count
    #expect(try home.run(["sources", "add", "tue.md"]).status == 0)
    let together = try home.ids().count
    #expect(try home.run(["sources", "remove", "tue"]).status == 0)
    #expect(together > alone)

    let counts = LockedCounts()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      for _ in 0..<4 {
        _ = try? home.run(["sources", "add", "tue.md"])
        _ = try? home.run(["sources", "remove", "tue"])
      }
    }
    for _ in 0..<2 {
      DispatchQueue.global().async(group: group) {
        for _ in 0..<8 {
          let run = try? home.run(["list", "--json"])
          let events = run.flatMap {
            try? JSONSerialization.jsonObject(with: Data($0.stdout.utf8)) as? [Any]
          }
          counts.append(events?.count ?? -1, run?.status ?? -1)
        }
      }
    }
    group.wait()
    let seen = counts.values
    #expect(seen.count == 16)
    #expect(seen.allSatisfy { ($0.count == alone || $0.count == together) && $0.status == 0 })
  }
}

/// Counts gathered from several threads.
final class LockedCounts: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [(count: Int, status: Int32)] = []

  func append(_ count: Int, _ status: Int32) {
    lock.lock()
    stored.append((count, status))
    lock.unlock()
  }

  var values: [(count: Int, status: Int32)] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
