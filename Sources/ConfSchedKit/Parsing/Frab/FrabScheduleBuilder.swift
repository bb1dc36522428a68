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
struct FrabScheduleBuilder {
  let document: FrabDocument
  let options: ReadOptions
  var diagnostics: DiagnosticCollector

  private var zone: ZoneRule?
  private var clocks: [FrabDayClock] = []
  private var defaultClock: FrabDayClock
  /// Disagreements of `<start>` with the instant, by how far apart they are: the first of each
  /// and how many more.
  private var disagreements: [Int: (offset: Int, message: String, count: Int)] = [:]
  /// The first event placed by its instant because its day's date disagreed, and how many.
  private var replaced: (offset: Int, message: String, count: Int)?
  private var guids: [String: Int] = [:]
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

  // MARK: Events

  private mutating func event(_ draft: FrabDocument.Event, keepingIn events: inout [Event])
    -> Event?
  {
    let title = FrabText.line(draft.title)
    if title == nil { warn(draft.offset, "an event without a title; kept as '(untitled)'") }
    var event = Event(
      kind: FrabText.line(draft.type).map(EventKind.init(rawValue:)) ?? .unknown,
      title: title ?? "(untitled)",
      authors: draft.persons.compactMap(FrabText.line).map { Author(name: $0) },
      room: FrabText.line(draft.room) ?? FrabText.line(draft.listedRoom),
      track: FrabText.line(draft.track), language: FrabText.line(draft.language),
      sourceIDs: sourceIDs(draft),
      abstract: FrabText.prose(FrabText.readingHTML(draft.abstract))
        ?? FrabText.prose(FrabText.readingHTML(draft.description)),
      links: links(draft),
      source: diagnostics.location(of: draft.offset))
    place(&event, draft)
    guard let guid = FrabText.line(draft.guid) else { return event }
    if let earlier = guids[guid] {
      let first = events[earlier]
      let line = first.source.line
      if first.title == event.title, first.date == event.date, first.start == event.start,
        first.room == event.room
      {
        warn(
          draft.offset, "the event of line \(line) again (guid \(guid)); read once")
        return nil
      }
      warn(
        draft.offset,
        "the guid \(guid) also names the event of line \(line); both kept, and the guid finds neither"
      )
      return event
    }
    guids[guid] = events.count
    return event
  }

  /// Sets the event's day, start and end.
  private mutating func place(_ event: inout Event, _ draft: FrabDocument.Event) {
    let clock = draft.day.map { clocks[$0] } ?? defaultClock
    let start = draft.start.flatMap(FrabTime.clock)
    let stamp = draft.date.flatMap(FrabTime.stamp)
    if let text = draft.date, stamp == nil {
      warn(
        draft.dateOffset ?? draft.offset,
        "cannot read the date '\(text.trimmingSpaces())' (YYYY-MM-DDThh:mm:ss+hh:mm)"
          + (start == nil ? "; kept without a time" : "; its <start> is used"))
    }
    if let text = draft.start, start == nil {
      warn(
        draft.startOffset ?? draft.offset,
        "cannot read the start '\(text.trimmingSpaces())' (hours:minutes)"
          + (stamp == nil && draft.date == nil ? "; kept without a time" : ""))
    }
    let placed: FrabDayClock.Placement?
    if let stamp {
      let local = FrabDayClock.local(stamp, in: zone)
      if let start, start % 1440 != local.minutes {
        noteDisagreement(draft, stamp: stamp, start: start, local: local.minutes)
      }
      let placement = clock.place(local: local)
      placed = placement
      if placement.byInstant {
        let message =
          "the day's date \(clock.date.map(String.init(describing:)) ?? "") disagrees with the times of its events (this one starts on \(local.date) at \(Self.clockText(local.minutes))); days follow the events' times"
        if replaced == nil { replaced = (draft.offset, message, 0) }
        replaced?.count += 1
      }
    } else if let start {
      placed = clock.place(start: start)
      if placed == nil {
        warn(draft.offset, "an event without a day; kept without its day and time")
      }
    } else {
      placed = nil
      if draft.date == nil && draft.start == nil {
        warn(draft.offset, "an event without a start (<date> or <start>); kept without a time")
      }
      event.date = clock.date
    }
    guard let placed, let startTime = LocalTime(minutes: placed.minutes) else { return }
    event.date = placed.date
    event.start = startTime
    if let zone, let instant = stamp.flatMap({ FrabDayClock.instant($0, in: zone) }),
      zone.utcMinutes(on: placed.date, at: startTime) != instant
    {
      warn(
        draft.dateOffset ?? draft.offset,
        "the start falls in the hour the clocks go back, which happens twice; it is shown as the later one"
      )
    }
    event.end = end(draft, start: placed.minutes, stamp: stamp)
  }

  private mutating func end(_ draft: FrabDocument.Event, start: Int, stamp: FrabTime.Stamp?)
    -> LocalTime?
  {
    var minutes: Int?
    if let text = draft.end, let end = FrabTime.stamp(text) {
      if let stamp, let from = FrabDayClock.instant(stamp, in: zone),
        let to = FrabDayClock.instant(end, in: zone)
      {
        minutes = start + to - from
      } else if let stamp {
        minutes = start + end.wallClock - stamp.wallClock
      }
    }
    if minutes == nil, let text = draft.duration {
      guard let duration = FrabTime.duration(text) else {
        warn(
          draft.durationOffset ?? draft.offset,
          "cannot read the duration '\(text.trimmingSpaces())' (hours:minutes); kept without an end"
        )
        return nil
      }
      minutes = start + duration
    }
    guard let minutes else { return nil }
    guard minutes >= start, let end = LocalTime(minutes: minutes) else {
      warn(
        draft.durationOffset ?? draft.offset,
        minutes < start
          ? "the event ends before it starts; kept without an end"
          : "the event runs past the end of the day after its day; kept without an end")
      return nil
    }
    return end
  }

