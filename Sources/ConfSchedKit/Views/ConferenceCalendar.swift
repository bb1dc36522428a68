/// The days of one conference that the loaded data covers, and where a day or an instant falls
/// among them: the calendar behind the default day of `timetable` and the moment of `now`.
public struct ConferenceCalendar: Sendable {
  /// The conference, when the events say it.
  public let conference: Conference?
  /// The conference's events.
  public let events: [Event]
  /// The days with at least one event with a start time, in order.
  public let days: [CalendarDate]

  /// The calendar of a conference's events.
  public init(conference: Conference?, events: [Event]) {
    self.conference = conference
    self.events = events
    days = Set(events.compactMap { $0.start == nil ? nil : $0.date }).sorted()
  }

  /// One calendar per conference with a day, by year; events without a conference come last.
  public static func calendars(_ events: [Event]) -> [ConferenceCalendar] {
    var byID: [String: [Event]] = [:]
    var conferences: [Conference?] = []
    for event in events {
      let id = event.conference?.id ?? ""
      if byID[id] == nil { conferences.append(event.conference) }
      byID[id, default: []].append(event)
    }
    return
      conferences
      .map { ConferenceCalendar(conference: $0, events: byID[$0?.id ?? ""] ?? []) }
      .filter { !$0.days.isEmpty }
      .sorted { ($0.conference?.year ?? Int.max) < ($1.conference?.year ?? Int.max) }
  }

  /// The conference's time zone, when known.
  public var zone: ZoneRule? { conference?.zone }

  /// The day's place among the conference's days.
  public func status(on date: CalendarDate) -> ConferenceStatus {
    guard let first = days.first, let last = days.last else { return .notStarted(firstDay: date) }
    if days.contains(date) { return .running }
    if date < first { return .notStarted(firstDay: first) }
    if date > last { return .over(lastDay: last) }
    return .dayOff(nearestDay: nearestDay(to: date) ?? first)
  }

  /// The conference day nearest a date; of two as near, the later.
  public func nearestDay(to date: CalendarDate) -> CalendarDate? {
    days.min { a, b in
      let da = abs(a.daysSinceEpoch - date.daysSinceEpoch)
      let db = abs(b.daysSinceEpoch - date.daysSinceEpoch)
      return da != db ? da < db : a > b
    }
  }

  /// The wall-clock moment of an instant in the conference's zone, or nil when the zone is not
  /// known.
  public func localDateTime(at instant: UTCDateTime) -> LocalDateTime? {
    zone?.localDateTime(at: instant)
  }

  /// The calendar a date belongs to: the first that has it as a day, else the next conference
  /// to open after it, else the last one to have closed before it. In June 2019, that is
  /// NeurIPS 2019 (not yet started), not NeurIPS 2018 (over, though its days are as near).
  public static func choose(_ calendars: [ConferenceCalendar], on date: CalendarDate)
    -> ConferenceCalendar?
  {
    pick(calendars) { _ in date }
  }

  /// The calendar of an instant, chosen as `choose(_:on:)` does with the instant's date in
  /// each conference's own zone. A calendar without a zone reads the instant in UTC.
  public static func choose(_ calendars: [ConferenceCalendar], at instant: UTCDateTime)
    -> ConferenceCalendar?
  {
    pick(calendars) { $0.localDateTime(at: instant)?.date ?? instant.date }
  }

  private static func pick(
    _ calendars: [ConferenceCalendar], _ date: (ConferenceCalendar) -> CalendarDate
  ) -> ConferenceCalendar? {
    if let running = calendars.first(where: { $0.days.contains(date($0)) }) { return running }
    let upcoming = calendars.filter { calendar in
      calendar.days.first.map { $0 > date(calendar) } ?? false
    }
    if let next = upcoming.min(by: { distance($0, date($0)) < distance($1, date($1)) }) {
      return next
    }
    return calendars.min { distance($0, date($0)) < distance($1, date($1)) }
  }

  /// The day to show when none is named: the day of `instant` in the zone of the first
  /// conference that is running then, else the first loaded day.
  public static func defaultDay(_ calendars: [ConferenceCalendar], at instant: UTCDateTime)
    -> CalendarDate?
  {
    for calendar in calendars {
      let date = calendar.localDateTime(at: instant)?.date ?? instant.date
      if calendar.days.contains(date) { return date }
    }
    return calendars.first?.days.first
  }

  private static func distance(_ calendar: ConferenceCalendar, _ date: CalendarDate) -> Int {
    calendar.nearestDay(to: date).map { abs($0.daysSinceEpoch - date.daysSinceEpoch) } ?? Int.max
  }
}
