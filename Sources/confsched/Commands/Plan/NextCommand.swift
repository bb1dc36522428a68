import ConfSchedKit

enum NextCommand: Command {
  static let spec = CommandSpec(
    name: "next",
    abstract: "Show what comes next in each room.",
    discussion: """
      Shows the next N events of every room (a poster or demonstration session counts as one), \
      after now or after --at, in time order. After the day's last start, shows the next \
      conference day's first events; when the conference is not running, says so and shows \
      the first events of its nearest day. Exits 1 when nothing more is scheduled.
      """,
    arguments: [
      ArgumentSpec(name: "n", help: "How many events per room (default: 1).", isOptional: true)
    ],
    options: NowCommand.options,
    examples: [
      "confsched next",
      "confsched next 3 --at \"2018-12-04 15:32\"",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    var perRoom = 1
    if let text = arguments.positionals.first {
      guard let value = Int(text), value > 0 else {
        throw CLIError.usage(
          "'\(text)' is not a number of events per room.", arguments.command)
      }
      perRoom = value
    }
    return try NowCommand.show(arguments, mode: .next, perRoom: perRoom)
  }
}
