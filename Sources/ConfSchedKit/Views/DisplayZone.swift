/// The zone a view shows times in, with the label that names it: the conference's own zone (the
/// default), or another one such as the machine's (`--local`).
///
/// Event times are wall-clock times in the conference's zone; another zone converts them through
/// the UTC instant, which needs the conference's rule.
public struct DisplayZone: Sendable {
  /// What the times are labelled with: an IANA name (`America/Toronto`) or an abbreviation
  /// (`CET`).
  public let label: String
  /// The zone's offset from UTC at an instant; nil to show times as the schedule gives them.
  private let offset: (@Sendable (UTCDateTime) -> Int)?

  /// A zone from its label and its offset from UTC (in minutes) at an instant.
  public init(label: String, offset: @escaping @Sendable (UTCDateTime) -> Int) {
    self.label = label
    self.offset = offset
  }

  private init(label: String) {
    self.label = label
    self.offset = nil
  }

  /// The conference's own zone: times shown as the schedule gives them, labelled with the IANA
  /// name, or `local time` when the conference's zone is not known.
  public static func conference(_ conference: Conference?) -> DisplayZone {
    DisplayZone(label: conference?.zone?.identifier ?? "local time")
  }

  /// A zone at a fixed offset from UTC, such as `UTC` (0).
  public static func fixed(label: String, offsetMinutes: Int) -> DisplayZone {
    DisplayZone(label: label) { _ in offsetMinutes }
  }

  /// Whether times are shown as the schedule gives them.
  public var isConferenceZone: Bool { offset == nil }

  /// A wall-clock moment of a conference whose zone is `rule`, as this zone's wall clock shows
  /// it; unchanged in the conference's own zone or when `rule` is unknown.
  public func showing(_ moment: LocalDateTime, from rule: ZoneRule?) -> LocalDateTime {
    guard let offset, let rule else { return moment }
    let instant = rule.instant(of: moment)
    return LocalDateTime(minutesSinceEpoch: instant.secondsSinceEpoch / 60 + offset(instant))
  }

  /// The event with its day and times as this zone's wall clock shows them (`--local` in the
  /// listings); unchanged in the conference's own zone, or when its zone, day or start is not
  /// known. The end keeps whether it is assumed.
  public func shifting(_ event: Event) -> Event {
    guard !isConferenceZone, let rule = event.conference?.zone, let date = event.date,
      let start = event.start
    else { return event }
    var shifted = event
    let shownStart = showing(LocalDateTime(date: date, time: start), from: rule)
    shifted.date = shownStart.date
    shifted.start = shownStart.time
    if let end = event.end {
      let endDate = end < start ? date.adding(days: 1) : date
      shifted.end = showing(LocalDateTime(date: endDate, time: end), from: rule).time
    }
    return shifted
  }

  /// An event's times in this zone: `10:05-10:20`, with the short date before them when the
  /// start falls on another day than `day` (`Wed Dec 5 01:00-01:15`); empty when unknown.
  public func timeRange(_ event: Event, day: CalendarDate?) -> String {
    guard let date = event.date, let start = event.start else { return event.timeRange }
    let text = timeRange(
      date: date, start: start, end: event.end, zone: event.conference?.zone, day: day)
    guard event.isEndAssumed, let dash = text.lastIndex(of: "-") else { return text }
    return text[...dash] + "~" + text[text.index(after: dash)...]
  }

  /// An item's times in this zone, as `timeRange(_:day:)` writes an event's.
  public func timeRange(_ item: ScheduleItem, day: CalendarDate?, zone rule: ZoneRule?) -> String {
    switch item {
    case .event(let event): return timeRange(event, day: day)
    case .session(let session):
      return timeRange(
        date: session.date, start: session.start, end: session.end, zone: rule, day: day)
    }
  }

  private func timeRange(
    date: CalendarDate, start: LocalTime, end: LocalTime?, zone rule: ZoneRule?, day: CalendarDate?
  ) -> String {
    let shownStart = showing(LocalDateTime(date: date, time: start), from: rule)
    var text = shownStart.date == day ? "" : shownStart.date.shortDescription + " "
    text += shownStart.time.description
    if let end {
      let endDate = end < start ? date.adding(days: 1) : date
      text += "-" + showing(LocalDateTime(date: endDate, time: end), from: rule).time.description
    }
    return text
  }
}
