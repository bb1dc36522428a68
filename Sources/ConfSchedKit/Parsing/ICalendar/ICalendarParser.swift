/// The pass over an iCalendar file: content lines into components (the calendar's own
/// properties, its time zones, its events), then events into the model
/// (`ICalendarParser+Events`).
struct ICalendarParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector

  /// `X-WR-CALNAME` (or RFC 7986's `NAME`).
  var calendarName: String?
  /// `X-WR-TIMEZONE`, and its line.
  var calendarZone: ContentLine?
  var zones = ICalendarZones()
  var events: [RawEvent] = []

  /// A VEVENT as read: its properties, in order.
  struct RawEvent {
    var begin: Line
    var properties: [ContentLine] = []
    var isClosed = false

    func first(_ name: String) -> ContentLine? { properties.first { $0.name == name } }
    func all(_ name: String) -> [ContentLine] { properties.filter { $0.name == name } }
  }

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  mutating func run() -> ReadResult {
    readComponents()
    var result = ReadResult()
    let (conference, events) = convert()
    result.events = events
    if let conference, !events.isEmpty { result.conferences = [conference] }
    result.diagnostics = diagnostics.takeSorted()
    return result
  }

  // MARK: Components

  /// Walks the content lines, keeping the components a schedule needs.
  mutating func readComponents() {
    var lines = ContentLineSequence(bytes)
    var stack: [(name: String, line: Line)] = []
    var event: RawEvent?
    var zoneID: String?
    var observances: [ICalendarZones.Observance] = []
    var observance: ICalendarZones.Observance?
    var unreadable = 0
    while let next = lines.next() {
      guard case .line(let line) = next else {
        if case .unreadable(let physical) = next, unreadable < 20 {
          diagnostics.warn(physical, "not an iCalendar content line ('NAME:value'); skipped")
        }
        unreadable += 1
        continue
      }
      switch line.name {
      case "BEGIN":
        let name = line.value.trimmingSpaces().uppercased()
        let parent = stack.last?.name
        stack.append((name, line.line))
        if name == "VEVENT", parent == "VCALENDAR" || parent == nil {
          event = RawEvent(begin: line.line)
        } else if name == "VTIMEZONE" {
          zoneID = nil
          observances = []
        } else if name == "STANDARD" || name == "DAYLIGHT", parent == "VTIMEZONE" {
          observance = ICalendarZones.Observance(isDaylight: name == "DAYLIGHT")
        }
      case "END":
        let name = line.value.trimmingSpaces().uppercased()
        guard let open = stack.lastIndex(where: { $0.name == name }) else {
          diagnostics.warn(line.line, "END:\(name) closes nothing; ignored")
          continue
        }
        for unclosed in stack[(open + 1)...].reversed() {
          diagnostics.warn(
            unclosed.line, "BEGIN:\(unclosed.name) is never closed before END:\(name)")
        }
        stack.removeSubrange(open...)
        switch name {
        case "VEVENT":
          if var finished = event {
            finished.isClosed = true
            events.append(finished)
          }
          event = nil
        case "STANDARD", "DAYLIGHT":
          if let finished = observance { observances.append(finished) }
          observance = nil
        case "VTIMEZONE":
          if let zoneID, !observances.isEmpty, !zones.define(zoneID, observances: observances) {
            diagnostics.warn(line.line, "cannot read the time zone '\(zoneID)'")
          }
        default:
          break
        }
      default:
        let innermost = stack.last?.name
        if event != nil, innermost == "VEVENT" {
          event?.properties.append(line)
        } else if let observance, innermost == "STANDARD" || innermost == "DAYLIGHT" {
          Self.read(line, into: observance)
        } else if innermost == "VTIMEZONE", line.name == "TZID" {
          zoneID = line.value
        } else if innermost == "VCALENDAR" {
          readCalendarProperty(line)
        }
      }
    }
    if unreadable > 20 {
      diagnostics.warn(
        atOffset: bytes.count, "\(unreadable) lines in all are not content lines; skipped")
    }
    if var unfinished = event {
      diagnostics.warn(
        unfinished.begin, "BEGIN:VEVENT is never closed; read up to the end of the file")
      unfinished.isClosed = false
      events.append(unfinished)
      stack.removeAll { $0.name == "VEVENT" }
    }
    for unclosed in stack where unclosed.name == "VCALENDAR" {
      diagnostics.warn(unclosed.line, "BEGIN:VCALENDAR is never closed; the file may be cut short")
    }
  }

  mutating func readCalendarProperty(_ line: ContentLine) {
    switch line.name {
    case "X-WR-CALNAME", "NAME":
      let name = Markup.collapsingSpaces(ICalendarValue.text(line.value))
      if !name.isEmpty, calendarName == nil || line.name == "X-WR-CALNAME" { calendarName = name }
    case "X-WR-TIMEZONE":
      calendarZone = line
    default:
      break
    }
  }

  static func read(_ line: ContentLine, into observance: ICalendarZones.Observance) {
    switch line.name {
    case "DTSTART":
      if case .local(let start)? = ICalendarValue.moment(line.value) { observance.start = start }
    case "TZOFFSETTO":
      if let offset = ICalendarValue.utcOffset(line.value) { observance.offsetTo = offset }
    case "TZNAME":
      observance.name = line.value
    case "RRULE":
      observance.rule = line.value
    default:
      break
    }
  }
}
