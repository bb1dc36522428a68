import ConfSchedKit

enum NowCommand: Command {
  static let spec = CommandSpec(
    name: "now",
    abstract: "Show what is on now in each room.",
    discussion: """
      Times are the conference's wall-clock time, labelled with its zone; --local shows them \
      in this machine's zone (--at is still read in the conference's). When nothing is on, \
      shows what comes next; when the conference is not running, says so and shows the first \
      events of its nearest day. Exits 1 when nothing is on.
      """,
    options: options,
    examples: [
      "confsched now",
      "confsched now --at \"2018-12-04 10:22\"",
      "confsched now --day tue --at 12:50 --local",
    ])

  static let options =
    [
      MomentOptions.at, MomentOptions.day, MomentOptions.local,
      OptionSpec(name: "json", help: "Print the rooms and their events as JSON."),
      ItineraryCommand.file,
    ] + DataLoader.options

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    try show(arguments, mode: .now, perRoom: 1)
  }

  /// Shows what runs at the moment and what comes next, `perRoom` items in each room.
  static func show(_ arguments: ParsedArguments, mode: NowNextView.Mode, perRoom: Int)
    throws(CLIError) -> ExitCode
  {
    let data = try DataLoader.load(arguments)
    let moment = try MomentOptions.resolve(
      arguments, schedule: data.schedule, now: Clock.now)
    let view = NowNext(moment.calendar, at: moment.moment, upcomingPerRoom: perRoom)
    if arguments.flag("json") {
      try Output.send(view.json.serialized() + "\n")
    } else {
      let marked = Set(ItineraryCommand.plannedEvents(arguments, schedule: data.schedule).map(\.id))
      let renderer = NowNextView(
        width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor),
        zone: moment.zone, marked: marked)
      try Output.send(renderer.render(view, mode: mode))
    }
    let found = mode == .now ? view.isAnythingRunning : !view.upcoming.isEmpty
    return found ? data.skipStatus ?? .success : .noMatch
  }
}
