import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hostile files and output paths through the built binary: each case lays out its files in a
/// fresh directory, runs `confsched` there, and checks the exit status, standard error, and that
/// nothing crashed or was left half-written.
@Suite("Hostile input")
struct HostileInputTests {
  @Test(arguments: HostileCase.all)
  func hostileInput(_ hostile: HostileCase) throws {
    let directory = try temporaryDirectory()
    defer {
      hostile.teardown(directory)
      try? FileManager.default.removeItem(at: directory)
    }
    let launcher: [String]
    do {
      try hostile.setup(directory)
      launcher = try hostile.launcher.arguments()
    } catch let skip as Skip {
      print("HostileInputTests: skipped '\(hostile.name)': \(skip.reason)")
      return
    }
    let clock = ContinuousClock()
    let start = clock.now
    let run = try confsched(hostile.arguments, directory: directory, launcher: launcher)
    let elapsed = clock.now - start

    #expect(run.status == hostile.status, "stderr: \(run.stderr.prefix(500))")
    switch hostile.stderr {
    case .exact(let text): #expect(run.stderr == text)
    case .prefix(let text): #expect(run.stderr.hasPrefix(text), "stderr: \(run.stderr.prefix(500))")
    }
    if let limit = hostile.maximumSeconds {
      #expect(elapsed < .seconds(limit), "took \(elapsed)")
    }
    if let limit = hostile.maximumMegabytes {
      // The child's own peak (its `VmHWM`), from a second run: `RUSAGE_CHILDREN` also counts
      // this test process's memory, which each child starts in until it execs.
      guard case .direct = hostile.launcher else {
        Issue.record("a memory limit is measured on a direct run only")
        return
      }
      // Its files named by their whole paths, as the run is not made in the directory.
      let arguments = hostile.arguments.map { argument in
        let file = directory.appendingPathComponent(argument).path
        return FileManager.default.fileExists(atPath: file) ? file : argument
      }
      let megabytes = try confschedMemory(arguments).peakBytes >> 20
      #expect(megabytes < limit, "peak \(megabytes) MB")
      #expect(megabytes > 0)
    }
    try hostile.check(run, directory)
  }
}

/// One hostile input and what `confsched` must make of it.
struct HostileCase: Sendable, CustomTestStringConvertible {
  /// What standard error must hold.
  enum Stderr: Sendable {
    case exact(String)
    case prefix(String)
  }

  var name: String
  /// The command line, run in the case's directory (paths are relative to it).
  var arguments: [String]
  var status: Int32
  var stderr: Stderr
  var launcher: Launcher = .direct
  var maximumSeconds: Int64?
  var maximumMegabytes: Int?
  /// Lays out the case's files; throws `Skip` when this machine cannot stage the case.
  var setup: @Sendable (URL) throws -> Void = { _ in }
  /// Checks what the run printed and left behind.
  var check: @Sendable (Run, URL) throws -> Void = { _, _ in }
  var teardown: @Sendable (URL) -> Void = { _ in }

  var testDescription: String { name }
}

/// A case this machine cannot stage, and why.
struct Skip: Error {
  var reason: String
}

/// How the binary is started.
enum Launcher: Sendable {
  case direct
  /// As `nobody` when the tests run as root, for whom a mode of 000 does not stop reading.
  case unprivileged
  /// Under `ulimit -f 1`: a write past 512 bytes fails with EFBIG (the CLI ignores SIGXFSZ).
  case fileSizeLimit
  /// Through a command that ends with the binary's path and its arguments: a time limit
  /// (`timeout`), an environment (`env`), a shell that redirects standard input.
  case command([String])

  func arguments() throws -> [String] {
    switch self {
    case .direct:
      return []
    case .unprivileged:
      guard geteuid() == 0 else { return [] }
      let setpriv = "/usr/bin/setpriv"
      guard FileManager.default.isExecutableFile(atPath: setpriv) else {
        throw Skip(reason: "running as root, which mode 000 does not stop, and no \(setpriv)")
      }
      return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    case .fileSizeLimit:
      return ["/bin/sh", "-c", #"ulimit -f 1 && exec "$0" "$@""#]
    case .command(let arguments):
      return arguments
    }
  }
}

// MARK: - The cases

extension HostileCase {
  static let all: [HostileCase] = inputs + cards + outputs

