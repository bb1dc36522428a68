import ConfSchedKit

/// `confsched similar ID`: the papers and talks most like one event.
enum SimilarCommand: Command {
  static let spec = CommandSpec(
    name: "similar",
    abstract: "Show the papers and talks most like an event.",
    discussion: RecommendOptions.method + """
       The event's own other slots (an oral's poster) are the same paper: they are listed as \
      its slots, not as similar. Each result says the words it shares with the event.
      """,
    arguments: [ArgumentSpec(name: "id", help: "An event id, as search and list print it.")],
    options: [
      RecommendOptions.limit, OptionSpec(name: "json", help: "Print a JSON object."),
      MomentOptions.local, ItineraryCommand.file,
    ] + DataLoader.options,
    examples: ["confsched similar 54azkd", "confsched similar 54azkd --limit 5 --json"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let limit = try RecommendOptions.limit(arguments)
    guard let text = arguments.positionals.first else {
      throw CLIError.usage("Give the id of an event.", arguments.command)
    }
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    guard let event = schedule.event(matching: text) else {
      let hint = Suggestions.id(text, among: schedule.events.map(\.id.rawValue))
      Output.error("confsched: no event has the id '\(text)'\(hint)")
      return .noMatch
    }
    let vectors = TermVectors(
      schedule.events, index: data.prebuiltIndex ?? SearchIndex(schedule.events))
    let similar = SimilarEvents(to: event, in: schedule, vectors: vectors, limit: limit)
    if arguments.flag("json") {
      let object = JSONValue.object([
        ("event", event.json),
        ("ownSlots", .array(similar.ownSlots.map(\.json))),
        (
          "similar",
          .array(
            similar.matches.map {
              RecommendOptions.json(
                $0.event, score: $0.score, words: $0.sharedWords, wordsKey: "sharedWords",
                otherSlots: $0.otherSlots)
            })
        ),
      ])
      try Output.send(object.serialized() + "\n")
    } else {
      try Output.send(render(event, similar, arguments, schedule))
    }
    if similar.matches.isEmpty {
      Output.error("confsched: no other event shares words with \(event.id)")
      return .noMatch
    }
    return data.skipStatus ?? .success
  }

  /// The event's card with its slots, then the similar ones, each with the words it shares.
  static func render(
    _ event: Event, _ similar: SimilarEvents, _ arguments: ParsedArguments, _ schedule: Schedule
  ) -> String {
    let style = OutputOptions.style(arguments)
    let local = MomentOptions.localZone(arguments)
    let shift = { (event: Event) in local?.shifting(event) ?? event }
    var notes: [EventID: [String]] = [:]
    notes[event.id] = similar.ownSlots.map { "its slot: " + RecommendOptions.slotLine(shift($0)) }
    for match in similar.matches {
      notes[match.event.id] =
        ["shares: " + match.sharedWords.joined(separator: ", ")]
        + match.otherSlots.map { "also: " + RecommendOptions.slotLine(shift($0)) }
    }
    let marked = Set(ItineraryCommand.plannedEvents(arguments, schedule: schedule).map(\.id))
    let list = SearchResultList(
      width: OutputOptions.width(arguments), style: style, marked: marked,
      zoneLabel: local?.label, notes: notes)
    var text = list.render([shift(event)])
    if !similar.matches.isEmpty {
      text += "\n" + style.bold("Most like it") + "\n\n"
      text += list.render(similar.matches.map { shift($0.event) })
    }
    return text
  }
}
