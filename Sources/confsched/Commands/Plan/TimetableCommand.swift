import ConfSchedKit

enum TimetableCommand: Command {
  static let spec = CommandSpec(
    name: "timetable",
    abstract: "Show a day as a grid, a column per room.",
    discussion: """
      Rows follow the day's own times; a long talk spans rows, a break or a plenary talk spans \
      the rooms. Poster and demonstration sessions are summarised as one block each. The grid \
      fits the terminal; when it is too narrow, the day is listed room by room. Events in your \
      itinerary are marked with *. --room keeps the rooms whose name has its words (and the \
      breaks that span every room), so a day of 72 rooms can be read a group of rooms at a time.
      Without --day: today if the conference is on, else its first loaded day.
      """,
    options: [
      MomentOptions.day,
      OptionSpec(
        name: "room", valueName: "room",
        help: "Only rooms whose name has these words: 'saal', '220 cd' (repeatable).",
        isRepeatable: true),
      OptionSpec(
        name: "format", valueName: "format", help: "Output format: table, md or json.",
        defaultValue: "table", choices: ["table", "md", "json"]),
      OutputOptions.json, OutputOptions.output, OutputOptions.noPager, ItineraryCommand.file,
    ] + DataLoader.options,
    examples: [
      "confsched timetable --day tue",
      "confsched timetable --day sat --room saal --data 38c3-schedule.xml",
      "confsched timetable --day 2018-12-04 --format md -o tuesday.md",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let format = try OutputOptions.format(arguments)
    guard [.table, .md, .json].contains(format) else {
      throw CLIError.usage(
        "A timetable is written as table, md or json, not \(format).", arguments.command)
    }
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    let calendars = try MomentOptions.calendars(schedule)
    let now = Clock.now
    let days = try MomentOptions.days(arguments, calendars, now: now)
    let allDays = Set(calendars.flatMap(\.days))
    if arguments.value("day") == nil, allDays.count > 1, let day = days.first {
      let today = calendars.contains { $0.localDateTime(at: now)?.date == day }
      if !today {
        Output.error(
          "confsched: showing \(day.longDescription), the first of \(allDays.count) loaded days; choose one with --day"
        )
      }
    }
    let marked = Set(ItineraryCommand.plannedEvents(arguments, schedule: schedule).map(\.id))
    var filter = EventFilter()
    filter.rooms = try FilterOptions.rooms(arguments, schedule: schedule)
    let events =
      filter.rooms.isEmpty
      ? schedule.events
      : schedule.events.filter { $0.room == nil || filter.passes(room: $0.room) }
    let timetables = days.map { Timetable(events, on: $0) }
    let output: StreamedOutput
    switch format {
    case .json:
      let values = timetables.map { $0.json(marked: marked) }
      output = StreamedOutput(
        text: (values.count == 1 ? values[0] : .array(values)).serialized() + "\n")
    case .md:
      output = StreamedOutput(
        text: timetables.map(TimetableMarkdown(marked: marked).render).joined(separator: "\n"))
    default:
      // A grid needs a width even in a file: the terminal's, else COLUMNS, else 80. Off a
      // terminal the titles are not cut: a cell grows to hold its whole title.
      let fitted = OutputOptions.width(arguments)
      var renderer = TimetableRenderer(
        width: fitted ?? Terminal.columns ?? 80, style: OutputOptions.style(arguments),
        marked: marked)
      if fitted == nil { renderer.maxTitleLines = nil }
      // Days apart by a blank line; each drawn a line at a time.
      output = StreamedOutput(parts: { line in
        timetables.enumerated().allSatisfy { index, timetable in
          (index == 0 || line("\n")) && renderer.render(timetable, lines: line)
        }
      })
      try OutputOptions.deliver(human: output, arguments)
      return data.skipStatus ?? .success
    }
    try OutputOptions.deliver(output, arguments)
    return data.skipStatus ?? .success
  }
}
