// confsched-bench: how fast confsched parses, indexes and answers, and how much memory it takes,
// with grep (and ripgrep, when installed) as the baseline in the same run: these machines are
// noisy, ratios within one run hold.
//
//     swift build -c release && .build/release/confsched-bench [--quick] [--own] [--parse]
//     [--recommend] [--write N PATH]
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

    // `--profile search N QUERY [RUNS]`: N copies indexed once, then the query RUNS (200) times.
    if let flag = arguments.firstIndex(of: "--profile"),
      arguments.dropFirst(flag + 1).first == "search"
    {
      let rest = Array(arguments.dropFirst(flag + 2))
      let text = Synthetic.repeated(
        mainDump.text, name: mainDump.name, copies: Int(rest.first ?? "100") ?? 100)
      let schedule = Schedule([DumpReader.read(DumpSource(name: "synthetic.txt", text: text)).part])
      let index = SearchIndex(schedule.events)
      let query = SearchQuery(rest.dropFirst().first ?? "neural tangent")
      let runs = Int(rest.dropFirst(2).first ?? "200") ?? 200
      let timing = Bench.repeatTiming(runs) { _ = index.search(query) }
      print("min \(Bench.ms(timing.min)) ms, median \(Bench.ms(timing.median)) ms")
      exit(0)
    }

    // `--profile parse|index|site|xml`: only that work, ten times, for valgrind --tool=callgrind
    // (`site`: the synthetic program of the virtual site's JSON, made once; `xml`: the 38C3
    // `schedule.xml` through `DumpReader.read`, as the frab parse row).
    if let flag = arguments.firstIndex(of: "--profile") {
      let what = arguments.dropFirst(flag + 1).first ?? "parse"
      if what == "site" {
        let text = Synthetic.virtualSiteProgram(
          from: mainDump.text, name: mainDump.name, count: 6000)
        let site = DumpSource(name: "neurips-2025-orals-posters.json", text: text)
        let timing = Bench.repeatTiming(10) { _ = DumpReader.read(site) }
        let card = DumpSource(name: mainDump.name, text: mainDump.text)
        let cardTiming = Bench.repeatTiming(10) { _ = DumpReader.read(card) }
        print(
          "site \(Bench.throughput(text.utf8.count, timing.median)) MB/s, card \(Bench.throughput(mainDump.text.utf8.count, cardTiming.median)) MB/s (medians)"
        )
        exit(0)
      }
      if what == "xml" {
        guard let (xml, _) = try? DumpFile.load(FrabBench.fixtures + "/" + FrabBench.xmlName)
        else {
          print("(\(FrabBench.xmlName) not found under \(FrabBench.fixtures))")
          exit(66)
        }
        for _ in 0..<10 { _ = DumpReader.read(xml) }
        exit(0)
      }
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

    // `--write N PATH`: N copies of the main dump, titles shifted, into a file (for hyperfine).
    if let flag = arguments.firstIndex(of: "--write"), arguments.count > flag + 2,
      let copies = Int(arguments[flag + 1])
    {
      Bench.write(
        Synthetic.repeated(mainDump.text, name: mainDump.name, copies: copies),
        to: arguments[flag + 2])
      exit(0)
    }
    // `--recommend`: only the similar/recommend/plan rows.
    if arguments.contains("--recommend") {
      RecommendBench.run(main: mainDump, quick: quick)
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
    // `--bundled-search [RUNS]`: only a search of the bundled data against `grep -i` on the
    // 2018 file and `grep -ri` over the bundled dumps, interleaved (issue 16's two targets).
    if let flag = arguments.firstIndex(of: "--bundled-search"),
      let binary = Bench.siblingExecutable("confsched")
    {
      BundledSearchBench.run(
        binary: binary, file: mainPath, data: dataDirectory, directory: directory,
        runs: arguments.count > flag + 1 ? Int(arguments[flag + 1]) ?? 200 : 200)
      exit(0)
    }
    // A program of the virtual site's JSON, 6,000 events: read and searched end to end too.
    let sitePath = directory + "/neurips-2025-orals-posters.json"
    Bench.write(
      Synthetic.virtualSiteProgram(from: mainDump.text, name: mainDump.name, count: 6000),
      to: sitePath)
    let megabytes = Bench.megabytes(mainDump.text.utf8.count)
    print("confsched-bench: \(mainDump.name), \(megabytes) MB, \(quick ? "quick run" : "full run")")
    print("")

    // 1. Parsing the mainDump dump, many times, in process.
    let source = DumpSource(name: mainDump.name, text: mainDump.text)
    // Through `DumpReader.read`, as the frab and site rows below: detection and dispatch included.
    let parseTimes = Bench.repeatTiming(quick ? 20 : 200) { _ = DumpReader.read(source) }
    print("parse \(mainDump.name), in process, \(parseTimes.samples.count) runs")
    print(
      "  min \(Bench.ms(parseTimes.min)) ms   median \(Bench.ms(parseTimes.median)) ms   \(Bench.throughput(mainDump.text.utf8.count, parseTimes.median)) MB/s (median)"
    )
    print("")
    let cardRate =
      Double(mainDump.text.utf8.count) / 1e6 / (Double(parseTimes.median) / 1e9)
    FrabBench.parse(runs: quick ? 20 : 200, cardMBPerSecond: cardRate)

    // 1b. The virtual site's JSON: a synthetic program of 6,000 events, in process.
    let siteText = Synthetic.virtualSiteProgram(
      from: mainDump.text, name: mainDump.name, count: 6000)
    let site = DumpSource(name: "neurips-2025-orals-posters.json", text: siteText)
    let siteTimes = Bench.repeatTiming(quick ? 5 : 20) { _ = DumpReader.read(site) }
    let siteRate = Double(siteText.utf8.count) / 1e6 / (Double(siteTimes.median) / 1e9)
    print(
      "parse a virtual-site program of 6,000 events (\(Bench.megabytes(siteText.utf8.count)) MB), in process, \(siteTimes.samples.count) runs"
    )
    print(
      "  min \(Bench.ms(siteTimes.min)) ms   median \(Bench.ms(siteTimes.median)) ms   \(Bench.fixed(siteRate, 0)) MB/s (median), \(Bench.fixed(siteRate / cardRate, 2))x the card reader"
    )
    print("")
    // `--parse`: only these in-process parse rows (a minute, for comparing builds).
    if arguments.contains("--parse") { exit(0) }

    // 2. Scaling: 1x to 1000x, each in its own process.
    let sizes = quick ? ["1", "10", "100"] : ["1", "10", "100", "1000"]
    print("scaling (synthetic dumps: the Tuesday repeated, titles shifted; one process per size)")
    print(
      "  size    MB      events   parse ms  MB/s   index ms  max RSS MB  RSS/dump  search min/median ms per query"
    )
    var perMB: [String: Double] = [:]
    var latencies: [(size: String, events: String, medians: [Double])] = []
    for size in sizes + ["long", "nested", "site", "bundled"] {
      guard let result = Bench.measureInChild(size) else {
        print("  \(Bench.pad(size, 6))  (failed)")
        continue
      }
      let dumpMB = Double(result.fields["bytes"] ?? "0").map { $0 / 1e6 } ?? 0
      let parseMS = Double(result.fields["parse_ns"] ?? "0").map { $0 / 1e6 } ?? 0
      let indexMS = Double(result.fields["index_ns"] ?? "0").map { $0 / 1e6 } ?? 0
      let rssMB = Double(result.maxRSSKilobytes) / 1000
      if dumpMB > 0 { perMB[size] = parseMS / dumpMB }
      if size == "100" || size == "1000" {
        let medians = (result.fields["search"] ?? "").split(separator: " ").compactMap {
          $0.split(separator: "/").last.flatMap { Double($0) }
        }
        latencies.append((size, result.fields["events"] ?? "?", medians))
      }
      let labels = [
        "long": "100MB line", "nested": "nested x200", "site": "site JSON", "bundled": "bundled",
      ]
      let label = labels[size] ?? "\(size)x"
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
    // The targets of search after loading: 5 ms at 40,900 events, 50 ms at 409,000.
    for (size, events, medians) in latencies where medians.count == queries.count {
      let target = size == "100" ? 5.0 : 50.0
      let worst = medians.max() ?? 0
      let phrase = medians[queries.firstIndex { $0.hasPrefix("\"") } ?? 0]
      print(
        "  search after loading, \(size)x (\(events) events): slowest median \(Bench.fixed(worst, 2)) ms, the quoted phrase \(Bench.fixed(phrase, 2)) ms; target under \(Bench.fixed(target, 0)) ms: \(worst < target ? "met" : "not met")"
      )
    }
    print(
      "  site JSON: a synthetic program of 6,000 events in the virtual site's JSON; bundled: the snapshot thawed (parse ms), its index searched"
    )
    print("")

    RecommendBench.run(main: mainDump, quick: quick)

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
      (
        "grep -i \"neural tangent\" SITE.json",
        ["/usr/bin/env", "grep", "-i", "neural tangent", sitePath]
      ),
      (
        "confsched search \"neural tangent\" --data SITE.json",
        [binary, "search", "neural tangent", "--data", sitePath]
      ),
      ("grep -i \"dec 4th\" FILE", ["/usr/bin/env", "grep", "-i", "dec 4th", mainPath]),
      ("confsched list --day 2018-12-04", [binary, "list", "--day", "2018-12-04"]),
    ]
    commands += FrabBench.commands(binary: binary)
    let ripgrep = Bench.findExecutable("rg")
    if let ripgrep {
      commands.insert(
        ("rg -i \"neural tangent\" FILE", [ripgrep, "-i", "neural tangent", mainPath]), at: 1)
      commands.append(("rg -i \"dec 4th\" FILE", [ripgrep, "-i", "dec 4th", mainPath]))
    }
    let results = Bench.compare(commands.map(\.1), runs: runs, outputDirectory: directory)
    let grepSearch = results[0].median
    let grepSite = results[
      commands.firstIndex { $0.0.hasPrefix("grep -i \"neural tangent\" SITE") } ?? 0
    ].median
    let grepList = results[commands.firstIndex { $0.0.hasPrefix("grep -i \"dec") } ?? 0].median
    let grepCount = results[commands.firstIndex { $0.0.hasPrefix("grep -c") } ?? 0].median
    for (index, command) in commands.enumerated() {
      let result = results[index]
      let baseline =
        command.0.contains("38C3")
        ? grepCount
        : command.0.contains("SITE")
          ? grepSite
          : command.0.contains("dec 4th") || command.0.contains("list") ? grepList : grepSearch
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
