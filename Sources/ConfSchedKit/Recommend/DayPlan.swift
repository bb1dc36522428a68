/// A proposed day (or conference) built around interests: the events that match them best,
/// without clashes, each with the words that chose it.
///
/// Candidates are ranked by the cosine of the interests with their `TermVectors`; the plan takes
/// them best first, skipping one that clashes with a pick unless another slot of the same
/// paper fits (as `itinerary conflicts` resolves clashes), and never takes a paper twice.
/// Posters and demonstrations are walked in: several of one session fit together, in board
/// order. The free time between the picks is listed.
public struct DayPlan: Sendable {
  /// A pick and why.
  public struct Pick: Sendable {
    /// The slot picked.
    public var event: Event
    /// Its cosine with the interests.
    public var score: Double
    /// The interests' words it matches.
    public var reasons: [String]
  }

  /// A free stretch of a day between picks.
  public struct FreeTime: Hashable, Sendable {
    /// The day.
    public var date: CalendarDate
    /// When it starts.
    public var start: LocalTime
    /// When it ends.
    public var end: LocalTime
  }

  /// The picks, in time order.
  public var picks: [Pick]
  /// The free time between them, by day.
  public var freeTime: [FreeTime]

  /// Plans from a schedule's events of the allowed kinds (on `day`, when given), at most
  /// `limit` picks, around the events already `planned` (an itinerary), which it never clashes
  /// with.
  public init(
    interests: [TermVectors.Weight], schedule: Schedule, vectors: TermVectors, day: CalendarDate?,
    kinds: Set<EventKind>?, planned: [Event] = [], limit: Int = 12
  ) {
    var chosen: [Pick] = []
    var taken = planned
    var papers: Set<String> = Set(planned.map { TextFolding.key($0.title) })
    for (index, score) in vectors.scores(interests) {
      guard score > 0.02, chosen.count < limit else { break }
      let event = schedule.events[index]
      // Off the day, and with no other slot that could be on it: not a candidate.
      guard day == nil || event.date == day || !event.alsoPresented.isEmpty else { continue }
      guard event.start != nil, event.date != nil, !event.kind.isBreak,
        kinds.map({ $0.contains(event.kind) }) ?? Self.isPlannable(event.kind),
        !papers.contains(TextFolding.key(event.title))
      else { continue }
      // This slot, else the paper's other slot on the day, that clashes with nothing taken.
      let slots = [event] + schedule.twins(of: event)
      guard
        let slot = slots.first(where: { slot in
          (day == nil || slot.date == day) && !taken.contains { Conflicts.clash(slot, $0) }
        })
      else { continue }
      papers.insert(TextFolding.key(event.title))
      taken.append(slot)
      chosen.append(
        Pick(
          event: slot, score: score,
          reasons: vectors.sharedWords(interests, vectors.vector(of: index), limit: 3)))
    }
    picks = chosen.sorted { $0.event.chronologicalKey < $1.event.chronologicalKey }
    freeTime = Self.freeTime(around: picks.map(\.event) + planned)
  }

  /// Orals, spotlights, talks, tutorials, posters and demonstrations: what one attends.
  static func isPlannable(_ kind: EventKind) -> Bool {
    kind.isTalk || kind.isBoardPresentation || kind == .workshop
  }

  /// The gaps of half an hour or more between the first start and the last end of each day.
  static func freeTime(around events: [Event]) -> [FreeTime] {
    var byDay: [CalendarDate: [(Int, Int)]] = [:]
    for event in events {
      guard let date = event.date, let start = event.start, let end = event.assumedEnd else {
        continue
      }
      byDay[date, default: []].append((start.minutes, end.minutes))
    }
    var gaps: [FreeTime] = []
    for (date, spans) in byDay.sorted(by: { $0.key < $1.key }) {
      let sorted = spans.sorted { $0.0 < $1.0 }
      var reach = sorted[0].1
      for (start, end) in sorted.dropFirst() {
        if start - reach >= 30, let from = LocalTime(minutes: reach),
          let to = LocalTime(minutes: start)
        {
          gaps.append(FreeTime(date: date, start: from, end: to))
        }
        reach = Swift.max(reach, end)
      }
    }
    return gaps
  }
}
