import ConfSchedData
import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The user's own schedules at scale: `sources add` of the 100x dump, a search afterwards,
/// and a second `--data` run (from the cache), each against `grep -ic` on the same file, and
/// the search's peak memory against the file's size. Runs in the benchmark's own data home
/// and cache (set by `BenchMain`), never the user's.
enum OwnSchedules {
  static func run(binary: String, main: BundledDump, directory: String, runs: Int, copies: Int) {
    let path = directory + "/own-\(copies)x.txt"
    let text = Synthetic.repeated(main.text, name: main.name, copies: copies)
    Bench.write(text, to: path)
    let size = text.utf8.count
    let output = directory + "/own-out.txt"
    let query = "neural tangent"
    print(
      "your own schedules: the \(copies)x dump (\(Bench.megabytes(size)) MB), \(runs) runs each, medians"
    )
    var grep: [UInt64] = []
    var add: [UInt64] = []
    var search: [UInt64] = []
    var searchRSS = 0
    var second: [UInt64] = []
    var secondRSS = 0
    // The cache is filled by one first run, not timed.
    _ = spawn([binary, "search", query, "--data", path], output: output)
    for _ in 0..<runs {
      grep.append(spawn(["/usr/bin/env", "grep", "-ic", query, path], output: output).elapsed)
      _ = spawn([binary, "sources", "remove", "own"], output: output)
      add.append(spawn([binary, "sources", "add", path, "--name", "own"], output: output).elapsed)
      search.append(spawn([binary, "search", query, "--no-pager"], output: output).elapsed)
      searchRSS = max(searchRSS, peakMemory([binary, "search", query, "--no-pager"], output))
      second.append(spawn([binary, "search", query, "--data", path], output: output).elapsed)
      secondRSS = max(secondRSS, peakMemory([binary, "search", query, "--data", path], output))
    }
    _ = spawn([binary, "sources", "remove", "own"], output: output)
    let baseline = Double(median(grep))
    func row(_ label: String, _ samples: [UInt64], rss: Int? = nil) {
      var line =
        "  \(Bench.pad(label, 46)) median \(Bench.pad(Bench.ms(median(samples)), 9)) ms   \(Bench.fixed(Double(median(samples)) / baseline, 2))x grep -ic"
      if let rss {
        line +=
          "   max RSS \(Bench.fixed(Double(rss) / 1000, 0)) MB (\(Bench.fixed(Double(rss) * 1000 / Double(size), 2))x the file)"
      }
      print(line)
    }
    row("grep -ic \"\(query)\" FILE", grep)
    row("confsched sources add FILE", add)
    row("confsched search \"\(query)\" (after add)", search, rss: searchRSS)
    row("confsched search \"\(query)\" --data FILE (2nd)", second, rss: secondRSS)
    print("")
  }

  static func median(_ samples: [UInt64]) -> UInt64 {
    let sorted = samples.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  /// A command's peak memory (kB), run under `/usr/bin/time`, which forks it from its own small
  /// process: a child spawned straight from this benchmark starts with the benchmark's pages
  /// (it holds the 53 MB dump it wrote), and Linux carries a process's peak across `exec`, so
  /// `wait4` would report the benchmark's size. 0 when `/usr/bin/time` is not there.
  static func peakMemory(_ arguments: [String], _ output: String) -> Int {
    let report = output + ".rss"
    guard access("/usr/bin/time", X_OK) == 0,
      spawn(["/usr/bin/time", "-f", "%M", "-o", report] + arguments, output: output).elapsed > 0,
      let file = fopen(report, "r")
    else { return 0 }
    defer { fclose(file) }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = fread(&buffer, 1, buffer.count, file)
    // The last line is the figure (a failed command's status comes first).
    let lines = String(decoding: buffer.prefix(count), as: UTF8.self).split(separator: "\n")
    return lines.last.flatMap { Int($0) } ?? 0
  }

  /// Runs a command with its output to a file; its wall time and peak memory (which, for a
  /// child of this benchmark, is at least the benchmark's own: see `peakMemory`).
  static func spawn(_ arguments: [String], output: String) -> (
    elapsed: UInt64, maxRSSKilobytes: Int
  ) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = Bench.now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return (0, 0) }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    return (Bench.now() - start, Int(usage.ru_maxrss))
  }
}
