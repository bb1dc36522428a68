import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Itinerary files that are not what they seem, and itineraries too big for pairwise work,
/// through the built binary (issue 17, items 4, 7, 8, 10, 12, 14, 15). Runs with a chance of
/// hanging have a time limit that kills them.
@Suite("Hostile itineraries")
struct HostileItineraryTests {
  @Test(arguments: HostileCase.itineraries)
  func hostileItinerary(_ hostile: HostileCase) throws {
    try HostileInputTests().hostileInput(hostile)
  }
}

extension HostileCase {
  static let itineraries: [HostileCase] = large + notRegular + links + contents

  /// Item 4: thousands of entries, in a debug build.
  static let large: [HostileCase] = [
    HostileCase(
      name: "10,000 entries on distinct days: conflicts",
      arguments: ["itinerary", "conflicts", "--itinerary", "it.json"], status: 0,
      stderr: .prefix("confsched: 10000 entries are not in the loaded data (x00000, x00001,"),
      launcher: timeLimit(60), maximumSeconds: 15,
      setup: { try write(itinerary(distinctDays(10_000)), to: "it.json", in: $0) },
      check: { run, _ in
        #expect(run.stdout == "No clashes.\n")
        #expect(run.stderr.hasSuffix("x00009 and 9990 more); shown as saved\n"))
      }),
    HostileCase(
      name: "10,000 entries on distinct days: the list",
      arguments: ["itinerary", "--itinerary", "it.json"], status: 0,
      stderr: .prefix("confsched: 10000 entries are not in the loaded data"),
      launcher: timeLimit(60), maximumSeconds: 15,
      setup: { try write(itinerary(distinctDays(10_000)), to: "it.json", in: $0) },
      check: { run, _ in
        #expect(run.stdout.components(separatedBy: "not in the loaded data").count == 10_001)
        #expect(!run.stdout.contains("clashes with"))
      }),
    HostileCase(
      name: "adding all 1,854 bundled ids at once",
      arguments: ["itinerary", "add", "--itinerary", "it.json"], status: 0,
      stderr: .prefix("warning: "),
      // The ids are the bundled events', listed by the binary itself.
      launcher: .command(
        [
          "/usr/bin/timeout", "-s", "KILL", "120", "/bin/sh", "-c",
          #"set -f; exec "$0" "$@" $("$0" list --json | grep -o '"id": "[0-9a-z]*"' | cut -d'"' -f4)"#,
        ]),
      maximumSeconds: 20,
      check: { run, directory in
        #expect(run.stdout.split(separator: "\n").filter { $0.hasPrefix("added ") }.count == 1854)
        let saved = try jsonObject(directory.appendingPathComponent("it.json"))
        #expect((saved["entries"] as? [Any])?.count == 1854)
        // Each clash once, under the event added first: the talks that overlap (57 pairs);
        // the posters and demonstrations are walk-ins, noted and never clashes.
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let warnings = lines.filter { line in line.hasPrefix("warning: ") }
        #expect(warnings.count == 57)
        #expect(Set(warnings).count == warnings.count)
        #expect(lines.filter { $0.hasPrefix("note: ") && $0.contains("is a walk-in") }.count > 500)
      }),
  ]

