import ConfSchedData
import ConfSchedKit

/// `similar`, `recommend` and `plan` at program sizes, in process: the work each command does
/// after loading (the tf-idf vectors of the whole schedule, then the ranking), on synthetic
/// programs of about 6,000 events (the size of a NeurIPS program) and 40,900 (the 100x dump).
enum RecommendBench {
  static func run(main: BundledDump, quick: Bool) {
    print("similar, recommend, plan (in process: vectors of the whole schedule + the ranking)")
    print("  events   vectors ms   similar ms   recommend ms   plan (a day) ms   (medians)")
    for copies in quick ? [15] : [15, 100] {
      let text = Synthetic.repeated(main.text, name: main.name, copies: copies)
      let schedule = Schedule([CardReader.read(DumpSource(name: main.name, text: text)).part])
      guard let first = schedule.events.first(where: { $0.abstract != nil }),
        let day = first.date
      else { continue }
      let itinerary = Array(schedule.events.filter { $0.kind == .oral }.prefix(10))
      let runs = copies > 50 ? 5 : 15
      let vectors = Bench.repeatTiming(runs) { _ = TermVectors(schedule.events) }
      let similar = Bench.repeatTiming(runs) {
        let vectors = TermVectors(schedule.events)
        _ = SimilarEvents(to: first, in: schedule, vectors: vectors, limit: 10)
      }
      let recommend = Bench.repeatTiming(runs) {
        let vectors = TermVectors(schedule.events)
        _ = Recommendations(for: itinerary, in: schedule, vectors: vectors, limit: 10)
      }
      let plan = Bench.repeatTiming(runs) {
        let vectors = TermVectors(schedule.events)
        _ = DayPlan(
          interests: vectors.vector(for: "generative adversarial networks"), schedule: schedule,
          vectors: vectors, day: day, kinds: nil)
      }
      print(
        "  \(Bench.pad(String(schedule.events.count), 8)) \(Bench.pad(Bench.ms(vectors.median), 12)) "
          + "\(Bench.pad(Bench.ms(similar.median), 12)) \(Bench.pad(Bench.ms(recommend.median), 14)) "
          + Bench.ms(plan.median))
    }
    print("")
  }
}
