import ConfSchedKit

/// The time it is: the system clock, or `CONFSCHED_NOW` when set, for tests and scripts that
/// want `now`, `today` and the default day fixed.
///
///     CONFSCHED_NOW=2018-12-04T15:22:00Z        an instant in UTC
///     CONFSCHED_NOW=2018-12-04T10:22-05:00      an instant with its offset
///     CONFSCHED_NOW="2018-12-04 10:22"          this machine's wall clock (TZ)
enum Clock {
  /// The instant it is.
  static var now: UTCDateTime {
    fixed ?? UTCDateTime.now()
  }

  /// Today's date on this machine's wall clock.
  static var today: CalendarDate {
    let instant = now
    let seconds = instant.secondsSinceEpoch
    let minutes = seconds >= 0 ? seconds / 60 : -((-seconds + 59) / 60)
    return LocalDateTime(minutesSinceEpoch: minutes + MachineZone.offsetMinutes(at: instant)).date
  }

  /// `CONFSCHED_NOW` read, when set and valid.
  private static var fixed: UTCDateTime? {
    Terminal.environment("CONFSCHED_NOW").flatMap(instant)
  }

  /// Checks `CONFSCHED_NOW` before a command runs: a value that is not a moment is a usage
  /// error, not a silent fall back to the real clock.
  static func validate(_ spec: CommandSpec) throws(CLIError) {
    guard let text = Terminal.environment("CONFSCHED_NOW"), instant(text) == nil else { return }
    throw CLIError.usage(
      "CONFSCHED_NOW='\(text)' is not a moment; use, for example, 2018-12-04T15:22:00Z or '2018-12-04 10:22'.",
      spec)
  }

  /// An instant from ISO 8601 with `Z` or an offset, or a local `YYYY-MM-DD HH:MM` read on this
  /// machine's clock.
  static func instant(_ text: String) -> UTCDateTime? {
    var body = Substring(text.trimmingCharacters(of: " "))
    var offset: Int?
    if body.hasSuffix("Z") || body.hasSuffix("z") {
      offset = 0
      body = body.dropLast()
    } else if body.count > 6, let sign = body.dropLast(5).last, sign == "+" || sign == "-",
      body.contains("T")
    {
      let zone = body.suffix(5).split(separator: ":")
      guard zone.count == 2, let hours = Int(zone[0]), let minutes = Int(zone[1]) else {
        return nil
      }
      offset = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
      body = body.dropLast(6)
    }
    // Seconds, when given, are dropped: moments are to the minute.
    let parts = body.split(whereSeparator: { $0 == "T" || $0 == " " })
    guard parts.count == 2, let date = CalendarDate(iso: parts[0]) else { return nil }
    let clock = parts[1].split(separator: ":")
    guard (2...3).contains(clock.count),
      let time = LocalTime(clock.prefix(2).joined(separator: ":"))
    else { return nil }
    let local = LocalDateTime(date: date, time: time).minutesSinceEpoch
    if let offset { return UTCDateTime(secondsSinceEpoch: (local - offset) * 60) }
    // This machine's wall clock: its offset at about that moment.
    let guess = UTCDateTime(secondsSinceEpoch: local * 60)
    let machine = MachineZone.offsetMinutes(at: guess)
    return UTCDateTime(secondsSinceEpoch: (local - machine) * 60)
  }
}
