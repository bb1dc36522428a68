import ConfSchedKit

/// `--day`, `--at` and `--local`: the day a view shows, the moment `now`, `next` and `posters`
/// look at, and the zone their times are shown in.
///
/// A moment is a wall-clock time in the conference's zone. Without `--at`, it is the current
/// time there; `--at 10:22` without `--day` is on the default day: today when the conference is
/// on, else its first loaded day. `--day` alone is that day's start.
enum MomentOptions {
  static let day = OptionSpec(
    name: "day", valueName: "day",
    help:
      "The day: 2018-12-04, tue, Tuesday or 'Dec 4' (default: today if the conference is on, else its first day)."
  )
  static let at = OptionSpec(
    name: "at", valueName: "time",
    help:
      "The moment, in the conference's time zone: '2018-12-04 10:22', or 10:22 on --day (default: now)."
  )
  static let local = OptionSpec(
    name: "local", help: "Show times in this machine's time zone instead of the conference's.")

  /// A moment on a conference's wall clock, and the zone to show times in.
  struct Moment {
    var calendar: ConferenceCalendar
    var moment: LocalDateTime
    /// Whether the moment is the clock's, not one the user named.
    var isNow: Bool
    var zone: DisplayZone
  }

  static func calendars(_ schedule: Schedule) throws(CLIError) -> [ConferenceCalendar] {
    let calendars = ConferenceCalendar.calendars(schedule.events)
    guard !calendars.isEmpty else {
      throw CLIError.failure("no loaded event has a day and a start time", .noMatch)
    }
    return calendars
  }

  /// The loaded days `--day` names (a weekday can name one in each loaded year), or the default
  /// day without it.
  static func days(
    _ arguments: ParsedArguments, _ calendars: [ConferenceCalendar], now: UTCDateTime
  ) throws(CLIError) -> [CalendarDate] {
    guard let text = arguments.value("day") else {
      return ConferenceCalendar.defaultDay(calendars, at: now).map { [$0] } ?? []
    }
    let spec = try daySpec(text, arguments)
    let days = Set(calendars.flatMap(\.days)).filter(spec.matches).sorted()
    guard !days.isEmpty else {
      throw CLIError.failure("no loaded event is on '\(text)'", .noMatch)
    }
    return days
  }

  /// The moment the options name, or now.
  static func resolve(_ arguments: ParsedArguments, schedule: Schedule, now: UTCDateTime)
    throws(CLIError) -> Moment
  {
    let calendars = try calendars(schedule)
    var moment: LocalDateTime
    var isNow = false
    if let text = arguments.value("at") {
      if let full = LocalDateTime(text) {
        if arguments.value("day") != nil {
          throw CLIError.usage(
            "The day is given twice: in --at '\(text)' and with --day.", arguments.command)
        }
        moment = full
      } else if let time = LocalTime(text) {
        moment = LocalDateTime(date: try day(arguments, calendars, now: now), time: time)
      } else if let space = text.lastIndex(of: " "),
        let time = LocalTime(text[text.index(after: space)...]),
        DaySpec(String(text[..<space])) != nil
      {
        // `tue 10:22`, `Dec 4 10:22`: a day as --day takes it, then the time.
        if arguments.value("day") != nil {
          throw CLIError.usage(
            "The day is given twice: in --at '\(text)' and with --day.", arguments.command)
        }
        let dayText = String(text[..<space])
        moment = LocalDateTime(
          date: try day(arguments, calendars, now: now, named: dayText), time: time)
      } else {
        throw CLIError.usage(
          "Cannot read the moment '\(text)'; use '2018-12-04 10:22', 'tue 10:22', or 10:22 with --day.",
          arguments.command)
      }
    } else if arguments.value("day") != nil {
      moment = LocalDateTime(
        date: try day(arguments, calendars, now: now), time: .midnight)
    } else {
      isNow = true
      let calendar = ConferenceCalendar.choose(calendars, at: now)
      moment =
        calendar?.localDateTime(at: now)
        ?? LocalDateTime(
          minutesSinceEpoch: now.secondsSinceEpoch / 60 + MachineZone.offsetMinutes(at: now))
    }
    guard let calendar = ConferenceCalendar.choose(calendars, on: moment.date) else {
      throw CLIError.failure("no loaded event has a day and a start time", .noMatch)
    }
    return Moment(
      calendar: calendar, moment: moment, isNow: isNow,
      zone: displayZone(arguments, calendar, moment))
  }

  /// The conference's zone, or with `--local` the machine's.
  static func displayZone(
    _ arguments: ParsedArguments, _ calendar: ConferenceCalendar, _ moment: LocalDateTime
  ) -> DisplayZone {
    guard arguments.flag("local") else { return .conference(calendar.conference) }
    guard let rule = calendar.zone else {
      Output.error(
        "confsched: the conference's time zone is not known; times are shown as the schedule gives them"
      )
      return .conference(calendar.conference)
    }
    return MachineZone.displayZone(at: rule.instant(of: moment))
  }

  /// The one day `--day` (or `named`) names, or the default day. A weekday or `Dec 4` that
  /// names a day in more than one loaded conference takes the first, and says so.
  private static func day(
    _ arguments: ParsedArguments, _ calendars: [ConferenceCalendar], now: UTCDateTime,
    named: String? = nil
  ) throws(CLIError) -> CalendarDate {
    guard let text = named ?? arguments.value("day") else {
      guard let day = ConferenceCalendar.defaultDay(calendars, at: now) else {
        throw CLIError.failure("no loaded event has a day and a start time", .noMatch)
      }
      return day
    }
    let spec = try daySpec(text, arguments)
    if case .date(let date) = spec { return date }
    let days = Set(calendars.flatMap(\.days)).filter(spec.matches).sorted()
    guard let first = days.first else {
      throw CLIError.failure("no loaded event is on '\(text)'", .noMatch)
    }
    if days.count > 1 {
      let all = days.map(\.description).joined(separator: ", ")
      Output.error(
        "confsched: '\(text)' is \(all); showing \(first) (give the date, or --year, to choose)")
    }
    return first
  }

  private static func daySpec(_ text: String, _ arguments: ParsedArguments) throws(CLIError)
    -> DaySpec
  {
    guard let spec = DaySpec(text) else {
      throw CLIError.usage(
        "Cannot read the day '\(text)'; use 2018-12-04, tue, Tuesday or 'Dec 4'.",
        arguments.command)
    }
    return spec
  }
}
