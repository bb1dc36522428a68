import ConfSchedKit

enum SearchCommand: Command {
  static let spec = CommandSpec(
    name: "search",
    abstract: "Search papers and talks, best matches first.",
    discussion: """
      Every word must match the title, an author, the session or track, the abstract or the \
      notes; results are ranked by BM25 with the title counting most, then authors, session, \
      abstract and notes, and words found next to each other in your order (or making up the \
      title) rank higher. A paper's slots (its spotlight and its poster) are one result. A match \
      only in the abstract or notes shows the words around it.

      Case and accents are ignored (gaetan finds Gaëtan), and so are the forms of a word: \
      British and American spellings, plurals and endings (optimisation finds optimization, \
      GAN finds GANs) and compounds (metalearning finds meta-learning). Acronyms find what \
      they stand for: the common ones (RL, GAN, VAE, NTK, ...) in any case, those the data \
      defines ("neural tangent kernel (NTK)") when typed in capitals. Common words (the, of, \
      to) are skipped. A word matches the words it begins (optim finds optimization), and a \
      word of five letters or more forgives one typo (hadjers finds Hadjeres); in a long \
      query (a pasted abstract) only its first 16 distinct words do both.

      Quote a phrase to match it as a phrase; -word (or -"a phrase") leaves out what matches \
      it; a OR b matches either.
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
      "confsched search \"bayesian optimisation\" -neural",
      "confsched search 'bandits OR \"active learning\"'",
      "confsched search --author \"J. Kolter\"",
    ],
    takesDashedWords: true)

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    // `-"style transfer"` reaches us as `-style transfer`: a phrase to leave out.
    let queryText = arguments.positionals.map { word in
      word.hasPrefix("-") && word.contains(" ") && !word.contains("\"")
        ? "-\"" + word.dropFirst() + "\"" : word
    }.joined(separator: " ")
    let query = SearchQuery(queryText)
    // Without words, the filters alone choose (in time order), as the usage's [<query>] says.
    let filtered = ["author", "kind", "day", "room", "session"].contains {
      arguments.value($0) != nil
    }
    if query.isEmpty && !filtered {
      throw CLIError.usage(
        queryText.isEmpty
          ? "Give words to search for, or a filter (--kind, --day, --room, --session, --author)."
          : "The query '\(queryText)' has no words to search for (common words such as 'the' and 'of' are skipped, and -word only leaves out).",
        arguments.command)
    }
    let format = try OutputOptions.format(arguments)
    // The table shows the best 20; a machine format holds every result unless told otherwise.
    let limit = try OutputOptions.limit(arguments) ?? (format == .table ? 20 : 0)
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    let filter = try FilterOptions.filter(arguments, schedule: schedule)

    var papers: [[Event]]
    var result: SearchResult?
    if query.isEmpty {
      papers = schedule.events(where: filter.matches, summary: filter)
        .inTimeOrder().map { [$0] }
    } else {
      let index = data.prebuiltIndex ?? SearchIndex(schedule.events)
      let found = index.search(query)
      papers = found.papers(in: schedule, keeping: filter.matches)
      result = found
    }
    let total = papers.count
    if limit > 0 && papers.count > limit { papers = Array(papers.prefix(limit)) }
    // Machine formats list every slot of the papers shown; the cards show a paper once.
    let events = papers.flatMap { $0 }

    // Matches in the user's own notes (reading lists, notes under events), for people.
    let allNotes =
      format == .table && filter.isEmpty
      ? NoteSearch.hits(query, in: schedule, mentions: data.mentions) : []
    let notes = limit > 0 ? Array(allNotes.prefix(limit)) : allNotes
    if let output = try OutputOptions.render(
      events, format: format, schedule: schedule, arguments: arguments)
    {
      try OutputOptions.deliver(output, arguments)
    } else if !events.isEmpty || !notes.isEmpty {
      let style = OutputOptions.style(arguments)
      let marked = Set(ItineraryCommand.plannedEvents(arguments, schedule: schedule).map(\.id))
      let local = MomentOptions.localZone(arguments)
      var list = SearchResultList(
        width: OutputOptions.width(arguments), style: style,
        highlighter: Highlighter(words: result?.matchedWords ?? [], style: style), marked: marked,
        zoneLabel: local?.label)
      if let result { addPapers(papers, result, schedule, to: &list) }
      let shown = papers.map(\.[0])
      var text = list.render(local.map { zone in shown.map(zone.shifting) } ?? shown)
      if !notes.isEmpty {
        text += (text.isEmpty ? "" : "\n") + style.bold("In your notes") + "\n"
        let highlighter = Highlighter(words: Set(query.terms.flatMap(\.words)), style: style)
        for hit in notes {
          let location = DisplayText.printable("\(hit.source.file):\(hit.source.line)")
          let room = list.width.map { max($0 - DisplayText.width(location) - 4, 20) }
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
    if total > papers.count {
      Output.error("confsched: showing \(papers.count) of \(total) matches; --limit 0 shows all")
    }
    return data.skipStatus ?? .success
  }

  /// Gives the cards the papers' other slots, and the words around the match of those that
  /// matched only in their abstract or notes.
  static func addPapers(
    _ papers: [[Event]], _ result: SearchResult, _ schedule: Schedule,
    to list: inout SearchResultList
  ) {
    var fields: [EventID: SearchIndex.FieldSet] = [:]
    for hit in result.hits { fields[schedule.event(at: hit.eventIndex).id] = hit.matchedFields }
    // About two lines of the card on a terminal; off it, as much as two lines of 80 columns.
    let width = min(2 * ((list.width ?? 80) - 10), 200)
    for slots in papers {
      let event = slots[0]
      if slots.count > 1 { list.otherSlots[event.id] = Array(slots.dropFirst()) }
      let matched = slots.reduce(into: SearchIndex.FieldSet()) { $0.formUnion(fields[$1.id] ?? []) }
      guard !matched.contains(.title), !matched.contains(.authors) else { continue }
      let text = matched.contains(.abstract) ? event.abstract : event.notes
      if let text, let snippet = Snippet.around(text, matching: result.matchedWords, width: width) {
        list.snippets[event.id] = snippet
      }
    }
  }
}
