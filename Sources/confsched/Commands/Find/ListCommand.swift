import ConfSchedKit

enum ListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "List events by day in time order, with filters.",
    options: [
      FilterOptions.day, FilterOptions.kind, FilterOptions.room, FilterOptions.session,
      FilterOptions.author,
      FilterOptions.from, FilterOptions.to,
      OptionSpec(
        name: "limit", valueName: "n", help: "Show at most this many events; 0 shows all."),
      MomentOptions.local, ItineraryCommand.file,
    ] + OutputOptions.all + DataLoader.options,
    examples: [
      "confsched list --day tue --kind oral",
      "confsched list --room \"220 cd\" --from 15:00 --to 17:00",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let data = try DataLoader.load(arguments)
    let filter = try FilterOptions.filter(arguments, schedule: data.schedule)
    let format = try OutputOptions.format(arguments)
    let limit = try OutputOptions.limit(arguments) ?? 0
    let matching = data.schedule.events(where: filter.matches, summary: filter).inTimeOrder()
    let events = limit > 0 ? Array(matching.prefix(limit)) : matching
    if let output = try OutputOptions.render(
      events, format: format, schedule: data.schedule, arguments: arguments)
    {
      try OutputOptions.deliver(output, arguments)
    } else {
      let marked = Set(
        ItineraryCommand.plannedEvents(arguments, schedule: data.schedule).map(\.id))
      let local = MomentOptions.localZone(arguments)
      let table = EventTable(
        width: OutputOptions.width(arguments), style: OutputOptions.style(arguments),
        marked: marked, zoneLabel: local?.label)
      let shown = local.map { zone in events.map(zone.shifting) } ?? events
      try OutputOptions.deliver(
        human: StreamedOutput(parts: { table.render(shown, lines: $0) }), arguments)
    }
    if matching.count > events.count {
      Output.error(
        "confsched: showing \(events.count) of \(matching.count) events; --limit 0 shows all")
    }
    if events.isEmpty {
      Output.error(
        data.schedule.eventCount == 0
          ? "confsched: the loaded dumps hold no events (a reading list's mentions are for 'confsched match FILE')"
          : "confsched: no events match the filters")
      return .noMatch
    }
    return data.skipStatus ?? .success
  }
}
