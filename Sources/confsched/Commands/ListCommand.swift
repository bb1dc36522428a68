import ConfSchedKit

enum ListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "List events in time order, by day, with filters.",
    options: [
      FilterOptions.day, FilterOptions.kind, FilterOptions.room, FilterOptions.author,
      FilterOptions.from, FilterOptions.to, FilterOptions.json,
    ] + DataLoader.options,
    examples: [
      "confsched list --day tue --kind oral",
      "confsched list --room \"220 cd\" --from 15:00 --to 17:00",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let data = try DataLoader.load(arguments)
    let filter = try FilterOptions.filter(arguments, schedule: data.schedule)
    let events = data.schedule.events.filter(filter.matches)
      .sorted { $0.chronologicalKey < $1.chronologicalKey }
    if arguments.flag("json") {
      try Output.send(JSONValue.array(events.map(\.json)).serialized() + "\n")
    } else {
      let table = EventTable(
        width: Terminal.width, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
      try Output.send(table.render(events))
    }
    if events.isEmpty {
      Output.error("confsched: no events match the filters")
      return .noMatch
    }
    return data.skipStatus ?? .success
  }
}
