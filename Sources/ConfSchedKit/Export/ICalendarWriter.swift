/// Events as an iCalendar file (RFC 5545) that calendar programs import: one VEVENT per event
/// in the local wall-clock time of the conference's zone, with a VTIMEZONE for every zone used.
///
/// Each event's UID is `<event id>@confsched`. Ids are a pure function of the event's content,
/// so exporting the same schedule again gives the same UIDs, and a calendar that imports the
/// file twice updates the events instead of duplicating them.
///
/// An event with a day but no start time is an all-day entry of its day (`DTSTART;VALUE=DATE`),
/// its description saying the time is not given. Some events cannot be placed on a calendar
/// and are left out, each with the reason, for the caller to report: those with no date, or a
/// start but no known time zone (writing them in "floating" time would put them at the reader's
/// own local time, which is wrong for a conference in another zone). An event whose end is not
/// given ends as `AssumedEnds` says (the next event in its room, 30 minutes at most), so that
/// DTEND is after DTSTART as RFC 5545 wants, and its description says so; an end earlier than the
/// start (a social running past midnight) falls on the next day.
public struct ICalendarWriter: Sendable {
  /// The version of confsched written in PRODID: `-//confsched//confsched 0.3//EN`.
  public var productVersion: String
  /// The DTSTAMP of every event: when the file was made. Passed in, so output is reproducible.
  public var timestamp: UTCDateTime
  /// When set, each event gets a display alarm this many minutes before it starts.
  public var alarmMinutesBefore: Int?
  /// When set, the calendar's name for the programs that show one (X-WR-CALNAME).
  public var calendarName: String?

  /// Creates a writer.
  public init(
    productVersion: String, timestamp: UTCDateTime, alarmMinutesBefore: Int? = nil,
    calendarName: String? = nil
  ) {
    self.productVersion = productVersion
    self.timestamp = timestamp
    self.alarmMinutesBefore = alarmMinutesBefore
    self.calendarName = calendarName
  }

  /// An event left out of the calendar, and why.
  public struct Skipped: Hashable, Sendable {
    /// The event.
    public var event: Event
    /// Why it was left out.
    public var reason: SkipReason
  }

  /// Why an event cannot go on a calendar.
  public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
    /// The dump does not say the day.
    case noDate
    /// The conference's time zone is not known.
    case noTimeZone

