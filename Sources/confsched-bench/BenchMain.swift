// confsched-bench: how fast confsched parses, indexes and answers, and how much memory it takes,
// with grep (and ripgrep, when installed) as the baseline in the same run: these machines are
// noisy, ratios within one run hold.
//
//     swift build -c release && .build/release/confsched-bench [--quick] [--own]
//
// Sizes run in child processes of their own (`--measure N`) so that each reports its own peak
// memory (maxrss).

import ConfSchedData
import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The benchmark run.
@main
enum BenchMain {
  static func main() {
    let arguments = CommandLine.arguments
    let quick = arguments.contains("--quick")
    let mainDump =
      BundledDump.all.first { $0.name == "neurips-2018-12-04.txt" } ?? BundledDump.all[0]
    let queries = [
      "neural tangent", "generative adversarial", "hadjers", "\"reinforcement learning\"", "optim",
    ]

    // `--profile parse|index`: only that work, ten times, for valgrind --tool=callgrind.
    if let flag = arguments.firstIndex(of: "--profile") {
      let what = arguments.dropFirst(flag + 1).first ?? "parse"
      let source = DumpSource(name: mainDump.name, text: mainDump.text)
      for _ in 0..<10 {
        let result = CardReader.read(source)
        if what == "index" { _ = SearchIndex(Schedule([result.part]).events) }
      }
      exit(0)
    }

    // `--measure N` (N copies of the main dump) or `--measure long|nested`: one size, in this
    // process, printed as `key=value` fields for the parent.
    if let flag = arguments.firstIndex(of: "--measure"),
      let what = arguments.dropFirst(flag + 1).first
    {
      Measurement.run(what, main: mainDump, queries: queries, quick: quick)
      exit(0)
    }

    let directory = Bench.temporaryDirectory()
    // The benchmark's own data home and cache: the user's added sources must not change what
    // is measured, nor the benchmark's runs fill the user's cache.
    setenv("XDG_DATA_HOME", directory + "/xdg-data", 1)
    setenv("XDG_CACHE_HOME", directory + "/xdg-cache", 1)
    // `--own`: only the user's own schedules at scale (section 4).
    if arguments.contains("--own"), let binary = Bench.siblingExecutable("confsched") {
      OwnSchedules.run(
        binary: binary, main: mainDump, directory: directory, runs: quick ? 3 : 5, copies: 100)
      exit(0)
    }
    let mainPath = directory + "/" + mainDump.name
    Bench.write(mainDump.text, to: mainPath)
    // All the bundled dumps, the data a search on the bundled data covers.
    let dataDirectory = directory + "/data"
    mkdir(dataDirectory, 0o755)
    for dump in BundledDump.all { Bench.write(dump.text, to: dataDirectory + "/" + dump.name) }
    let megabytes = Bench.megabytes(mainDump.text.utf8.count)
    print("confsched-bench: \(mainDump.name), \(megabytes) MB, \(quick ? "quick run" : "full run")")
    print("")

    // 1. Parsing the mainDump dump, many times, in process.
    let source = DumpSource(name: mainDump.name, text: mainDump.text)
    let parseTimes = Bench.repeatTiming(quick ? 20 : 200) { _ = CardReader.read(source) }
    print("parse \(mainDump.name), in process, \(parseTimes.samples.count) runs")
    print(
      "  min \(Bench.ms(parseTimes.min)) ms   median \(Bench.ms(parseTimes.median)) ms   \(Bench.throughput(mainDump.text.utf8.count, parseTimes.median)) MB/s (median)"
    )
    print("")

    // 2. Scaling: 1x to 1000x, each in its own process.
    let sizes = quick ? ["1", "10", "100"] : ["1", "10", "100", "1000"]
    print("scaling (synthetic dumps: the Tuesday repeated, titles shifted; one process per size)")
    print(
      "  size    MB      events   parse ms  MB/s   index ms  max RSS MB  RSS/dump  search min/median ms per query"
    )
    var perMB: [String: Double] = [:]
    for size in sizes + ["long", "nested"] {
      guard let result = Bench.measureInChild(size) else {
        print("  \(Bench.pad(size, 6))  (failed)")
        continue
      }
      let dumpMB = Double(result.fields["bytes"] ?? "0").map { $0 / 1e6 } ?? 0
      let parseMS = Double(result.fields["parse_ns"] ?? "0").map { $0 / 1e6 } ?? 0
      let indexMS = Double(result.fields["index_ns"] ?? "0").map { $0 / 1e6 } ?? 0
      let rssMB = Double(result.maxRSSKilobytes) / 1000
      if dumpMB > 0 { perMB[size] = parseMS / dumpMB }
      let label = size == "long" ? "100MB line" : size == "nested" ? "nested x200" : "\(size)x"
      var line =
        "  \(Bench.pad(label, 11)) \(Bench.pad(Bench.fixed(dumpMB, 1), 7)) \(Bench.pad(result.fields["events"] ?? "?", 8)) "
      line +=
        "\(Bench.pad(Bench.fixed(parseMS, 1), 9)) \(Bench.pad(Bench.fixed(parseMS > 0 ? dumpMB / (parseMS / 1000) : 0, 0), 6)) "
      line += "\(Bench.pad(Bench.fixed(indexMS, 1), 9)) \(Bench.pad(Bench.fixed(rssMB, 0), 11)) "
      line += "\(Bench.pad(dumpMB > 0 ? Bench.fixed(rssMB / dumpMB, 2) + "x" : "-", 9)) "
      line += result.fields["search"] ?? ""
      print(line)
    }
    if let small = perMB["1"], let large = perMB[sizes.last ?? "1"], small > 0 {
      print(
        "  parse time per MB, \(sizes.last ?? "")x over 1x: \(Bench.fixed(large / small, 2)) (1.00 is linear)"
      )
    }
    print("  queries: " + queries.joined(separator: " | "))
    print("")

    // 3. End to end, against grep (and rg) on the same file.
    guard let binary = Bench.siblingExecutable("confsched") else {
      print("(no release confsched beside the benchmark: run 'swift build -c release' first)")
      exit(0)
    }
    let runs = quick ? 10 : 40
    print("end to end: wall time per process, \(runs) runs each, interleaved, output to a file")
    var commands: [(String, [String])] = [
      (
        "grep -i \"neural tangent\" FILE",
        ["/usr/bin/env", "grep", "-i", "neural tangent", mainPath]
      ),
      ("confsched search \"neural tangent\"", [binary, "search", "neural tangent", "--no-pager"]),
      (
        "grep -ri \"neural tangent\" DATA (all 5 dumps)",
        ["/usr/bin/env", "grep", "-ri", "neural tangent", dataDirectory]
      ),
      (
        "confsched search \"neural tangent\" --data FILE (cached)",
        [binary, "search", "neural tangent", "--data", mainPath]
      ),
      ("grep -i \"dec 4th\" FILE", ["/usr/bin/env", "grep", "-i", "dec 4th", mainPath]),
      ("confsched list --day 2018-12-04", [binary, "list", "--day", "2018-12-04"]),
    ]
    let ripgrep = Bench.findExecutable("rg")
    if let ripgrep {
      commands.insert(
        ("rg -i \"neural tangent\" FILE", [ripgrep, "-i", "neural tangent", mainPath]), at: 1)
      commands.append(("rg -i \"dec 4th\" FILE", [ripgrep, "-i", "dec 4th", mainPath]))
    }
    let results = Bench.compare(commands.map(\.1), runs: runs, outputDirectory: directory)
    let grepSearch = results[0].median
    let grepList = results[commands.firstIndex { $0.0.hasPrefix("grep -i \"dec") } ?? 0].median
    for (index, command) in commands.enumerated() {
      let result = results[index]
      let baseline =
        command.0.contains("dec 4th") || command.0.contains("list") ? grepList : grepSearch
      print(
        "  \(Bench.pad(command.0, 46)) min \(Bench.ms(result.min)) ms   median \(Bench.ms(result.median)) ms   \(Bench.fixed(Double(result.median) / Double(baseline), 2))x grep"
      )
    }
    if ripgrep == nil { print("  (ripgrep is not installed: no rg rows)") }
    print("")

    // 4. The user's own schedules at scale.
    OwnSchedules.run(
      binary: binary, main: mainDump, directory: directory, runs: quick ? 3 : 5, copies: 100)
  }
}
