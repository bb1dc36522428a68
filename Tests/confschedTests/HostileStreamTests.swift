import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Endless or disguised input, output onto input, names that are not UTF-8 and quadratic
/// people paths, through the built binary (issue 17, items 2, 6, 9, 11, 17). Runs with a chance
/// of hanging have a time limit that kills them.
@Suite("Hostile streams and names")
struct HostileStreamTests {
  @Test(arguments: HostileCase.streams)
  func hostileStream(_ hostile: HostileCase) throws {
    try HostileInputTests().hostileInput(hostile)
  }
}

extension HostileCase {
  static let streams: [HostileCase] =
    endless + pipes + encodings + outputOntoInput + byteNames + people

  /// Item 2: input without an end.
  static let endless: [HostileCase] = [
    HostileCase(
      name: "a dump that is /dev/zero", arguments: ["list", "--data", "/dev/zero"], status: 65,
      stderr: .prefix("confsched: '/dev/zero' is not a text dump: "),
      launcher: timeLimit(30), maximumSeconds: 10),
    HostileCase(
      name: "standard input from /dev/zero", arguments: ["list", "--data", "-"], status: 65,
      stderr: .prefix("confsched: '-' is not a text dump: "),
      launcher: shell(#"exec "$0" "$@" < /dev/zero"#), maximumSeconds: 10),
    HostileCase(
      name: "standard input that is text without end (yes |)", arguments: ["list", "--data", "-"],
      status: 65,
      stderr: .exact(
        "confsched: '-' is not a text dump: it goes on past 256 MB; save it to a file and read that\n"
      ),
      launcher: shell(#"yes "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD" | "$0" "$@""#),
      maximumSeconds: 30),
    HostileCase(
      name: "standard input of control characters without end", arguments: ["list", "--data", "-"],
      status: 65,
      stderr: .exact("confsched: '-' is not a text dump: it looks like a binary file\n"),
      launcher: shell(#"tr '\0' '\1' < /dev/zero | "$0" "$@""#), maximumSeconds: 10),
  ]

  /// A dump given as a named pipe is opened once: the look that reads a regular file straight
  /// into text opened it too, and when the writer finished between the two opens, its bytes
  /// went with the first and the second waited for a writer forever (a race: this case passes
  /// either way when the writer is slower).
  static let pipes: [HostileCase] = [
    HostileCase(
      name: "a dump that is a FIFO with a writer", arguments: ["list", "--data", "d.txt"],
      status: 0, stderr: .exact(""),
      launcher: shell(#"cat card.txt > d.txt & exec "$0" "$@""#, seconds: 30), maximumSeconds: 10,
      setup: { directory in
        try write(card(title: "Piped Paper"), to: "card.txt", in: directory)
        try makeFIFO("d.txt", in: directory)
      },
      check: { run, _ in #expect(run.stdout.contains("Piped Paper")) })
  ]

  /// Item 17: UTF-32 is named as such; a NUL past the first 64 KB is binary.
  static let encodings: [HostileCase] = [
    utf32("UTF-32 with a byte-order mark", bytes: [0xFF, 0xFE, 0, 0] + utf32LE, iconv: "UTF-32"),
    utf32("UTF-32LE without a mark", bytes: utf32LE, iconv: "UTF-32LE"),
    utf32(
      "UTF-32BE without a mark",
      bytes: stride(from: 0, to: utf32LE.count, by: 4).flatMap {
        utf32LE[$0..<($0 + 4)].reversed()
      },
      iconv: "UTF-32BE"),
    HostileCase(
      name: "a NUL after the first 64 KB", arguments: ["list", "--data", "nul.txt"], status: 65,
      stderr: .exact("confsched: 'nul.txt' is not a text dump: it looks like a binary file\n"),
      setup: { directory in
        let cards = String(repeating: card(title: "A Title") + "\n", count: 800)
        let bytes = Array(cards.utf8)
        #expect(bytes.count > 70_000)
        try Data(bytes[..<70_000] + [0] + bytes[70_000...]).write(
          to: directory.appendingPathComponent("nul.txt"))
      }),
  ]

  /// Item 9: `-o` onto a file the command reads, however it is named.
  static let outputOntoInput: [HostileCase] = [
    HostileCase(
      name: "-o onto its own input dump",
      arguments: ["list", "--data", "d.txt", "--format", "md", "-o", "d.txt"], status: 73,
      stderr: .exact(
        "confsched: cannot create 'd.txt': it is the dump this command reads; write elsewhere\n"),
      setup: { try write(card(title: "Kept"), to: "d.txt", in: $0) },
      check: { _, directory in try expectFiles(in: directory, ["d.txt": card(title: "Kept")]) }),
    HostileCase(
      name: "-o onto a link to its input dump",
      arguments: ["list", "--data", "d.txt", "--format", "md", "-o", "link.md"], status: 73,
      stderr: .exact(
        "confsched: cannot create 'link.md': it is the dump 'd.txt' this command reads; write elsewhere\n"
      ),
      setup: { directory in
        try write(card(title: "Kept"), to: "d.txt", in: directory)
        try link("link.md", to: "d.txt", in: directory)
      },
      check: { _, directory in
        try expectFiles(in: directory, ["d.txt": card(title: "Kept"), "link.md": nil])
      }),
    HostileCase(
      name: "-o onto the itinerary",
      arguments: [
        "itinerary", "export", "--format", "csv", "-o", "it.json", "--itinerary", "it.json",
      ],
      status: 73,
      stderr: .exact(
        "confsched: cannot create 'it.json': it is the itinerary this command reads; write elsewhere\n"
      ),
      setup: { try write(itinerary([entry("nhrdf4")]), to: "it.json", in: $0) },
      check: { _, directory in
        try expectFiles(in: directory, ["it.json": itinerary([entry("nhrdf4")])])
      }),
  ]

  /// Item 11: a name that is not UTF-8 opens, and `-o` writes that very name.
  static let byteNames: [HostileCase] = [
    HostileCase(
      name: "a dump named caf\\xE9.txt (Latin-1) opens",
      arguments: ["list", "--json"], status: 0, stderr: .exact(""),
      launcher: shell(#"exec "$0" "$@" --data "$(printf 'caf\351.txt')""#),
      setup: { try writeBytesNamed(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), $0) },
      check: { run, _ in
        let title = try events(run).first?["title"] as? String
        #expect(title == "Latin")
      }),
    HostileCase(
      name: "-o out\\xE9.csv writes that name, byte for byte",
      arguments: ["list", "--data", "plain.txt", "--format", "csv"], status: 0, stderr: .exact(""),
      launcher: shell(#"exec "$0" "$@" -o "$(printf 'out\351.csv')""#),
      setup: { try write(card(title: "Plain"), to: "plain.txt", in: $0) },
      check: { _, directory in
        let name = Array("out".utf8) + [0xE9] + Array(".csv".utf8)
        let written = try names(in: directory)
        #expect(written.contains(name))
        #expect(written.count == 2, "nothing else written")
      }),
    HostileCase(
      name: "a missing caf\\xE9.txt is named with its byte shown",
      arguments: ["list"], status: 66,
      stderr: .exact("confsched: cannot open 'caf\\xE9.txt': No such file or directory\n"),
      launcher: shell(#"exec "$0" "$@" --data "$(printf 'caf\351.txt')""#)),
  ]

  /// Item 6: people paths that were quadratic.
  static let people: [HostileCase] = [
    HostileCase(
      name: "a 16 KB author query of one word",
      arguments: ["author", String(repeating: "kolterx ", count: 2048)], status: 1,
      stderr: .prefix("confsched: no author matches 'kolterx kolterx "),
      launcher: timeLimit(60), maximumSeconds: 10),
    HostileCase(
      name: "a 16 KB author query of distinct words",
      arguments: ["author", (0..<2700).map { "w\($0)zq" }.joined(separator: " ")], status: 1,
      stderr: .prefix("confsched: no author matches 'w0zq w1zq "),
      launcher: timeLimit(60), maximumSeconds: 10),
    HostileCase(
      name: "an 80 KB search query of 8,000 distinct words",
      arguments: ["search", (0..<8000).map { "w\($0)zqa" }.joined(separator: " ")], status: 1,
      stderr: .prefix("confsched: no events match \"w0zqa w1zqa "),
      launcher: timeLimit(60), maximumSeconds: 10),
    HostileCase(
      // Read afresh, the index has no sorted vocabulary: a prefix is looked up by reading it all.
      name: "an 80 KB search query over a file read afresh, 5,000 cards of distinct words",
      arguments: [
        "search", "--data", "cards.txt", (0..<8000).map { "w\($0)zqa" }.joined(separator: " "),
      ],
      status: 1, stderr: .prefix("confsched: no events match \"w0zqa w1zqa "),
      launcher: timeLimit(60), maximumSeconds: 10,
      setup: { directory in
        let cards = (0..<5000).map { index in
          card(
            title: "Paper \(index) on t\(index)opic and m\(index)ethod", authors: "Author \(index)")
        }
        try write(cards.joined(separator: "\n"), to: "cards.txt", in: directory)
      }),
    HostileCase(
      name: "authors over 20,000 cards by the same two people",
      arguments: ["authors", "--data", "cards.txt"], status: 0, stderr: .exact(""),
      launcher: timeLimit(120), maximumSeconds: 30,
      setup: { directory in
        let cards = (0..<20_000).map { index in
          card(
            title: "Paper number \(index)",
            header: "Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 & 230 AB #\(index)",
            authors: "Alice Smith · Bob Jones")
        }
        try write(cards.joined(separator: "\n"), to: "cards.txt", in: directory)
      },
      check: { run, _ in #expect(run.stdout == "  20000  Alice Smith\n  20000  Bob Jones\n") }),
  ]

  /// The words of a card, in UTF-32LE without a mark.
  static let utf32LE: [UInt8] = card(title: "Wide").unicodeScalars.flatMap { scalar in
    withUnsafeBytes(of: scalar.value.littleEndian, Array.init)
  }

  static func utf32(_ name: String, bytes: [UInt8], iconv: String) -> HostileCase {
    HostileCase(
      name: name, arguments: ["list", "--data", "wide.txt"], status: 65,
      stderr: .exact(
        "confsched: 'wide.txt' is not a text dump: it is UTF-32; convert it with 'iconv -f \(iconv) -t UTF-8'\n"
      ),
      setup: { try Data(bytes).write(to: $0.appendingPathComponent("wide.txt")) })
  }
}

/// Runs a shell script under a time limit; the binary is `$0`, its arguments `"$@"`.
func shell(_ script: String, seconds: Int = 60) -> Launcher {
  .command(["/usr/bin/timeout", "-s", "KILL", String(seconds), "/bin/sh", "-c", script])
}

/// Writes a card titled `Latin` to a file whose name is these bytes.
func writeBytesNamed(_ name: [UInt8], _ directory: URL) throws {
  let path = Array(directory.path.utf8) + [UInt8(ascii: "/")] + name + [0]
  let fd = path.withUnsafeBufferPointer { buffer -> Int32 in
    guard let base = buffer.baseAddress else { return -1 }
    return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
      open($0, O_WRONLY | O_CREAT, 0o644)
    }
  }
  guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
  defer { close(fd) }
  let text = Array(card(title: "Latin").utf8)
  guard text.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == text.count else {
    throw CocoaError(.fileWriteUnknown)
  }
}

/// The names in a directory as bytes (FileManager would decode them).
func names(in directory: URL) throws -> [[UInt8]] {
  guard let stream = opendir(directory.path) else { throw CocoaError(.fileReadUnknown) }
  defer { closedir(stream) }
  var names: [[UInt8]] = []
  while let entry = readdir(stream) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
    if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
  }
  return names
}
