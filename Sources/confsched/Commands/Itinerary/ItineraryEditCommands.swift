import ConfSchedKit

enum ItineraryAddCommand: Command {
  static let spec = CommandSpec(
    name: "add",
    abstract: "Add events by id, or the one event a search finds; warns at once about clashes.",
    arguments: [
      ArgumentSpec(
        name: "id", help: "Event ids, as search and list print them.", isOptional: true,
        isVariadic: true)
    ],
    options: [
      OptionSpec(
        name: "search", valueName: "query",
        help: "Add the single event this search finds; when several match, list them and add none."),
      FilterOptions.kind, FilterOptions.day, ItineraryCommand.file,
    ] + DataLoader.options,
    examples: [
      "confsched itinerary add 54azkd", "confsched itinerary add --search \"glow\" --kind poster",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let store = try ItineraryCommand.store(arguments)
    _ = try ItineraryCommand.load(store)  // a damaged file stops here, untouched
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    var events: [Event] = []
    var status = data.skipStatus ?? .success
    if let queryText = arguments.value("search") {
      guard arguments.positionals.isEmpty else {
        throw CLIError.usage("Give ids or --search, not both.", arguments.command)
      }
      let filter = try FilterOptions.filter(arguments, schedule: schedule)
      let index = data.prebuiltIndex ?? SearchIndex(schedule.events)
      let hits = index.search(SearchQuery(queryText)).hits.map { schedule.events[$0.eventIndex] }
        .filter(filter.matches)
      guard hits.count == 1, let hit = hits.first else {
        if hits.isEmpty {
          Output.error("confsched: no events match \"\(queryText)\"; nothing added")
        } else {
          let list = SearchResultList(
            width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
          try Output.send(list.render(Array(hits.prefix(20))))
          Output.error(
            "confsched: \(hits.count) events match \"\(queryText)\"; nothing added: add one by id, or narrow with --kind or --day"
          )
        }
        return .noMatch
      }
      events = [hit]
    } else {
      guard !arguments.positionals.isEmpty else {
        throw CLIError.usage("Missing expected argument '<id>' (or --search).", arguments.command)
      }
      for text in arguments.positionals {
        if let event = schedule.event(matching: text) {
          events.append(event)
        } else {
          let hint = Suggestions.id(text, among: schedule.events.map(\.id.rawValue))
          Output.error("confsched: no event has the id '\(text)'\(hint)")
          status = .noMatch
        }
      }
    }
    let addedAt = ItineraryCommand.now()
    let outcomes = try ItineraryCommand.update(store) { itinerary in
      events.map { itinerary.add($0, addedAt: addedAt).inserted }
    }
    let itinerary = try ItineraryCommand.load(store)
    var lines: [String] = []
    for (event, inserted) in zip(events, outcomes) {
      lines.append((inserted ? "added " : "already there ") + describe(event))
    }
    if !lines.isEmpty { try Output.send(lines.joined(separator: "\n") + "\n") }
    let added = zip(events, outcomes).filter(\.1).map(\.0)
    ItineraryCommand.warnAboutClashes(added, in: itinerary, schedule)
    return status
  }

  /// `nhrdf4 Oral Tue Dec 4 10:05-10:20 On Neuronal Capacity`.
  static func describe(_ event: Event) -> String {
    [
      event.id.rawValue, event.kind.rawValue, event.date?.shortDescription, event.timeRange,
      event.title,
    ]
    .compactMap { $0 }.filter { !$0.isEmpty }.map(DisplayText.printable).joined(separator: "  ")
  }
}

enum ItineraryRemoveCommand: Command {
  static let spec = CommandSpec(
    name: "remove",
    abstract: "Remove events from the itinerary by id.",
    arguments: [ArgumentSpec(name: "id", help: "Event ids to remove.", isVariadic: true)],
    options: [ItineraryCommand.file],
    examples: ["confsched itinerary remove 54azkd"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let store = try ItineraryCommand.store(arguments)
    let saved = try ItineraryCommand.load(store).entries.map(\.id.rawValue)
    let ids = arguments.positionals.map { EventID(rawValue: $0.lowercased()) }
    let removed = try ItineraryCommand.update(store) { itinerary in
      ids.compactMap { itinerary.remove($0) }
    }
    var status = ExitCode.success
    for id in ids where !removed.contains(where: { $0.id == id }) {
      Output.error(
        "confsched: '\(id)' is not in the itinerary"
          + Suggestions.id(id.rawValue, among: saved))
      status = .noMatch
    }
    if !removed.isEmpty {
      try Output.send(
        removed.map { DisplayText.printable("removed \($0.id)  \($0.kind)  \($0.title)") }
          .joined(separator: "\n") + "\n")
    }
    return status
  }
}

enum ItineraryClearCommand: Command {
  static let spec = CommandSpec(
    name: "clear",
    abstract: "Empty the itinerary (asks first on a terminal; otherwise needs --yes).",
    options: [
      OptionSpec(name: "yes", help: "Do not ask."),
      OptionSpec(name: "force", help: "Also replace an itinerary file that cannot be read as one."),
      ItineraryCommand.file,
    ],
    examples: ["confsched itinerary clear --yes"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let store = try ItineraryCommand.store(arguments)
    let force = arguments.flag("force")
    let count = force ? nil : try ItineraryCommand.load(store).count
    if !arguments.flag("yes") {
      guard Terminal.isStdinTTY else {
        throw CLIError.usage(
          "Refusing to clear the itinerary without --yes when standard input is not a terminal.",
          arguments.command)
      }
      Output.error(
        "Clear \(count.map { "\($0) entries from " } ?? "")\(store.path)? [y/N] ", newline: false)
      guard let answer = readLine(), answer.lowercased().hasPrefix("y") else {
        Output.error("Nothing cleared.")
        return .noMatch
      }
    }
    let previous: Itinerary?
    do throws(ItineraryStoreError) {
      previous = try store.clear(force: force, waiting: ItineraryCommand.waitingNotice(store))
    } catch {
      throw ItineraryCommand.failure(error)
    }
    try Output.send("cleared \(previous.map { "\($0.count) entries from " } ?? "")\(store.path)\n")
    return .success
  }
}
