import ConfSchedKit

enum SearchCommand: Command {
  static let spec = CommandSpec(
    name: "search",
    abstract: "Search papers and talks, best matches first.",
    discussion: """
      Every word must match the title, an author, or the abstract; title matches rank first, \
      then authors, then abstracts. Case and accents are ignored (gaetan finds Gaëtan), a word \
      matches the words it begins (optim finds optimization), and a word of five letters or \
      more forgives one typo (hadjers finds Hadjeres). Quote a phrase to match it as a phrase.
      """,
    arguments: [
      ArgumentSpec(
        name: "query", help: "The words to look for.", isOptional: true, isVariadic: true)
    ],
    options: [
      FilterOptions.author, FilterOptions.kind, FilterOptions.day, FilterOptions.room,
      FilterOptions.session,
      OptionSpec(
        name: "limit", valueName: "n",
        help:
          "Show at most this many results; 0 shows all (default: 20 in the table, all in json, csv, tsv, md and ics)."
      ),
      MomentOptions.local, ItineraryCommand.file,
    ] + OutputOptions.all + DataLoader.options,
    examples: [
      "confsched search \"neural tangent\"",
      "confsched search gan --kind poster --day tue",
      "confsched search --author \"J. Kolter\"",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let queryText = arguments.positionals.joined(separator: " ")
    let query = SearchQuery(queryText)
    // Without words, the filters alone choose (in time order), as the usage's [<query>] says.
    let filtered = ["author", "kind", "day", "room", "session"].contains {
      arguments.value($0) != nil
    }
    if query.isEmpty && !filtered {
      throw CLIError.usage(
        queryText.isEmpty
          ? "Give words to search for, or a filter (--kind, --day, --room, --session, --author)."
          : "The query '\(queryText)' has no words to search for.", arguments.command)
    }
    let format = try OutputOptions.format(arguments)
    // The table shows the best 20; a machine format holds every result unless told otherwise.
    let limit = try OutputOptions.limit(arguments) ?? (format == .table ? 20 : 0)
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    let filter = try FilterOptions.filter(arguments, schedule: schedule)

    var events: [Event]
    var matchedWords: Set<String> = []
    if query.isEmpty {
      events = schedule.events.filter(filter.matches)
        .sorted { $0.chronologicalKey < $1.chronologicalKey }
    } else {
      let index = data.prebuiltIndex ?? SearchIndex(schedule.events)
      let result = index.search(query)
      matchedWords = result.matchedWords
      events = result.hits.map { schedule.events[$0.eventIndex] }.filter(filter.matches)
    }
    let total = events.count
    if limit > 0 && events.count > limit { events = Array(events.prefix(limit)) }

    // Matches in the user's own notes (reading lists, notes under events), for people.
    let allNotes =
      format == .table && filter.isEmpty
      ? NoteSearch.hits(query, in: schedule, mentions: data.mentions) : []
    let notes = limit > 0 ? Array(allNotes.prefix(limit)) : allNotes
    if let text = try OutputOptions.render(
      events, format: format, schedule: schedule, arguments: arguments)
    {
      try OutputOptions.deliver(text, arguments)
    } else if !events.isEmpty || !notes.isEmpty {
      let style = OutputOptions.style(arguments)
      let width = OutputOptions.width(arguments)
      let marked = Set(ItineraryCommand.plannedEvents(arguments, schedule: schedule).map(\.id))
      let local = MomentOptions.localZone(arguments)
      let list = SearchResultList(
        width: width, style: style,
        highlighter: Highlighter(words: matchedWords, style: style), marked: marked,
        zoneLabel: local?.label)
      var text = list.render(local.map { zone in events.map(zone.shifting) } ?? events)
      if !notes.isEmpty {
        text += (text.isEmpty ? "" : "\n") + style.bold("In your notes") + "\n"
        let highlighter = Highlighter(words: Set(query.terms.flatMap(\.words)), style: style)
        for hit in notes {
          let location = DisplayText.printable("\(hit.source.file):\(hit.source.line)")
          let room = width.map { max($0 - DisplayText.width(location) - 4, 20) }
          let line = DisplayText.fitted(DisplayText.printable(hit.text), to: room)
          text += "  " + style.dim(location) + "  " + highlighter.apply(line) + "\n"
        }
        if allNotes.count > notes.count {
          text += style.dim("  … \(allNotes.count - notes.count) more; --limit 0 shows all") + "\n"
        }
      }
      try OutputOptions.deliver(text, arguments, human: true)
    }
    if total == 0 && notes.isEmpty {
      let what = queryText.isEmpty ? "the filters" : "\"\(queryText)\""
      Output.error("confsched: no events match \(what)")
      return .noMatch
    }
    if total > events.count {
      Output.error("confsched: showing \(events.count) of \(total) matches; --limit 0 shows all")
    }
    return data.skipStatus ?? .success
  }
}
