import ConfSchedData
import ConfSchedKit

/// `similar`, `recommend` and `plan` at program sizes, in process: the work each command does
/// after loading, on the bundled data and on synthetic programs of about 6,000 events (the
/// size of a NeurIPS program) and 40,900 (the 100x dump). Each program's index is thawed from
/// a snapshot, as a run gets it (frozen into the binary, or from the compiled cache), so the
/// times include reading the vectors off its encoded postings.
enum RecommendBench {
  static func run(main: BundledDump, quick: Bool) {
    print("similar, recommend, plan (in process, after loading: the vectors' norms + the ranking)")
    print(
      "  targets: similar and recommend < 50 ms at ~6,000 events, < 500 ms at 40,900; plan < 200 ms"
    )
    print("  events   norms ms     similar ms   recommend ms   plan (a day) ms   (medians)")
    if let bundled = ScheduleSnapshot.decode(
      BundledDump.snapshot, strings: BundledDump.snapshotStrings)
    {
      measure(bundled.schedule, bundled.index, runs: quick ? 5 : 15, label: " (bundled)")
    }
    for copies in quick ? [15] : [15, 100] {
      let text = Synthetic.repeated(main.text, name: main.name, copies: copies)
      let parsed = Schedule([CardReader.read(DumpSource(name: main.name, text: text)).part])
      guard
        let thawed = ScheduleSnapshot.decode(
          ScheduleSnapshot.encode(parsed, index: SearchIndex(parsed.events)))
      else { continue }
      measure(thawed.schedule, thawed.index, runs: copies > 50 ? 5 : 15, label: "")
    }
    print("")
  }

  /// One row: the medians of `runs` runs of each command's work.
  static func measure(_ schedule: Schedule, _ index: SearchIndex, runs: Int, label: String) {
    guard let first = schedule.events.first(where: { $0.abstract != nil }), let day = first.date
    else { return }
    let itinerary = Array(schedule.events.filter { $0.kind == .oral }.prefix(10))
    let vectors = Bench.repeatTiming(runs) { _ = TermVectors(schedule.events, index: index) }
    let similar = Bench.repeatTiming(runs) {
      let vectors = TermVectors(schedule.events, index: index)
      _ = SimilarEvents(to: first, in: schedule, vectors: vectors, limit: 10)
    }
    let recommend = Bench.repeatTiming(runs) {
      let vectors = TermVectors(schedule.events, index: index)
      _ = Recommendations(for: itinerary, in: schedule, vectors: vectors, limit: 10)
    }
    let plan = Bench.repeatTiming(runs) {
      let vectors = TermVectors(schedule.events, index: index)
      _ = DayPlan(
        interests: vectors.vector(for: "generative adversarial networks"), schedule: schedule,
        vectors: vectors, day: day, kinds: nil)
    }
    print(
      "  \(Bench.pad(String(schedule.events.count), 8)) \(Bench.pad(Bench.ms(vectors.median), 12)) "
        + "\(Bench.pad(Bench.ms(similar.median), 12)) \(Bench.pad(Bench.ms(recommend.median), 14)) "
        + Bench.ms(plan.median) + label)
  }
}
