/// Settles the am/pm of one day's times in a notes dump from their order.
///
/// Notes list a day's sessions in time order. So a time written without am/pm (`10:05 :`) takes
/// the reading that fits between the times before and after it, and an am/pm that breaks the
/// order while the other reading fits (`04:10 am` between `10:05 am` and `4:50 pm`) is read as
/// the other one. Both are reported. A dump that never writes am/pm is read as 24-hour.
enum MeridiemInference {
  /// A time line as written.
  struct Written {
    var first: TimeSpan.Written
    var second: TimeSpan.Written?
  }

  /// The times of a line, and what had to be guessed or repaired to get them.
  struct Resolved {
    var start: LocalTime?
    var end: LocalTime?
    var problems: [ParseProblem] = []
  }

  /// Resolves the times of one day, in the dump's order.
  static func resolve(_ day: [Written], dumpUsesMeridiem: Bool) -> [Resolved] {
    let isAmbiguous = day.map { written in
      dumpUsesMeridiem && written.first.meridiem == nil && written.second?.meridiem == nil
        && (1...12).contains(written.first.hour)
    }
    var resolved = day.map { written -> Resolved in
      var result = Resolved()
      if let second = written.second {
        let span = TimeSpan.resolve(written.first, second, problems: &result.problems)
        (result.start, result.end) = (span.start, span.end)
      } else {
        result.start = TimeSpan.clock(written.first, written.first.meridiem)
        if result.start == nil {
          result.problems.append(
            ParseProblem(written.first.offset, "'\(written.first.text)' is not a time of day"))
        }
      }
      return result
    }
    // The next time whose reading is certain, for each line: one pass from the end.
    var nextCertain = [Int?](repeating: nil, count: day.count)
    var following: Int?
    for index in day.indices.reversed() {
      nextCertain[index] = following
      if !isAmbiguous[index], let start = resolved[index].start { following = start.minutes }
    }
    var previous: Int?
    for index in day.indices {
      let next = nextCertain[index]
      if isAmbiguous[index] {
        resolved[index] = reading(day[index], after: previous, before: next)
      } else if day[index].second == nil {
        repairSlip(day[index], &resolved[index], after: previous, before: next)
      }
      previous = resolved[index].start?.minutes ?? previous
    }
    return resolved
  }

  /// The reading of a time with no am/pm that fits between its neighbours; when both or neither
  /// fit, the morning for 7 to 11 and the afternoon otherwise (conference hours).
  private static func reading(_ written: Written, after previous: Int?, before next: Int?)
    -> Resolved
  {
    func fits(_ time: LocalTime?) -> Bool {
      guard let minutes = time?.minutes else { return false }
      return minutes >= (previous ?? 0) && minutes <= (next ?? 1440)
    }
    let first = written.first
    let morning = TimeSpan.clock(first, .am)
    let afternoon = TimeSpan.clock(first, .pm)
    var meridiem: TimeSpan.Meridiem = (7...11).contains(first.hour) ? .am : .pm
    if fits(morning) != fits(afternoon) { meridiem = fits(morning) ? .am : .pm }
    var result = Resolved(start: TimeSpan.clock(first, meridiem))
    if let second = written.second, let start = result.start {
      result.end = TimeSpan.clock(second, meridiem)
      if let end = result.end, end < start { result.end = TimeSpan.clock(second, .pm) }
    }
    guard let start = result.start else {
      result.problems.append(ParseProblem(first.offset, "'\(first.text)' is not a time of day"))
      return result
    }
    result.problems.append(
      ParseProblem(first.offset, "'\(first.text)' has no am or pm; read as \(start)"))
    return result
  }

  /// Reads a single time with the other am/pm when the written one breaks the day's order and
  /// the other fits between the times around it.
  private static func repairSlip(
    _ written: Written, _ resolved: inout Resolved, after previous: Int?, before next: Int?
  ) {
    let first = written.first
    guard let meridiem = first.meridiem, let previous, let next,
      let start = resolved.start?.minutes, start < previous || start > next,
      let other = TimeSpan.clock(first, meridiem == .am ? .pm : .am),
      other.minutes >= previous, other.minutes <= next,
      let before = LocalTime(minutes: previous), let after = LocalTime(minutes: next)
    else { return }
    resolved.start = other
    let text = "\(first.text) \(meridiem == .am ? "am" : "pm")"
    resolved.problems.append(
      ParseProblem(
        first.offset,
        "'\(text)' is out of order between \(before) and \(after); read as \(other)"
      ))
  }
}
