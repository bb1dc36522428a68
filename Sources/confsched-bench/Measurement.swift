import ConfSchedData
import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One size of the scaling table, measured inside a child process.
enum Measurement {
  static func run(_ what: String, main: BundledDump, queries: [String], quick: Bool) {
    if what == "bundled" {
      bundled(queries: queries, quick: quick)
      return
    }
    let text: String
    var name = "synthetic-\(what).txt"
    switch what {
    case "long": text = Synthetic.longLine(megabytes: 100)
    case "nested": text = Synthetic.nested(cards: 200)
    case "site":
      text = Synthetic.virtualSiteProgram(from: main.text, name: main.name, count: 6000)
      name = "neurips-2025-orals-posters.json"
    default: text = Synthetic.repeated(main.text, name: main.name, copies: Int(what) ?? 1)
    }
    let source = DumpSource(name: name, text: text)
    let start = Bench.now()
    let result = DumpReader.read(source)
    let parsed = Bench.now()
    let schedule = Schedule([result.part])
    let index = SearchIndex(schedule.events)
    let indexed = Bench.now()
    var searches: [String] = []
    let repeats = (Int(what) ?? 1) >= 1000 ? 5 : quick ? 10 : 30
    for query in queries where !schedule.events.isEmpty {
      let parsedQuery = SearchQuery(query)
      let timing = Bench.repeatTiming(repeats) { _ = index.search(parsedQuery) }
      searches.append(
        "\(Bench.fixed(Double(timing.min) / 1e6, 2))/\(Bench.fixed(Double(timing.median) / 1e6, 2))"
      )
    }
    print("bytes=\(text.utf8.count)")
    print("events=\(schedule.events.count)")
    print("parse_ns=\(parsed - start)")
    print("index_ns=\(indexed - parsed)")
    print("search=\(searches.joined(separator: "  "))")
  }

  /// The bundled data as a search sees it: the snapshot thawed, its index searched.
  static func bundled(queries: [String], quick: Bool) {
    let start = Bench.now()
    guard
      let snapshot = ScheduleSnapshot.decode(
        BundledDump.snapshot, strings: BundledDump.snapshotStrings)
    else { return }
    let thawed = Bench.now()
    var searches: [String] = []
    for query in queries {
      let parsedQuery = SearchQuery(query)
      let timing = Bench.repeatTiming(quick ? 10 : 30) { _ = snapshot.index.search(parsedQuery) }
      searches.append(
        "\(Bench.fixed(Double(timing.min) / 1e6, 2))/\(Bench.fixed(Double(timing.median) / 1e6, 2))"
      )
    }
    print("bytes=0")
    print("events=\(snapshot.schedule.events.count)")
    print("parse_ns=\(thawed - start)")
    print("index_ns=0")
    print("search=\(searches.joined(separator: "  "))")
  }
}
