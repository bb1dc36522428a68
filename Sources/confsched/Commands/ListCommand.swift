import ConfSchedKit

enum ListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "List events by day in time order, with filters.",
    options: [
      FilterOptions.day, FilterOptions.kind, FilterOptions.room, FilterOptions.session,
      FilterOptions.author,
      FilterOptions.from, FilterOptions.to,
    ] + OutputOptions.all + DataLoader.options,
    examples: [
      "confsched list --day tue --kind oral",
      "confsched list --room \"220 cd\" --from 15:00 --to 17:00",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let data = try DataLoader.load(arguments)
    let filter = try FilterOptions.filter(arguments, schedule: data.schedule)
    let events = data.schedule.events.filter(filter.matches)
      .sorted { $0.chronologicalKey < $1.chronologicalKey }
    let format = try OutputOptions.format(arguments)
    if let text = try OutputOptions.render(
      events, format: format, schedule: data.schedule, arguments: arguments)
    {
      try OutputOptions.deliver(text, arguments)
    } else {
      let style = TextStyle(usesColor: OutputOptions.usesColor(arguments))
      try OutputOptions.deliver(
        EventTable(width: Terminal.width, style: style).render(events), arguments, human: true)
    }
    if events.isEmpty {
      Output.error(
        data.schedule.events.isEmpty
          ? "confsched: the loaded dumps hold no events (a reading list's mentions are for 'confsched match FILE')"
          : "confsched: no events match the filters")
      return .noMatch
    }
    return data.skipStatus ?? .success
  }
}