  /// Items 2, 7 and 10: what is not a regular file is neither read to its end nor replaced,
  /// and a name that cannot be a file is refused before anything is created.
  static let notRegular: [HostileCase] = [
    HostileCase(
      name: "an itinerary that is /dev/zero",
      arguments: ["itinerary", "--itinerary", "/dev/zero"], status: 66,
      stderr: .exact(
        "confsched: cannot read '/dev/zero': it is a character device, not a regular file\n"),
      launcher: timeLimit(20), maximumSeconds: 10),
    HostileCase(
      name: "an itinerary that is a FIFO: listed",
      arguments: ["itinerary", "--itinerary", "fifo"], status: 66,
      stderr: .exact("confsched: cannot read 'fifo': it is a FIFO, not a regular file\n"),
      launcher: timeLimit(20), maximumSeconds: 10,
      setup: { try makeFIFO("fifo", in: $0) },
      check: { _, directory in try expectNode("fifo", in: directory, S_IFIFO, alone: true) }),
    HostileCase(
      name: "an itinerary that is a FIFO: added to",
      arguments: ["itinerary", "add", "nhrdf4", "--itinerary", "fifo"], status: 66,
      stderr: .exact("confsched: cannot read 'fifo': it is a FIFO, not a regular file\n"),
      launcher: timeLimit(20), maximumSeconds: 10,
      setup: { try makeFIFO("fifo", in: $0) },
      check: { _, directory in try expectNode("fifo", in: directory, S_IFIFO, alone: true) }),
    HostileCase(
      name: "clear --force on a FIFO",
      arguments: ["itinerary", "clear", "--force", "--yes", "--itinerary", "fifo"], status: 66,
      stderr: .exact("confsched: cannot read 'fifo': it is a FIFO, not a regular file\n"),
      launcher: timeLimit(20), maximumSeconds: 10,
      setup: { try makeFIFO("fifo", in: $0) },
      check: { _, directory in try expectNode("fifo", in: directory, S_IFIFO, alone: true) }),
    HostileCase(
      name: "clear --force on a device node (a copy of /dev/null's)",
      arguments: ["itinerary", "clear", "--force", "--yes", "--itinerary", "null"], status: 66,
      stderr: .exact(
        "confsched: cannot read 'null': it is a character device, not a regular file\n"),
      launcher: timeLimit(20), maximumSeconds: 10,
      setup: { directory in
        guard geteuid() == 0 else { throw Skip(reason: "making a device node needs root") }
        // Character device 1:3, what /dev/null is (makedev is a C macro Swift does not see).
        let path = directory.appendingPathComponent("null").path
        guard mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 else {
          throw Skip(reason: "mknod failed: \(String(cString: strerror(errno)))")
        }
      },
      check: { _, directory in try expectNode("null", in: directory, S_IFCHR, alone: true) }),
    HostileCase(
      name: "a read-only itinerary is not replaced",
      arguments: ["itinerary", "add", "tad7rj", "--itinerary", "it.json"], status: 73,
      stderr: .exact("confsched: cannot replace 'it.json': the file is read-only\n"),
      setup: { directory in
        try write(itinerary([entry("nhrdf4")]), to: "it.json", in: directory)
        try FileManager.default.setAttributes(
          [.posixPermissions: 0o444], ofItemAtPath: directory.appendingPathComponent("it.json").path
        )
      },
      check: { _, directory in
        try expectFiles(in: directory, ["it.json": itinerary([entry("nhrdf4")])])
      }),
    HostileCase(
      name: "--itinerary ''", arguments: ["itinerary", "add", "nhrdf4", "--itinerary", ""],
      status: 64, stderr: .prefix("Error: --itinerary needs a file name; '' names none.\n"),
      check: { _, directory in try expectFiles(in: directory, [:]) }),
    HostileCase(
      name: "--itinerary newdir/",
      arguments: ["itinerary", "add", "nhrdf4", "--itinerary", "newdir/"],
      status: 64,
      stderr: .prefix(
        "Error: --itinerary 'newdir/' names a directory; give a file, such as 'newdir/itinerary.json'.\n"
      ),
      check: { _, directory in try expectFiles(in: directory, [:]) }),
  ]

