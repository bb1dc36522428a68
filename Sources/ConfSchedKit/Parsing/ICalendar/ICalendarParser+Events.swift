/// A calendar's events in the model: each placed on its conference day in the conference's
/// zone, recurrences expanded, the description split into links, speakers and abstract.
extension ICalendarParser {
  /// When a conference day starts: an event before 06:00 belongs to the evening before.
  static let dayStartMinutes = 6 * 60

  /// One occurrence's start, on its conference day's clock, and how long it lasts.
  struct Slot {
    var day: CalendarDate
    var start: LocalTime?
    var end: LocalTime?
  }

  mutating func convert() -> (Conference?, [Event]) {
    let zone = conferenceZone()
    var recurring: [Int] = []
    var instances: [String: [(recurrence: ICalendarValue.Moment, index: Int)]] = [:]
    var cancelled = 0
    var plain: [(index: Int, slots: [Slot])] = []
    for (index, event) in events.enumerated() {
      if event.first("STATUS")?.value.uppercased() == "CANCELLED" {
        cancelled += 1
        continue
      }
      if let recurrence = event.first("RECURRENCE-ID"), let uid = event.first("UID")?.value,
        let moment = ICalendarValue.moment(recurrence.value)
      {
        instances[uid, default: []].append((moment, index))
      }
      if event.first("RRULE") != nil, event.first("RECURRENCE-ID") == nil {
        recurring.append(index)
      } else {
        plain.append((index, slots(of: event, zone: zone)))
      }
    }
    if cancelled > 0 {
      diagnostics.warn(
        atOffset: 0, "\(cancelled) cancelled event\(cancelled == 1 ? "" : "s") left out")
    }
    // The conference's days: those of its single events, which recurrences stay within.
    let days = plain.flatMap { $0.slots.map(\.day) }
    let span = days.min().flatMap { first in days.max().map { first...$0 } }
    var expanded: [(index: Int, slots: [Slot])] = []
    for index in recurring {
      expanded.append(
        (index, expand(events[index], zone: zone, within: span, instances: instances)))
    }
    let conference = makeConference(
      zone: zone, days: days + expanded.flatMap { $0.slots.map(\.day) })
    var result: [Event] = []
    for (index, slots) in (plain + expanded).sorted(by: { $0.index < $1.index }) {
      let template = eventTemplate(events[index], conference: conference)
      for slot in slots {
        var event = template
        event.date = slot.day
        event.start = slot.start
        event.end = slot.end
        result.append(event)
      }
    }
    return (conference, result)
  }

  // MARK: Zones and days

