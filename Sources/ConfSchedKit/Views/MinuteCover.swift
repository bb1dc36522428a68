/// Which minutes of a day (0 to `LocalTime.maximumMinutes`) some runs of minutes cover,
/// asked of a whole run at once in constant time: the timetable's layout checks its sessions
/// and rooms against these instead of against every event of the day.
struct MinuteCover {
  /// `coveredBefore[m]`: how many of the minutes before `m` are covered.
  private let coveredBefore: [Int]

  /// The minutes that some run covers (runs may overlap; an empty run covers nothing).
  init(_ runs: [(start: LocalTime, end: LocalTime)]) {
    var change = [Int](repeating: 0, count: LocalTime.maximumMinutes + 2)
    for run in runs where run.start < run.end {
      change[run.start.minutes] += 1
      change[run.end.minutes] -= 1
    }
    var depth = 0
    self.init(
      marked: change.map { step in
        depth += step
        return depth > 0
      })
  }

  /// The minutes marked true.
  init(marked: [Bool]) {
    var before = [Int](repeating: 0, count: marked.count + 1)
    for (minute, isMarked) in marked.enumerated() {
      before[minute + 1] = before[minute] + (isMarked ? 1 : 0)
    }
    coveredBefore = before
  }

  /// Whether any minute of the run is covered.
  func covers(anyOf minutes: Range<Int>) -> Bool {
    let lower = Swift.max(minutes.lowerBound, 0)
    let upper = Swift.min(minutes.upperBound, coveredBefore.count - 1)
    guard lower < upper else { return false }
    return coveredBefore[upper] > coveredBefore[lower]
  }

  /// The runs' union as sorted runs that neither overlap nor touch.
  static func union(of runs: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for run in runs.sorted(by: { $0.lowerBound < $1.lowerBound }) where !run.isEmpty {
      if let last = result.last, run.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<Swift.max(last.upperBound, run.upperBound)
      } else {
        result.append(run)
      }
    }
    return result
  }
}

/// Distinct times of a day, sorted, with the first after a given one found by binary search.
struct MinuteSet {
  private let sorted: [LocalTime]

  init(_ times: [LocalTime]) {
    sorted = Set(times).sorted()
  }

  /// The earliest time later than `time`, or nil.
  func first(after time: LocalTime) -> LocalTime? {
    let index = sorted.partitioningIndex { $0 > time }
    return index < sorted.count ? sorted[index] : nil
  }
}
