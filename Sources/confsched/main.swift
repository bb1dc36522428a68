import ConfSchedData
import ConfSchedKit

for d in BundledDump.all {
  let r = CardReader.read(DumpSource(name: d.name, text: d.text))
  let s = Schedule([r])
  for e in s.events {
    print("\(e.id) \(e.kind) | \(e.title) | \(e.date.map(String.init(describing:)) ?? "-") \(e.timeRange) @ \(e.room ?? "-") #\(e.board ?? "-") | \(e.authors.map(\.name).joined(separator: "; ")) | abs=\(e.abstract?.utf8.count ?? -1) | L\(e.source.line) twins=\(e.alsoPresented.count)")
  }
  for d in s.diagnostics { print(d) }
}