  /// The conference's zone: the calendar's `X-WR-TIMEZONE`, else the zone most events are
  /// given in, else `--zone`, else UTC when the times are UTC, else none (floating times).
  mutating func conferenceZone() -> ZoneRule? {
    if let line = calendarZone {
      let name = line.value.trimmingSpaces()
      if let zone = zones.zone(name) { return zone }
      diagnostics.warn(line.line, "unknown time zone '\(name)' in X-WR-TIMEZONE")
    }
    var counts: [String: Int] = [:]
    var hasUTC = false
    for event in events {
      guard let start = event.first("DTSTART") else { continue }
      if let tzid = start.parameter("TZID") { counts[tzid, default: 0] += 1 }
      if case .utc? = ICalendarValue.moment(start.value) { hasUTC = true }
    }
    for (tzid, _) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
      if let zone = zones.zone(tzid) { return zone }
    }
    if let zone = options.zone { return zone }
    if hasUTC {
      diagnostics.warn(
        atOffset: 0,
        "the calendar names no time zone; its UTC times are shown in UTC (pass --zone Area/City for the conference's own)"
      )
      return .utc
    }
    if !events.isEmpty {
      diagnostics.warn(
        atOffset: 0,
        "the calendar's times are floating (no zone): shown as written; exports need a zone (pass --zone Area/City)"
      )
    }
    return nil
  }

  /// The slots of a single (not recurring) event: one, or one a day for an all-day event
  /// over several days; none when it has no usable start.
  mutating func slots(of event: RawEvent, zone: ZoneRule?) -> [Slot] {
    guard let startLine = event.first("DTSTART") else {
      diagnostics.warn(event.begin, "an event with no DTSTART; left out")
      return []
    }
    guard let start = moment(startLine, zone: zone) else { return [] }
    switch start {
    case .date(let first):
      var last = first
      if let endLine = event.first("DTEND"), case .date(let end)? = moment(endLine, zone: zone) {
        last = end.adding(days: -1)
      } else if let duration = event.first("DURATION").flatMap({ ICalendarValue.duration($0.value) }
      ) {
        last = first.adding(days: Swift.max(duration / 86_400 - 1, 0))
      }
      guard last >= first else { return [Slot(day: first)] }
      let count = Swift.min(last.daysSinceEpoch - first.daysSinceEpoch + 1, 31)
      return (0..<count).map { Slot(day: first.adding(days: $0)) }
    case .local(let local):
      return [slot(local, event: event, start: startLine, zone: zone)]
    case .utc:
      return []
    }
  }

  /// The slot of a timed start (in the conference's zone), with its end from DTEND or DURATION.
  mutating func slot(
    _ local: LocalDateTime, event: RawEvent, start startLine: ContentLine, zone: ZoneRule?
  ) -> Slot {
    var day = local.date
    var startMinutes = local.time.minutes
    if startMinutes < Self.dayStartMinutes {
      day = day.adding(days: -1)
      startMinutes += 1440
    }
    let dayStart = day.daysSinceEpoch * 1440
    var endMinutes: Int?
    if let endLine = event.first("DTEND") {
      if case .local(let end)? = moment(endLine, zone: zone) {
        endMinutes = end.minutesSinceEpoch - dayStart
      } else if case .date(let end)? = ICalendarValue.moment(endLine.value) {
        endMinutes = end.daysSinceEpoch * 1440 - dayStart
      }
    } else if let line = event.first("DURATION") {
      if let seconds = ICalendarValue.duration(line.value) {
        endMinutes = startMinutes + seconds / 60
      } else {
        diagnostics.warn(line.line, "cannot read the duration '\(line.value)'")
      }
    }
    var end: LocalTime?
    if let endMinutes {
      if endMinutes < startMinutes {
        diagnostics.warn(
          event.first("DTEND")?.line ?? startLine.line,
          "the event ends before it starts; its end is left out")
      } else if let time = LocalTime(minutes: endMinutes) {
        end = time
      } else {
        diagnostics.warn(
          event.first("DTEND")?.line ?? startLine.line,
          "the event runs past the next day; its end is left out")
      }
    }
    return Slot(day: day, start: LocalTime(minutes: startMinutes), end: end)
  }

  /// A DTSTART or DTEND as a wall-clock time in the conference's zone (a date stays a date);
  /// nil, with a warning, when it cannot be read.
  mutating func moment(_ line: ContentLine, zone: ZoneRule?) -> ICalendarValue.Moment? {
    guard let value = ICalendarValue.moment(line.value.trimmingSpaces()) else {
      diagnostics.warn(line.line, "cannot read the date '\(line.value)'")
      return nil
    }
    switch value {
    case .date:
      return value
    case .utc(let instant):
      return .local((zone ?? .utc).localDateTime(at: instant))
    case .local(let local):
      guard let tzid = line.parameter("TZID") else { return value }  // floating
      guard let own = zones.zone(tzid) else {
        warnUnknownZone(tzid, line: line)
        return value
      }
      guard let zone, own != zone else { return value }
      return .local(zone.localDateTime(at: own.instant(of: local)))
    }
  }

  mutating func warnUnknownZone(_ tzid: String, line: ContentLine) {
    diagnostics.warn(
      line.line, "unknown time zone '\(tzid)'; the time is read as the conference's wall clock")
  }

  // MARK: Recurrences

  /// The slots of a recurring event within the conference's days: its rule's dates, less
  /// EXDATE's, with RECURRENCE-ID instances read in their place.
  mutating func expand(
    _ event: RawEvent, zone: ZoneRule?, within span: ClosedRange<CalendarDate>?,
    instances: [String: [(recurrence: ICalendarValue.Moment, index: Int)]]
  ) -> [Slot] {
    guard let startLine = event.first("DTSTART"), let ruleLine = event.first("RRULE"),
      let start = ICalendarValue.moment(startLine.value)
    else { return slots(of: event, zone: zone) }
    guard let rule = RecurrenceRule(ruleLine.value) else {
      diagnostics.warn(
        ruleLine.line,
        "a recurrence this reader does not expand ('\(ruleLine.value)'); only its first occurrence is read"
      )
      return slots(of: event, zone: zone)
    }
    let firstDate = Self.date(of: start)
    let last = span?.upperBound ?? firstDate.adding(days: 60)
    if span == nil, rule.count == nil, rule.until == nil {
      diagnostics.warn(
        ruleLine.line, "a recurrence with no end and no other events to bound it; read for 60 days")
    }
    let excluded = Set(
      event.all("EXDATE").flatMap { $0.value.split(separator: ",") }.compactMap {
        ICalendarValue.moment(String($0)).map(Self.date(of:))
      })
    let replaced = Set(
      (instances[event.first("UID")?.value ?? ""] ?? []).map { Self.date(of: $0.recurrence) })
    var slots: [Slot] = []
    for date in rule.dates(from: firstDate, through: last)
    where !excluded.contains(date) && !replaced.contains(date)
      && (span?.contains(date) ?? true || date == firstDate)
    {
      var occurrence = event
      let shifted = date.daysSinceEpoch - firstDate.daysSinceEpoch
      occurrence.properties = event.properties.map { line in
        guard line.name == "DTSTART" || line.name == "DTEND" else { return line }
        var moved = line
        moved.value = Self.shift(line.value, byDays: shifted)
        return moved
      }
      slots += self.slots(of: occurrence, zone: zone)
    }
    return slots
  }

  static func date(of moment: ICalendarValue.Moment) -> CalendarDate {
    switch moment {
    case .date(let date): return date
    case .utc(let instant): return instant.date
    case .local(let local): return local.date
    }
  }

  /// A DATE or DATE-TIME value moved by whole days, its time of day kept, in the basic form.
  static func shift(_ value: String, byDays days: Int) -> String {
    guard days != 0, let moment = ICalendarValue.moment(value.trimmingSpaces()) else {
      return value
    }
    func basic(_ date: CalendarDate) -> String {
      CalendarDate.padded(date.year, 4) + CalendarDate.padded(date.month, 2)
        + CalendarDate.padded(date.day, 2)
    }
    switch moment {
    case .date(let date):
      return basic(date.adding(days: days))
    case .utc(let instant):
      return UTCDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + days * 86_400).basicFormat
    case .local(let local):
      return basic(local.date.adding(days: days)) + "T" + CalendarDate.padded(local.time.hour, 2)
        + CalendarDate.padded(local.time.minute, 2) + "00"
    }
  }
}