  /// Items 8 and 12: links are followed, dead writers' leftovers removed, a stuck writer named.
  static let links: [HostileCase] = [
    HostileCase(
      name: "an itinerary reached through a symbolic link: its target is replaced, the link kept",
      arguments: ["itinerary", "add", "tad7rj", "--itinerary", "link.json"], status: 0,
      stderr: .prefix("warning: tad7rj clashes with nhrdf4"),
      setup: { directory in
        try write(itinerary([entry("nhrdf4")]), to: "real.json", in: directory)
        try link("link.json", to: "real.json", in: directory)
      },
      check: { _, directory in
        #expect(try destination("link.json", in: directory) == "real.json")
        let saved = try ids(directory.appendingPathComponent("real.json"))
        #expect(saved == ["nhrdf4", "tad7rj"])
        try expectFiles(
          in: directory, ["link.json": nil, "real.json": nil, "real.json.lock": ""])
      }),
    HostileCase(
      name: "an itinerary reached through a dangling link: the target is created, the link kept",
      arguments: ["itinerary", "add", "nhrdf4", "--itinerary", "link.json"], status: 0,
      stderr: .exact(""),
      setup: { try link("link.json", to: "data/real.json", in: $0) },
      check: { _, directory in
        #expect(try destination("link.json", in: directory) == "data/real.json")
        let saved = try ids(directory.appendingPathComponent("data/real.json"))
        #expect(saved == ["nhrdf4"])
        try expectFiles(
          in: directory.appendingPathComponent("data"), ["real.json": nil, "real.json.lock": ""])
      }),
    HostileCase(
      name: "temporary files of a killed writer are removed under the lock",
      arguments: ["itinerary", "add", "nhrdf4", "--itinerary", "it.json"], status: 0,
      stderr: .exact(""),
      setup: { directory in
        // Above the largest process id Linux hands out (2^22): that writer is dead.
        try write("half an itinerary", to: ".it.json.4999999.x1.tmp", in: directory)
        // This process is alive: its file is not touched.
        try write("in progress", to: ".it.json.\(getpid()).x2.tmp", in: directory)
      },
      check: { _, directory in
        try expectFiles(
          in: directory,
          ["it.json": nil, "it.json.lock": "", ".it.json.\(getpid()).x2.tmp": "in progress"])
      }),
    HostileCase(
      name: "a writer stuck holding the lock: named after a second, given up on after the limit",
      arguments: ["itinerary", "add", "nhrdf4", "--itinerary", "it.json"], status: 74,
      stderr: .prefix("confsched: 'it.json' is locked by process \(getpid()) ("),
      launcher: .command(
        ["/usr/bin/timeout", "-s", "KILL", "30", "/usr/bin/env", "CONFSCHED_LOCK_TIMEOUT=2"]),
      maximumSeconds: 10,
      setup: { directory in
        let path = directory.appendingPathComponent("it.json.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0, flock(fd, LOCK_EX) == 0 else { throw CocoaError(.fileWriteUnknown) }
        heldLocks.withLock { $0[directory.path] = fd }
      },
      check: { run, directory in
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(run.stderr)")
        #expect(lines.first?.hasSuffix("; waiting; giving up after 2 s") == true)
        #expect(
          lines.last?.hasPrefix("confsched: cannot lock 'it.json.lock': process \(getpid()) (")
            == true)
        #expect(lines.last?.hasSuffix(") has held it for 2 s; gave up") == true)
        try expectFiles(in: directory, ["it.json.lock": ""])
      },
      teardown: { directory in
        if let fd = heldLocks.withLock({ $0.removeValue(forKey: directory.path) }) { close(fd) }
      }),
  ]