  private mutating func warn(_ offset: Int, _ message: String) {
    pending.append(ParseProblem(offset, message))
  }

  private mutating func noteDisagreement(
    _ draft: FrabDocument.Event, stamp: FrabTime.Stamp, start: Int, local: Int
  ) {
    let delta = ((local - start) % 1440 + 1440) % 1440
    if let known = disagreements[delta] {
      disagreements[delta] = (known.offset, known.message, known.count + 1)
      return
    }
    let startText = Self.clockText(start % 1440)
    let localText = Self.clockText(local)
    let zoneText = zone.map { " in \($0.identifier)" } ?? ""
    let message =
      "the start \(startText) disagrees with the date \(draft.date?.trimmingSpaces() ?? ""), which is \(localText)\(zoneText); the time follows the date"
    disagreements[delta] = (draft.startOffset ?? draft.offset, message, 0)
  }

  private mutating func reportDisagreements() {
    for (_, value) in disagreements {
      warn(value.offset, value.message + Self.alike(value.count))
    }
    if let replaced {
      warn(replaced.offset, replaced.message + Self.alike(replaced.count - 1))
    }
  }

  /// `09:05`.
  private static func clockText(_ minutes: Int) -> String {
    let hour = minutes / 60
    let minute = minutes % 60
    return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
  }

  private static func alike(_ count: Int) -> String {
    count == 0 ? "" : " (and \(count) more event\(count == 1 ? "" : "s") alike)"
  }

  // MARK: Fields

  private func sourceIDs(_ draft: FrabDocument.Event) -> [String] {
    var ids: [String] = []
    ids.reserveCapacity(2)
    for case let id? in [draft.guid, draft.id, draft.code] {
      guard let id = FrabText.line(id), !ids.contains(id) else { continue }
      ids.append(id)
    }
    return ids
  }

  private func links(_ draft: FrabDocument.Event) -> [Link] {
    var links: [Link] = []
    let base = FrabText.line(document.conference.baseURL)
    if let url = FrabText.line(draft.url) {
      links.append(Link(label: "Event page", url: Self.absolute(url, base: base)))
    }
    for link in draft.links {
      guard let url = FrabText.line(link.url).map({ Self.absolute($0, base: base) }),
        !links.contains(where: { $0.url == url })
      else { continue }
      links.append(Link(label: FrabText.line(link.label) ?? "Link", url: url))
    }
    return links
  }

  /// A link's address made absolute against the schedule's `base_url`, as the format says:
  /// `/media/a.pdf` against its host, `a.pdf` against the base itself; an address with a
  /// scheme (`https:`, `mailto:`) as it is.
  static func absolute(_ url: String, base: String?) -> String {
    guard let base, schemeColon(url) == nil, let colon = schemeColon(base),
      base.utf8[colon...].starts(with: "://".utf8)
    else { return url }
    if url.utf8.starts(with: "//".utf8) { return String(base[..<colon]) + ":" + url }
    if url.utf8.first == UInt8(ascii: "/") {
      let host = base.utf8.index(colon, offsetBy: 3)
      let hostEnd = base.utf8[host...].firstIndex(of: UInt8(ascii: "/")) ?? base.endIndex
      return String(base[..<hostEnd]) + url
    }
    return base + (base.utf8.last == UInt8(ascii: "/") ? "" : "/") + url
  }

  /// The `:` that ends an address's scheme (`https:`), if it starts with one.
  private static func schemeColon(_ url: String) -> String.Index? {
    let utf8 = url.utf8
    guard let first = utf8.first, first.isASCIILetter else { return nil }
    var index = utf8.index(after: utf8.startIndex)
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: ":") { return index }
      guard
        byte.isASCIILetter || byte.isDigit || byte == UInt8(ascii: "+")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      else { return nil }
      index = utf8.index(after: index)
    }
    return nil
  }

  // MARK: The conference

  private func makeConference(_ events: [Event]) -> Conference {
    let conference = document.conference
    let acronym = FrabText.line(conference.acronym)
    let title = FrabText.line(conference.title)
    let year =
      conference.start.flatMap(FrabTime.stamp)?.date.year
      ?? clocks.lazy.compactMap(\.date).first?.year
      ?? events.lazy.compactMap(\.date).first?.year ?? options.year ?? 0
    var id = Self.slug(acronym ?? title ?? "")
    if id.isEmpty { id = "frab-\(year)" }
    return Conference(
      id: id, name: title ?? acronym ?? id, year: year, city: FrabText.line(conference.city),
      zone: zone)
  }

  /// `38c3`, `camp2019`, `fosdem-2024`: lowercase letters and digits, other runs a hyphen.
  static func slug(_ text: String) -> String {
    var output = ""
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII, let byte = UInt8(exactly: scalar.value), byte.isASCIILetter || byte.isDigit
      {
        if pendingHyphen && !output.isEmpty { output += "-" }
        pendingHyphen = false
        output.unicodeScalars.append(Unicode.Scalar(byte.lowercasedASCII))
      } else {
        pendingHyphen = true
      }
    }
    return output
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
    result.diagnostics = diagnostics.sorted
    return result
  }
}
