/// Turns what a frab schedule says (`FrabDocument`, from either reader) into a conference and
/// its events, placing each event on a conference day.
///
/// - The conference is the file's: its acronym as id, its title, its `time_zone_name` (else
///   `--zone`, else none, with a warning that exports need one).
/// - An event's start is its `<date>` instant, shown in the conference's zone; without a
///   `<date>`, its `<start>` on its day's clock (Pentabarf). A `<start>` that disagrees with the
///   instant is reported; the instant wins. See `FrabDayClock` for the day an event belongs to.
/// - The end is the `end` instant, else the start plus `<duration>`; one that cannot be read
///   (`25:99`) or runs past the day after is reported and left out.
/// - Two events with one `guid`: the same event twice is read once; different events are both
///   kept, and the guid names neither. Either way it is reported.
///
/// The build is split by concern: placing each event (`FrabScheduleBuilder+Events`), its ids and
/// links (`+Fields`) and the conference (`+Conference`). The state they use is internal rather
/// than private only so that they reach it; what only `build()` sets is `private(set)`.
struct FrabScheduleBuilder {
  let document: FrabDocument
  let options: ReadOptions
  var diagnostics: DiagnosticCollector

  private(set) var zone: ZoneRule?
  private(set) var clocks: [FrabDayClock] = []
  private(set) var defaultClock: FrabDayClock
  /// Disagreements of `<start>` with the instant, by how far apart they are: the first of each
  /// and how many more.
  var disagreements: [Int: (offset: Int, message: String, count: Int)] = [:]
  /// The first event placed by its instant because its day's date disagreed, and how many.
  var replaced: (offset: Int, message: String, count: Int)?
  var guids: [String: Int] = [:]
  /// The file's `base_url`, one line: what relative links are relative to.
  private(set) var baseURL: String?
  /// Kinds made so far, by their `<type>` text as written.
  var kinds: [String: EventKind] = [:]
  /// `zone.utcMinutes(on:at:)` asked so far, by wall-clock minutes since the epoch.
  var utcMinutesByWallClock: [Int: Int] = [:]
  /// What the zone of the file is not, if anything.
  private var zoneProblem: ParseProblem?
  /// Warnings, placed once every event has its location: the collector counts lines fastest
  /// when offsets only grow.
  private var pending: [ParseProblem]

  /// A builder of a document, with the problems its reader found in the file.
  init(
    _ document: FrabDocument, problems: [ParseProblem], options: ReadOptions,
    diagnostics: DiagnosticCollector
  ) {
    self.document = document
    self.options = options
    self.diagnostics = diagnostics
    self.pending = problems
    self.defaultClock = FrabDayClock(dayChange: 360)
  }

  /// The events and the conference they belong to (nil when there are no events).
  mutating func build() -> (events: [Event], conference: Conference?) {
    zone = resolveZone()
    let dayChange = document.conference.dayChange.flatMap(FrabTime.clock).map { $0 % 1440 } ?? 360
    defaultClock = FrabDayClock(dayChange: dayChange)
    clocks = document.days.map { day in
      let clock = FrabDayClock(day, zone: zone, dayChange: dayChange)
      for problem in clock.problems { pending.append(ParseProblem(day.offset, problem)) }
      return clock
    }
    baseURL = FrabText.line(document.conference.baseURL)
    guids.reserveCapacity(document.events.count)
    var events: [Event] = []
    events.reserveCapacity(document.events.count)
    for draft in document.events {
      if let event = event(draft, keepingIn: &events) { events.append(event) }
    }
    reportDisagreements()
    // A file with no events is refused: what it says of its zone is beside the point.
    if !events.isEmpty, let zoneProblem { pending.append(zoneProblem) }
    for problem in pending.enumerated().sorted(by: {
      ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
    }) {
      diagnostics.warn(atOffset: problem.element.offset, problem.element.message)
    }
    guard !events.isEmpty else { return ([], nil) }
    let conference = makeConference(events)
    for index in events.indices { events[index].conference = conference }
    return (events, conference)
  }

  // MARK: The zone

  private mutating func resolveZone() -> ZoneRule? {
    let conference = document.conference
    let offset = conference.timeZoneOffset ?? conference.offset
    guard let name = FrabText.line(conference.timeZoneName) else {
      if let zone = options.zone { return zone }
      zoneProblem = ParseProblem(
        conference.offset,
        "the file names no time zone (time_zone_name): times are read as its wall-clock times; exports and --local need a zone: pass --zone Area/City"
      )
      return nil
    }
    guard let named = ZoneRule.named(name) else {
      let fallback =
        options.zone.map { "; read in --zone \($0.identifier)" }
        ?? "; times are read as the file writes them"
      zoneProblem = ParseProblem(offset, "unknown time zone '\(name)'\(fallback)")
      return options.zone
    }
    if let option = options.zone, option != named {
      zoneProblem = ParseProblem(
        offset,
        "the file's time zone is \(named.identifier); --zone \(option.identifier) is not used")
    }
    return named
  }

  mutating func warn(_ offset: Int, _ message: String) {
    pending.append(ParseProblem(offset, message))
  }
}

extension FrabScheduleBuilder {
  /// What reading a document gives: its events, its conference, and every diagnostic, with an
  /// error saying why when there is no event (the loader refuses the file with it).
  static func result(
    _ document: FrabDocument, problems: [ParseProblem], bytes: UnsafeBufferPointer<UInt8>,
    file: String, options: ReadOptions
  ) -> ReadResult {
    var builder = FrabScheduleBuilder(
      document, problems: problems, options: options,
      diagnostics: DiagnosticCollector(file: file, bytes: bytes))
    let (events, conference) = builder.build()
    var diagnostics = builder.diagnostics
    if events.isEmpty {
      // The loader refuses the file with this error: say what stopped the events.
      if let first = problems.first {
        diagnostics.error(atOffset: first.offset, "no event could be read: \(first.message)")
      } else {
        diagnostics.error(atOffset: 0, "a schedule that lists no events")
      }
    }
    var result = ReadResult()
    result.events = events
    result.conferences = conference.map { [$0] } ?? []
    result.diagnostics = diagnostics.takeSorted()
    return result
  }
}