    /// `no date`, `no time zone`.
    public var description: String {
      switch self {
      case .noDate: return "no date"
      case .noTimeZone: return "no time zone"
      }
    }
  }

  /// The calendar's text, CRLF line ends, and the events left out, in the order given.
  ///
  /// When `schedule` is given, each event's description lists the other slots of the same paper
  /// ("Also presented:") found in it.
  public func write(_ events: [Event], schedule: Schedule? = nil) -> (
    text: String, skipped: [Skipped]
  ) {
    var skipped: [Skipped] = []
    var zones: [ZoneRule] = []
    var bodies: [String] = []
    let ends = AssumedEnds(for: events, in: schedule?.events ?? events)
    for event in ends.filling(events) {
      guard let date = event.date else {
        skipped.append(Skipped(event: event, reason: .noDate))
        continue
      }
      guard let start = event.start else {
        bodies.append(allDay(event, date: date, twins: schedule?.twins(of: event) ?? []))
        continue
      }
      guard let zone = event.conference?.zone else {
        skipped.append(Skipped(event: event, reason: .noTimeZone))
        continue
      }
      if !zones.contains(zone) { zones.append(zone) }
      let twins = schedule?.twins(of: event) ?? []
      bodies.append(vevent(event, date: date, start: start, zone: zone, twins: twins))
    }
    var header = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//confsched//confsched \(ICalendarText.escaped(productVersion))//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]
    if let calendarName { header.append("X-WR-CALNAME:\(ICalendarText.escaped(calendarName))") }
    var text = ICalendarWriter.folded(header)
    for zone in zones { text += ICalendarWriter.folded(zone.iCalendarLines) }
    for body in bodies { text += body }
    text += ICalendarText.folded("END:VCALENDAR")
    return (text, skipped)
  }

  /// One VEVENT, folded.
  private func vevent(
    _ event: Event, date: CalendarDate, start: LocalTime, zone: ZoneRule, twins: [Event]
  ) -> String {
    let startMinutes = date.daysSinceEpoch * 1440 + start.minutes
    var endMinutes = startMinutes + Event.assumedMinutesWithoutEnd
    if let end = event.end, end != start {
      endMinutes = date.daysSinceEpoch * 1440 + end.minutes + (end < start ? 1440 : 0)
    }
    return body(
      event,
      when: [
        "DTSTART;TZID=\(zone.identifier):\(ICalendarText.localDateTime(minutes: startMinutes))",
        "DTEND;TZID=\(zone.identifier):\(ICalendarText.localDateTime(minutes: endMinutes))",
      ], twins: twins)
  }

  /// One all-day VEVENT for an event with a day and no start time.
  private func allDay(_ event: Event, date: CalendarDate, twins: [Event]) -> String {
    let day = ICalendarText.date(date)
    let next = ICalendarText.date(date.adding(days: 1))
    return body(
      event, when: ["DTSTART;VALUE=DATE:\(day)", "DTEND;VALUE=DATE:\(next)"], twins: twins)
  }

  /// A VEVENT with its times (`when`), folded.
  private func body(_ event: Event, when: [String], twins: [Event]) -> String {
    let summary = ICalendarText.escaped("\(event.kind.rawValue): \(event.title)")
    var lines =
      [
        "BEGIN:VEVENT",
        "UID:\(ICalendarText.escaped(event.id.rawValue))@confsched",
        "DTSTAMP:\(timestamp.basicFormat)",
      ] + when + ["SUMMARY:\(summary)"]
    let place = [event.room, event.board.map { "board \($0)" }].compactMap { $0 }
    if !place.isEmpty {
      lines.append("LOCATION:\(ICalendarText.escaped(place.joined(separator: ", ")))")
    }
    lines.append("DESCRIPTION:\(ICalendarText.escaped(ICalendarWriter.description(event, twins)))")
    if let link = event.links.first(where: { ICalendarWriter.isURI($0.url) }) {
      lines.append("URL:\(link.url)")
    }
    lines.append("CATEGORIES:\(ICalendarText.escaped(event.kind.rawValue))")
    if let alarmMinutesBefore {
      lines += [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:\(summary)",
        "TRIGGER:\(ICalendarText.trigger(minutesBefore: alarmMinutesBefore))",
        "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return ICalendarWriter.folded(lines)
  }

  /// The description: authors, session, abstract, notes, links, the other slots of the paper,
  /// a word when the end is not known, and the id to give `confsched show`.
  static func description(_ event: Event, _ twins: [Event]) -> String {
    var parts: [String] = []
    if !event.authors.isEmpty { parts.append("Authors: " + EventField.authors.text(of: event)) }
    if let session = event.session { parts.append("Session: \(session)") }
    if let abstract = event.abstract { parts.append(abstract) }
    if let notes = event.notes { parts.append("Notes: \(notes)") }
    if !event.links.isEmpty {
      parts.append(
        (["Links:"] + event.links.map { "\($0.label): \($0.url)" }).joined(separator: "\n"))
    }
    if !twins.isEmpty {
      parts.append(
        (["Also presented:"] + twins.map(EventDetail.slot)).joined(separator: "\n"))
    }
    if event.start == nil {
      parts.append("Time not given.")
    } else if event.isEndAssumed, let end = event.end {
      parts.append(
        "End time not given: taken as \(end) (until the next event in its room, "
          + "\(Event.assumedMinutesWithoutEnd) minutes at most).")
    } else if event.end == nil || event.end == event.start {
      parts.append("End time not given: taken as \(Event.assumedMinutesWithoutEnd) minutes.")
    }
    parts.append("confsched id: \(event.id)")
    return parts.joined(separator: "\n\n")
  }

  /// Whether a link can be written as a URI value: a scheme, and no space or control character.
  static func isURI(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), colon > text.startIndex,
      text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
      )
    else { return false }
    return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
  }

  private static func folded(_ lines: [String]) -> String {
    lines.map(ICalendarText.folded).joined()
  }
}
