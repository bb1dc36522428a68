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
      "The day: 2018-12-04, today, tomorrow, tue, 'Dec 4' or 'Dec 10 2019' (default: today if the conference is on, else its first day)."
  )
  static let at = OptionSpec(
    name: "at", valueName: "time",
    help:
      "The moment, in the conference's time zone: 10:22 or 3pm (on --day), 'tue 10:22', 'tomorrow 9am', '2018-12-04 10:22', +30m (default: now, or CONFSCHED_NOW)."
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
    /// The wall clock of an instant in the zone of the conference it falls to.
    func local(_ instant: UTCDateTime) -> LocalDateTime {
      let calendar = ConferenceCalendar.choose(calendars, at: instant)
      return calendar?.localDateTime(at: instant)
        ?? LocalDateTime(
          minutesSinceEpoch: instant.secondsSinceEpoch / 60
            + MachineZone.offsetMinutes(at: instant))
    }
    let spoken = try arguments.value("at").map { text throws(CLIError) -> SpokenMoment in
      guard let spoken = SpokenMoment(text, today: Clock.today) else {
        throw CLIError.usage(
          "Cannot read the moment '\(text)'; use, for example, 10:22, 3pm, 'tue 10:22', "
            + "'tomorrow 9am', '2018-12-04 10:22', now or +30m.", arguments.command)
      }
      return spoken
    }
    switch spoken {
    case .at(let day?, let time):
      // `tue 10:22`, `Dec 4 10:22`, `2018-12-04 10:22`: the day is in --at.
      if let text = arguments.value("at"), arguments.value("day") != nil {
        throw CLIError.usage(
          "The day is given twice: in --at '\(text)' and with --day.", arguments.command)
      }
      let date = try self.day(day, text: arguments.value("at") ?? "", calendars, arguments)
      moment = LocalDateTime(date: date, time: time ?? .midnight)
    case .at(nil, let time):
      moment = LocalDateTime(
        date: try self.day(arguments, calendars, now: now), time: time ?? .midnight)
    case .now, .fromNow:
      if let text = arguments.value("at"), arguments.value("day") != nil {
        throw CLIError.usage(
          "--at '\(text)' counts from now; it takes no --day.", arguments.command)
      }
      if case .fromNow(let minutes) = spoken {
        moment = local(UTCDateTime(secondsSinceEpoch: now.secondsSinceEpoch + minutes * 60))
      } else {
        isNow = true
        moment = local(now)
      }
    case nil:
      if arguments.value("day") != nil {
        moment = LocalDateTime(date: try self.day(arguments, calendars, now: now), time: .midnight)
      } else {
        isNow = true
        moment = local(now)
      }
    }
    guard let calendar = ConferenceCalendar.choose(calendars, on: moment.date) else {
      throw CLIError.failure("no loaded event has a day and a start time", .noMatch)
    }
    return Moment(
      calendar: calendar, moment: moment, isNow: isNow,
      zone: displayZone(arguments, calendar, moment))
  }

  /// With `--local`, this machine's zone, for a listing to shift its events into
  /// (`DisplayZone.shifting(_:)`) and name in its headings; nil without it.
  static func localZone(_ arguments: ParsedArguments) -> DisplayZone? {
    arguments.flag("local") ? MachineZone.displayZone(at: Clock.now) : nil
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

  /// The one day `--day` names, or the default day. A weekday or `Dec 4` that names a day in
  /// more than one loaded conference takes the first, and says so.
  private static func day(
    _ arguments: ParsedArguments, _ calendars: [ConferenceCalendar], now: UTCDateTime
  ) throws(CLIError) -> CalendarDate {
    guard let text = arguments.value("day") else {
      guard let day = ConferenceCalendar.defaultDay(calendars, at: now) else {
        throw CLIError.failure("no loaded event has a day and a start time", .noMatch)
      }
      return day
    }
    return try day(try daySpec(text, arguments), text: text, calendars, arguments)
  }

  /// The one loaded day a day spec names (a date is itself, loaded or not).
  private static func day(
    _ spec: DaySpec, text: String, _ calendars: [ConferenceCalendar], _ arguments: ParsedArguments
  ) throws(CLIError) -> CalendarDate {
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

  static func daySpec(_ text: String, _ arguments: ParsedArguments) throws(CLIError)
    -> DaySpec
  {
    guard let spec = DaySpec(text, today: Clock.today) else {
      throw CLIError.usage(
        "Cannot read the day '\(text)'; use, for example, 2018-12-04, today, tomorrow, tue, "
          + "'Dec 4' or 'Dec 10 2019'.", arguments.command)
    }
    return spec
  }
}
