/// A search of the bundled data against `grep -i` on the 2018 file and `grep -ri` over the
/// bundled dumps, whole processes, interleaved so that the machine's load falls on all three
/// alike: issue 16's two targets (`confsched-bench --bundled-search [RUNS]`).
enum BundledSearchBench {
  static func run(binary: String, file: String, data: String, directory: String, runs: Int) {
    // grep itself, not through `env`: an exec more would flatter the ratio.
    let grep = Bench.findExecutable("grep") ?? "/usr/bin/grep"
    let commands: [(String, [String])] = [
      (
        "grep -i \"neural tangent\" FILE",
        [grep, "-i", "neural tangent", file]
      ),
      (
        "confsched search \"neural tangent\"", [binary, "search", "neural tangent", "--no-pager"]
      ),
      (
        "grep -ri \"neural tangent\" DATA (all 5 dumps)",
        [grep, "-ri", "neural tangent", data]
      ),
    ]
    print(
      "bundled search: wall time per process, \(runs) runs each, interleaved, output to a file")
    let results = Bench.compare(commands.map(\.1), runs: runs, outputDirectory: directory)
    for (index, command) in commands.enumerated() {
      print(
        "  \(Bench.pad(command.0, 46)) min \(Bench.ms(results[index].min)) ms   median \(Bench.ms(results[index].median)) ms"
      )
    }
    let search = Double(results[1].median)
    print(
      "  search / grep -i: \(Bench.fixed(search / Double(results[0].median), 2))x (target 1.5x)   search / grep -ri: \(Bench.fixed(search / Double(results[2].median), 2))x (target 1.0x)"
    )
  }
}
