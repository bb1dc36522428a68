import ConfSchedKit

enum ItineraryListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "Show the itinerary by day in time order, with free time and clashes.",
    options: [
      ItineraryCommand.file, FilterOptions.day, FilterOptions.from, FilterOptions.to,
      MomentOptions.local,
    ] + OutputOptions.all + DataLoader.options,
    examples: ["confsched itinerary", "confsched itinerary list --format md -o plan.md"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    try show(arguments, defaultFormat: .table)
  }

  /// Lists or exports the itinerary in a format.
  static func show(_ arguments: ParsedArguments, defaultFormat: ExportFormat) throws(CLIError)
    -> ExitCode
  {
    let store = try ItineraryCommand.store(arguments)
    let itinerary = try ItineraryCommand.load(store)
    let format = try OutputOptions.format(arguments, fallback: defaultFormat)
    if itinerary.isEmpty {
      // Nothing to show or export: no output, and no empty calendar file left behind.
      Output.error(
        "confsched: the itinerary is empty; add events with 'confsched itinerary add ID'")
      return .noMatch
    }
    let data = try DataLoader.load(arguments)
    // --day, --from and --to choose among the entries, as they do among the events.
    let filter = try FilterOptions.filter(arguments, schedule: data.schedule)
    let resolved = ItineraryCommand.resolve(itinerary, data.schedule).filter {
      filter.matches($0.event)
    }
    if resolved.isEmpty {
      Output.error("confsched: no entry of the itinerary is in that day or window")
      return .noMatch
    }
    let itineraryFile = [(role: "the itinerary", path: store.path)]
    let events = resolved.map(\.event).sorted { $0.chronologicalKey < $1.chronologicalKey }
    if format == .json {
      let filled = ItineraryCommand.withEnds(resolved, data.schedule)
      try OutputOptions.deliver(
        json(filled, store: store).serialized() + "\n", arguments, reading: itineraryFile)
    } else if let output = try OutputOptions.render(
      events, format: format, schedule: data.schedule, arguments: arguments,
      calendarName: "My conference itinerary")
    {
      try OutputOptions.deliver(output, arguments, reading: itineraryFile)
    } else if !resolved.isEmpty {
      let local = MomentOptions.localZone(arguments)
      let view = ItineraryView(
        width: OutputOptions.width(arguments), style: OutputOptions.style(arguments),
        zoneLabel: local?.label)
      var entries = ItineraryCommand.withEnds(resolved, data.schedule)
      if let local {
        entries = entries.map { entry in
          var entry = entry
          entry.event = local.shifting(entry.event)
          return entry
        }
      }
      try OutputOptions.deliver(
        view.render(entries), arguments, human: true, reading: itineraryFile)
    }
    return data.skipStatus ?? .success
  }

  /// `{version, file, entries: [event object + addedAt + missing]}`.
  static func json(_ resolved: [ResolvedEntry], store: ItineraryStore) -> JSONValue {
    let entries = resolved.map { entry -> JSONValue in
      guard case .object(var members) = entry.event.json else { return entry.event.json }
      members.append(("addedAt", .string(entry.entry.addedAt)))
      members.append(("missing", .bool(entry.isMissing)))
      return .object(members)
    }
    return .object([
      ("version", .int(Itinerary.version)), ("file", .string(store.path)),
      ("entries", .array(entries)),
    ])
  }
}

enum ItineraryExportCommand: Command {
  static let spec = CommandSpec(
    name: "export",
    abstract: "Export the itinerary: iCalendar (default), Markdown, CSV or JSON.",
    options: [ItineraryCommand.file, FilterOptions.day, FilterOptions.from, FilterOptions.to]
      + OutputOptions.calendar + DataLoader.options,
    examples: [
      "confsched itinerary export -o neurips.ics --alarm 10m",
      "confsched itinerary export --format csv -o plan.csv",
      "confsched itinerary export --day tomorrow -o tomorrow.ics",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    try ItineraryListCommand.show(arguments, defaultFormat: .ics)
  }
}

enum ItineraryConflictsCommand: Command {
  static let spec = CommandSpec(
    name: "conflicts",
    abstract: "Show clashes and the other slot of the same paper that resolves each.",
    options: [
      ItineraryCommand.file, OptionSpec(name: "json", help: "Print the conflicts as JSON."),
    ] + DataLoader.options,
    examples: ["confsched itinerary conflicts"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let store = try ItineraryCommand.store(arguments)
    let itinerary = try ItineraryCommand.load(store)
    if itinerary.isEmpty {
      // Nothing to show or export: no output, and no empty calendar file left behind.
      Output.error(
        "confsched: the itinerary is empty; add events with 'confsched itinerary add ID'")
      return .noMatch
    }
    let data = try DataLoader.load(arguments)
    let resolved = ItineraryCommand.resolve(itinerary, data.schedule)
    let events = ItineraryCommand.withEnds(resolved.map(\.event), data.schedule)
    let conflicts = Conflicts(events, in: data.schedule)
    let walkIns = Conflicts.walkIns(events)
    if arguments.flag("json") {
      try Output.send(json(conflicts, walkIns: walkIns).serialized() + "\n")
    } else {
      let report = ConflictReport(
        width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
      try Output.send(report.render(conflicts, walkIns: walkIns))
    }
    return data.skipStatus ?? .success
  }

  static func json(_ conflicts: Conflicts, walkIns: [WalkIn]) -> JSONValue {
    .object([
      (
        "clashes",
        .array(
          conflicts.clashes.map { conflict in
            .object([
              ("first", .string(conflict.first.id.rawValue)),
              ("second", .string(conflict.second.id.rawValue)),
              ("date", .optional(conflict.first.date?.description)),
              ("overlapStart", .string(conflict.overlapStart.description)),
              ("overlapEnd", .string(conflict.overlapEnd.description)),
              (
                "resolutions",
                .array(
                  conflict.resolutions.map {
                    .object([
                      ("skip", .string($0.skipped.id.rawValue)),
                      ("goTo", .string($0.alternative.id.rawValue)),
                      ("alreadyPlanned", .bool($0.isPlanned)),
                    ])
                  })
              ),
            ])
          })
      ),
      (
        "sameSession",
        .array(
          conflicts.sameSessionGroups.map { group in
            .object([
              ("date", .string(group.date.description)),
              ("start", .string(group.start.description)),
              ("end", .string(group.end.description)), ("room", .string(group.room)),
              (
                "boardOrder",
                .array(
                  group.events.sorted { $0.boardKey < $1.boardKey }.map { .string($0.id.rawValue) })
              ),
            ])
          })
      ),
      (
        "walkIns",
        .array(
          walkIns.map { walkIn in
            .object([
              ("id", .string(walkIn.event.id.rawValue)),
              ("alongside", .array(walkIn.alongside.map { .string($0.id.rawValue) })),
            ])
          })
      ),
      ("untimed", .array(conflicts.untimed.map { .string($0.id.rawValue) })),
    ])
  }
}
