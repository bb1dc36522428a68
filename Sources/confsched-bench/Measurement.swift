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
    let text: String
    switch what {
    case "long": text = Synthetic.longLine(megabytes: 100)
    case "nested": text = Synthetic.nested(cards: 200)
    default: text = Synthetic.repeated(main.text, name: main.name, copies: Int(what) ?? 1)
    }
    let source = DumpSource(name: "synthetic-\(what).txt", text: text)
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
}
