import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The frab rows of the benchmark: reading the 2.2 MB 38C3 `schedule.xml` (and the Camp 2019
/// `schedule.json`) in process, against the card reader's MB/s in the same run, and a whole
/// `confsched list --data 38c3.xml` against `grep -c '<event'` on the same file.
enum FrabBench {
  /// Tests/Fixtures in the source tree the benchmark was built from.
  static let fixtures: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Sources/confsched-bench/FrabBench.swift
    return parts.joined(separator: "/") + "/Tests/Fixtures"
  }()

  static let xmlName = "38c3-schedule-20251206.xml"
  static let jsonName = "frab-camp2019.json"

  /// Parses each file `runs` times in process and prints the figures, with the ratio to the
  /// card reader's median MB/s.
  static func parse(runs: Int, cardMBPerSecond: Double) {
    for name in [xmlName, jsonName] {
      guard let (source, _) = try? DumpFile.load(fixtures + "/" + name) else {
        print("(\(name) not found under \(fixtures): no frab parse row)")
        continue
      }
      var events = 0
      let times = Bench.repeatTiming(runs) { events = DumpReader.read(source).events.count }
      let bytes = source.text.utf8.count
      let rate = Double(bytes) / 1e6 / (Double(times.median) / 1e9)
      print(
        "parse \(name) (\(Bench.megabytes(bytes)) MB, \(events) events), in process, \(runs) runs")
      print(
        "  min \(Bench.ms(times.min)) ms   median \(Bench.ms(times.median)) ms   \(Bench.fixed(rate, 0)) MB/s (median), \(Bench.fixed(rate / cardMBPerSecond, 2))x the card reader"
      )
    }
    print("")
  }

  /// The end-to-end commands: grep's count of events, then the listing of one room's day.
  static func commands(binary: String) -> [(String, [String])] {
    let path = fixtures + "/" + xmlName
    guard access(path, R_OK) == 0 else { return [] }
    return [
      ("grep -c '<event' 38C3", ["/usr/bin/env", "grep", "-c", "<event", path]),
      (
        "confsched list --data 38C3 --day 2024-12-28 --room \"Saal 1\"",
        [binary, "list", "--data", path, "--day", "2024-12-28", "--room", "Saal 1", "--no-pager"]
      ),
    ]
  }
}
