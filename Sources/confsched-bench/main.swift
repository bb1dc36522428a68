// confsched-bench: how fast confsched parses and answers, with grep as the baseline in the
// same run (these machines are noisy; ratios within one run hold).
//
//     swift build -c release && .build/release/confsched-bench [--quick]

import ConfSchedData
import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let quick = CommandLine.arguments.contains("--quick")
// `--profile parse|index`: only that work, ten times, for valgrind --tool=callgrind.
if let flag = CommandLine.arguments.firstIndex(of: "--profile") {
  let what = CommandLine.arguments.dropFirst(flag + 1).first ?? "parse"
  let dump = BundledDump.all.first { $0.name == "neurips-2018-12-04.txt" } ?? BundledDump.all[0]
  let source = DumpSource(name: dump.name, text: dump.text)
  for _ in 0..<10 {
    let result = CardReader.read(source)
    if what == "index" { _ = SearchIndex(Schedule([result]).events) }
  }
  exit(0)
}
let main = BundledDump.all.first { $0.name == "neurips-2018-12-04.txt" } ?? BundledDump.all[0]
let directory = Bench.temporaryDirectory()
let mainPath = directory + "/" + main.name
Bench.write(main.text, to: mainPath)

print("confsched-bench: \(main.name), \(Bench.megabytes(main.text.utf8.count)) MB")
print("")

// 1. Parsing the main dump, in process.
let source = DumpSource(name: main.name, text: main.text)
var eventCount = 0
let parseTimes = Bench.repeatTiming(quick ? 20 : 200) {
  eventCount = CardReader.read(source).events.count
}
let indexTimes = Bench.repeatTiming(quick ? 10 : 100) {
  _ = SearchIndex(Schedule([CardReader.read(source)]).events)
}
print("parse \(main.name) (\(eventCount) events)")
print(
  "  parse only          min \(Bench.ms(parseTimes.min)) ms   median \(Bench.ms(parseTimes.median)) ms   \(Bench.throughput(main.text.utf8.count, parseTimes.median)) MB/s"
)
print(
  "  parse+ids+index     min \(Bench.ms(indexTimes.min)) ms   median \(Bench.ms(indexTimes.median)) ms"
)

// 2. Throughput on a synthetic dump of about 50 MB: the main dump repeated.
let copies = Swift.max(1, (quick ? 5_000_000 : 50_000_000) / main.text.utf8.count)
var big = ""
big.reserveCapacity(copies * (main.text.utf8.count + 2))
for _ in 0..<copies { big += main.text + "\n\n" }
let bigSource = DumpSource(name: "synthetic.txt", text: big)
var bigEvents = 0
let bigTimes = Bench.repeatTiming(3) { bigEvents = CardReader.read(bigSource).events.count }
print("")
print(
  "parse synthetic dump: \(copies) copies, \(Bench.megabytes(big.utf8.count)) MB, \(bigEvents) events"
)
print(
  "  median \(Bench.ms(bigTimes.median)) ms   \(Bench.throughput(big.utf8.count, bigTimes.median)) MB/s"
)

// 3. End to end, against grep on the same file.
let binary = Bench.siblingExecutable("confsched")
guard let binary else {
  print("\n(no release confsched beside the benchmark: run 'swift build -c release' first)")
  exit(0)
}
let runs = quick ? 10 : 40
print("")
print("end to end, \(runs) runs each, interleaved (wall time per process)")
let commands: [(String, [String])] = [
  ("grep -i \"neural tangent\" FILE", ["/usr/bin/env", "grep", "-i", "neural tangent", mainPath]),
  ("confsched search \"neural tangent\"", [binary, "search", "neural tangent"]),
  (
    "confsched search \"neural tangent\" --data FILE",
    [binary, "search", "neural tangent", "--data", mainPath]
  ),
]
let results = Bench.compare(commands.map(\.1), runs: runs, outputDirectory: directory)
let baseline = results[0].median
for (index, command) in commands.enumerated() {
  let result = results[index]
  let ratio = Double(result.median) / Double(baseline)
  print(
    "  \(Bench.pad(command.0, 46)) min \(Bench.ms(result.min)) ms   median \(Bench.ms(result.median)) ms   \(Bench.fixed(ratio, 2))x grep"
  )
}