  /// Items 14 and 15: what the file says is kept, and ids are one whatever their case.
  static let contents: [HostileCase] = [
    HostileCase(
      name: "an id saved in capitals can be removed",
      arguments: ["itinerary", "remove", "nhrdf4", "--itinerary", "it.json"], status: 0,
      stderr: .exact(""),
      setup: { try write(itinerary([entry("NHRDF4"), entry("TAD7RJ")]), to: "it.json", in: $0) },
      check: { run, directory in
        #expect(run.stdout == "removed nhrdf4  Oral  Title of nhrdf4\n")
        let saved = try ids(directory.appendingPathComponent("it.json"))
        #expect(saved == ["tad7rj"])
      }),
    HostileCase(
      name: "adding an id saved in capitals finds it there",
      arguments: ["itinerary", "add", "nhrdf4", "--itinerary", "it.json"], status: 0,
      stderr: .exact(""),
      setup: { try write(itinerary([entry("NHRDF4")]), to: "it.json", in: $0) },
      check: { run, directory in
        #expect(run.stdout.hasPrefix("already there nhrdf4"))
        let saved = try ids(directory.appendingPathComponent("it.json"))
        #expect(saved == ["NHRDF4"])
      }),
    HostileCase(
      name: "case twins made by an earlier version are one entry, the first kept",
      arguments: ["itinerary", "add", "tad7rj", "--itinerary", "it.json"], status: 0,
      stderr: .prefix("warning: tad7rj clashes with nhrdf4 Oral 10:05-10:20"),
      setup: {
        try write(
          itinerary([entry("NHRDF4", extra: #""note": "first""#), entry("nhrdf4")]),
          to: "it.json", in: $0)
      },
      check: { _, directory in
        let saved = try jsonObject(directory.appendingPathComponent("it.json"))
        let entries = try #require(saved["entries"] as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == ["nhrdf4", "tad7rj"])
        #expect(entries.first?["note"] as? String == "first")
      }),
    HostileCase(
      name: "members this version does not know survive a rewrite",
      arguments: ["itinerary", "add", "tad7rj", "--itinerary", "it.json"], status: 0,
      stderr: .prefix("warning: tad7rj clashes with nhrdf4 Oral 10:05-10:20"),
      setup: {
        try write(
          itinerary(
            [entry("nhrdf4", extra: #""note": "bring charger", "stars": [1, {"x": null}]"#)],
            extra: #""owner": "ada""#), to: "it.json", in: $0)
      },
      check: { _, directory in
        let saved = try jsonObject(directory.appendingPathComponent("it.json"))
        #expect(saved["owner"] as? String == "ada")
        let entries = try #require(saved["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries.first?["note"] as? String == "bring charger")
        #expect((entries.first?["stars"] as? [Any])?.count == 2)
        let text = try String(
          contentsOf: directory.appendingPathComponent("it.json"), encoding: .utf8)
        // After the known members, in their order.
        #expect(
          text.contains(#""addedAt": "t",\#n      "note": "bring charger",\#n      "stars": ["#))
      }),
  ]
}

// MARK: - Helpers

/// Locks a test holds while the binary runs, by case directory.
let heldLocks = Mutex<[String: Int32]>([:])

/// Kills the run after `seconds`, so that a hang fails the test instead of stopping the suite.
func timeLimit(_ seconds: Int) -> Launcher {
  .command(["/usr/bin/timeout", "-s", "KILL", String(seconds)])
}

/// An itinerary file's text.
func itinerary(_ entries: [String], extra: String? = nil) -> String {
  #"{"version": 1, "entries": ["# + entries.joined(separator: ",\n") + "]"
    + (extra.map { ", " + $0 } ?? "") + "}\n"
}

/// One entry of an itinerary file: an oral on 4 December 2018 at 10:05.
func entry(_ id: String, date: String = "2018-12-04", extra: String? = nil) -> String {
  #"{"id": "\#(id)", "title": "Title of \#(id.lowercased())", "kind": "Oral", "date": "\#(date)", "#
    + #""start": "10:05", "end": "10:20", "source": {"file": "f", "line": 1}, "addedAt": "t""#
    + (extra.map { ", " + $0 } ?? "") + "}"
}

/// Entries `x00000`... one a day from 1 January 2000.
func distinctDays(_ count: Int) -> [String] {
  let formatter = ISO8601DateFormatter()
  formatter.formatOptions = [.withFullDate]
  return (0..<count).map { index in
    let date = Date(timeIntervalSince1970: 946_684_800 + Double(index) * 86_400)
    return entry(String(format: "x%05d", index), date: formatter.string(from: date))
  }
}

func makeFIFO(_ name: String, in directory: URL) throws {
  guard mkfifo(directory.appendingPathComponent(name).path, 0o644) == 0 else {
    throw Skip(reason: "mkfifo failed: \(String(cString: strerror(errno)))")
  }
}

/// Expects a directory entry to be still of its kind (not replaced by a regular file) and,
/// with `alone`, nothing else (no lock file) beside it.
func expectNode(_ name: String, in directory: URL, _ kind: mode_t, alone: Bool) throws {
  var info = stat()
  #expect(lstat(directory.appendingPathComponent(name).path, &info) == 0)
  #expect(info.st_mode & S_IFMT == kind, "\(name) is still what it was")
  if alone { try expectFiles(in: directory, [name: nil]) }
}

func link(_ name: String, to target: String, in directory: URL) throws {
  try FileManager.default.createSymbolicLink(
    atPath: directory.appendingPathComponent(name).path, withDestinationPath: target)
}

func destination(_ name: String, in directory: URL) throws -> String {
  try FileManager.default.destinationOfSymbolicLink(
    atPath: directory.appendingPathComponent(name).path)
}

func jsonObject(_ url: URL) throws -> [String: Any] {
  try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
}

/// The ids of an itinerary file's entries, as saved.
func ids(_ url: URL) throws -> [String] {
  let entries = try #require(try jsonObject(url)["entries"] as? [[String: Any]])
  return entries.compactMap { $0["id"] as? String }
}