  /// Files that cannot be read, or are not text.
  static let inputs: [HostileCase] = [
    HostileCase(
      name: "nonexistent path", arguments: ["list", "--data", "missing.txt"], status: 66,
      stderr: .exact("confsched: cannot open 'missing.txt': No such file or directory\n")),
    HostileCase(
      name: "a directory", arguments: ["list", "--data", "dumps"], status: 66,
      stderr: .exact("confsched: 'dumps' is a directory, not a dump file\n"),
      setup: { try makeDirectory("dumps", in: $0) }),
    HostileCase(
      name: "an unreadable file", arguments: ["list", "--data", "locked.txt"], status: 66,
      stderr: .exact("confsched: cannot open 'locked.txt': Permission denied\n"),
      launcher: .unprivileged,
      setup: { directory in
        try write(card(title: "Locked"), to: "locked.txt", in: directory)
        try FileManager.default.setAttributes(
          [.posixPermissions: 0o000],
          ofItemAtPath: directory.appendingPathComponent("locked.txt").path)
      }),
    HostileCase(
      name: "an empty file", arguments: ["list", "--data", "empty.txt"], status: 65,
      stderr: .exact("confsched: 'empty.txt' is empty\n"),
      setup: { try write("", to: "empty.txt", in: $0) }),
    HostileCase(
      name: "a 0-byte itinerary", arguments: ["itinerary", "--itinerary", "itinerary.json"],
      status: 65,
      stderr: .exact(
        """
        confsched: itinerary.json: the itinerary file is empty
          the file is left as it is: fix it, or run: confsched itinerary clear --force --yes --itinerary itinerary.json

        """),
      setup: { try write("", to: "itinerary.json", in: $0) },
      check: { _, directory in try expectFiles(in: directory, ["itinerary.json": ""]) }),
    HostileCase(
      name: "a binary file", arguments: ["list", "--data", "binary.bin"], status: 65,
      stderr: .exact("confsched: 'binary.bin' is not a text dump: it looks like a binary file\n"),
      setup: { directory in
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        try Data(bytes).write(to: directory.appendingPathComponent("binary.bin"))
      }),
    HostileCase(
      name: "invalid UTF-8 in a title", arguments: ["list", "--data", "bad.txt", "--json"],
      status: 0, stderr: .exact("confsched: bad.txt: 1 warning; see 'confsched check bad.txt'\n"),
      setup: { try writeInvalidUTF8Title(to: "bad.txt", in: $0) },
      check: { run, _ in
        let title = try events(run).first?["title"] as? String
        #expect(title == "On Neuronal \u{FFFD}\u{FFFD} Capacity")
      }),
    HostileCase(
      name: "invalid UTF-8 in a title, checked", arguments: ["check", "bad.txt"], status: 0,
      stderr: .exact(""),
      setup: { try writeInvalidUTF8Title(to: "bad.txt", in: $0) },
      check: { run, _ in
        #expect(
          run.stdout == """
            bad.txt:1:13: warning: invalid UTF-8; the bad bytes read as U+FFFD
            bad.txt: 1 event, 1 warning

            """)
      }),
    HostileCase(
      name: "UTF-16", arguments: ["list", "--data", "utf16.txt"], status: 65,
      stderr: .exact(
        "confsched: 'utf16.txt' is not a text dump: it is UTF-16; convert it with 'iconv -f UTF-16 -t UTF-8'\n"
      ),
      setup: { directory in
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in card(title: "Wide").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: directory.appendingPathComponent("utf16.txt"))
      }),
    HostileCase(
      name: "a 100 MB single line", arguments: ["list", "--data", "long.txt"], status: 65,
      stderr: .prefix(
        "confsched: 'long.txt' holds no schedule events: not a schedule dump confsched knows"),
      // 205 MiB (2.15x the file's 95 MiB) measured as the child's own peak: 240 is 2.5x.
      maximumSeconds: 10, maximumMegabytes: 240,
      setup: { directory in
        // Markup of every kind the readers look at, with no line break: 100,000,000 bytes.
        let piece =
          #"<u>Tue Dec 4th 10:05 -- 10:20 AM @ Room 1 #2 · \label{x} &amp; [a](b) $\cdot "#
        let chunk = Data(String(repeating: piece, count: (1 << 20) / piece.utf8.count).utf8)
        let url = directory.appendingPathComponent("long.txt")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
          throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written = 0
        while written < 100_000_000 {
          let part = chunk.prefix(100_000_000 - written)
          try handle.write(contentsOf: part)
          written += part.count
        }
      }),
  ]

  /// Cards with something wrong in them: read, with a warning at the right column.
  static let cards: [HostileCase] = [
    HostileCase(
      name: "10,000 nested <u> tags in a title",
      arguments: ["list", "--data", "nested.txt", "--json"],
      status: 0, stderr: .exact(""),
      setup: { directory in
        let title =
          String(repeating: "<u>", count: 10_000) + "Deep Title"
          + String(repeating: "</u>", count: 10_000)
        try write(card(title: title), to: "nested.txt", in: directory)
      },
      check: { run, _ in
        let title = try events(run).first?["title"] as? String
        #expect(title == "Deep Title")
      }),
    checked(
      "a header with 99:99", header: "Oral | Tue Dec 4th 99:99 -- 10:20 AM @ Room 220 CD",
      warning: "t.txt:3:20: warning: '99:99' is not a time of day"),
    HostileCase(
      name: "a date that does not exist", arguments: ["check", "t.txt"], status: 0,
      stderr: .exact(""),
      setup: { directory in
        let text = [
          card(title: "Fine"),
          card(title: "Odd", header: "Oral | Tue Feb 30th 10:05 -- 10:20 AM @ Room 220 CD"),
        ].joined(separator: "\n\n")
        try write(text, to: "t.txt", in: directory)
      },
      check: { run, _ in
        #expect(
          run.stdout == """
            t.txt:12:1: warning: Feb 30 is not a date in 2018
            t.txt: 2 events, 1 warning

            """)
      }),
    checked(
      "an end before the start", header: "Oral | Tue Dec 4th 11:05 -- 10:20 AM @ Room 220 CD",
      warning: "t.txt:3:29: warning: the event ends at 10:20, before it starts at 11:05"),
    checked(
      "a board '#'", header: "Poster | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD #",
      warning: "t.txt:3:54: warning: '#' with no board number after it"),
    HostileCase(
      name: "a search of 300 words",
      arguments: ["search", String(repeating: "neural tangent ", count: 150)],
      status: 0, stderr: .exact(""),
      check: { run, _ in #expect(run.stdout.contains("Neural Tangent Kernel")) }),
    HostileCase(
      name: "an author line of 10,000 ' · '", arguments: ["list", "--data", "t.txt", "--json"],
      status: 0, stderr: .exact(""),
      setup: { directory in
        let authors = String(repeating: " · ", count: 10_000)
        try write(card(title: "Nobody", authors: authors), to: "t.txt", in: directory)
      },
      check: { run, _ in
        let event = try #require(try events(run).first)
        #expect(event["title"] as? String == "Nobody")
        #expect((event["authors"] as? [Any])?.isEmpty == true)
      }),
  ]

  /// Output files that cannot be written: refused, and nothing half-written left behind.
  static let outputs: [HostileCase] = [
    HostileCase(
      name: "an output path in a missing directory",
      arguments: ["list", "--format", "json", "-o", "missing/out.json"], status: 73,
      stderr: .exact("confsched: cannot create 'missing/out.json': no directory 'missing'\n"),
      check: { _, directory in try expectFiles(in: directory, [:]) }),
    HostileCase(
      name: "an output path that is a directory",
      arguments: ["list", "--format", "json", "-o", "out"], status: 73,
      stderr: .exact("confsched: cannot create 'out': it is a directory\n"),
      setup: { try makeDirectory("out", in: $0) },
      check: { _, directory in
        try expectFiles(in: directory, ["out": nil])
        try expectFiles(in: directory.appendingPathComponent("out"), [:])
      }),
    HostileCase(
      name: "an output path that is a symbolic link: its target is replaced, the link kept",
      arguments: ["search", "Banach Wasserstein", "--format", "csv", "-o", "link.csv"],
      status: 0, stderr: .exact(""),
      setup: { directory in
        try write("old\n", to: "target.csv", in: directory)
        try FileManager.default.createSymbolicLink(
          atPath: directory.appendingPathComponent("link.csv").path,
          withDestinationPath: "target.csv")
      },
      check: { _, directory in
        let link = directory.appendingPathComponent("link.csv").path
        #expect(
          try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.csv")
        let text = try String(
          contentsOf: directory.appendingPathComponent("target.csv"), encoding: .utf8)
        #expect(text.hasPrefix("id,kind,title,"))
        #expect(text.contains("Banach Wasserstein GAN"))
      }),
    HostileCase(
      name: "an output path that is a link to nothing",
      arguments: ["list", "--format", "json", "-o", "dangling.json"], status: 73,
      stderr: .exact(
        "confsched: cannot create 'dangling.json': it is a symbolic link to nothing\n"),
      setup: { directory in
        try FileManager.default.createSymbolicLink(
          atPath: directory.appendingPathComponent("dangling.json").path,
          withDestinationPath: "nowhere.json")
      },
      check: { _, directory in try expectFiles(in: directory, ["dangling.json": nil]) }),
    HostileCase(
      name: "an output path that is a device (/dev/null) is written through, not replaced",
      arguments: ["list", "--format", "json", "-o", "/dev/null"], status: 0, stderr: .exact(""),
      check: { _, _ in
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
      }),
    HostileCase(
      name: "a read-only output file",
      arguments: ["list", "--format", "json", "-o", "readonly.json"], status: 73,
      stderr: .exact("confsched: cannot create 'readonly.json': the file is read-only\n"),
      setup: { directory in
        try write("old\n", to: "readonly.json", in: directory)
        try FileManager.default.setAttributes(
          [.posixPermissions: 0o444],
          ofItemAtPath: directory.appendingPathComponent("readonly.json").path)
      },
      check: { _, directory in try expectFiles(in: directory, ["readonly.json": "old\n"]) }),
    HostileCase(
      name: "a full disk (64 KB tmpfs)",
      arguments: ["list", "--format", "json", "-o", "full/out.json"], status: 74,
      stderr: .exact("confsched: cannot write 'full/out.json': No space left on device\n"),
      setup: { directory in
        try makeDirectory("full", in: directory)
        guard geteuid() == 0 else { throw Skip(reason: "mounting a tmpfs needs root") }
        let mount = try runTool(
          "/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", "full"], in: directory)
        guard mount == 0 else { throw Skip(reason: "mount -t tmpfs failed (status \(mount))") }
        try write("old\n", to: "full/out.json", in: directory)
      },
      check: { _, directory in
        try expectFiles(in: directory.appendingPathComponent("full"), ["out.json": "old\n"])
      },
      teardown: { directory in _ = try? runTool("/bin/umount", ["full"], in: directory) }),
    HostileCase(
      name: "a file-size limit (ulimit -f 1)",
      arguments: ["list", "--format", "json", "-o", "out.json"], status: 74,
      stderr: .exact("confsched: cannot write 'out.json': File too large\n"),
      launcher: .fileSizeLimit,
      setup: { try write("old\n", to: "out.json", in: $0) },
      check: { _, directory in try expectFiles(in: directory, ["out.json": "old\n"]) }),
  ]

  /// A one-card dump whose header is hostile, checked: the one warning at its column.
  static func checked(_ name: String, header: String, warning: String) -> HostileCase {
    HostileCase(
      name: name, arguments: ["check", "t.txt"], status: 0, stderr: .exact(""),
      setup: { try write(card(title: "A Title", header: header), to: "t.txt", in: $0) },
      check: { run, _ in #expect(run.stdout == warning + "\nt.txt: 1 event, 1 warning\n") })
  }
}

// MARK: - Helpers

/// A card of the card family: title on line 1, header on line 3, authors, abstract.
func card(
  title: String, header: String = "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD",
  authors: String = "Pierre Baldi · Roman Vershynin"
) -> String {
  [title, header, authors, "We define the capacity of a learning machine."]
    .joined(separator: "\n\n") + "\n"
}

func write(_ text: String, to name: String, in directory: URL) throws {
  try Data(text.utf8).write(to: directory.appendingPathComponent(name))
}

func makeDirectory(_ name: String, in directory: URL) throws {
  try FileManager.default.createDirectory(
    at: directory.appendingPathComponent(name), withIntermediateDirectories: false)
}

/// A card whose title holds the bytes FF FE (not UTF-8) at column 13.
private func writeInvalidUTF8Title(to name: String, in directory: URL) throws {
  let parts = card(title: "On Neuronal @@ Capacity").split(separator: "@@", maxSplits: 1)
  let bytes = Array(parts[0].utf8) + [0xFF, 0xFE] + Array(parts[1].utf8)
  try Data(bytes).write(to: directory.appendingPathComponent(name))
}

/// The events a `--json` run printed.
func events(_ run: Run) throws -> [[String: Any]] {
  try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
}

/// Expects a directory to hold exactly these entries: files with this text, or directories
/// (nil). No temporary file, no partial output.
func expectFiles(in directory: URL, _ expected: [String: String?]) throws {
  let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
  #expect(Set(names) == Set(expected.keys), "in \(directory.path)")
  for (name, text) in expected {
    guard let text else { continue }
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    #expect(String(decoding: data, as: UTF8.self) == text, "\(name)")
  }
}

/// Runs a program to its end in a directory, its output discarded; returns its status.
func runTool(_ program: String, _ arguments: [String], in directory: URL) throws -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: program)
  process.arguments = arguments
  process.currentDirectoryURL = directory
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}
