import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `confsched plan --interests WORDS`: a day (or the conference) of talks and posters chosen
/// for the interests, without clashes, around what the itinerary already holds.
enum PlanCommand: Command {
  static let spec = CommandSpec(
    name: "plan",
    abstract: "Propose a day of talks and posters around your interests, without clashes.",
    discussion: RecommendOptions.method + """
       Events are taken best first; one that clashes with a pick or with the itinerary is \
      replaced by another slot of the same paper when one fits, else left out. Posters of one \
      session are walked in board order, and the free time between picks is shown. --add puts \
      the plan on the itinerary as one change; 'confsched itinerary remove' with the ids it \
      prints takes it back.
      """,
    options: [
      OptionSpec(
        name: "interests", valueName: "words|file",
        help: "What you care about: words ('diffusion guidance'), or a reading list or notes file."
      ),
      RecommendOptions.day,
      OptionSpec(
        name: "kinds", valueName: "kinds",
        help:
          "Only these kinds, comma-separated: oral,spotlight,poster (default: talks, posters, demos, workshops).",
        isRepeatable: true),
      OptionSpec(
        name: "limit", valueName: "n",
        help: "At most this many picks (default: 12 a day)."),
      OptionSpec(name: "add", help: "Put the plan on the itinerary."),
      OptionSpec(name: "json", help: "Print a JSON object."), MomentOptions.local,
      ItineraryCommand.file,
    ] + DataLoader.options,
    examples: [
      "confsched plan --interests \"diffusion guidance\" --day tue",
      "confsched plan --interests reading-list.md --kinds oral,spotlight --add",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    guard let interestsText = arguments.value("interests"), !interestsText.isEmpty else {
      throw CLIError.usage(
        "Say what you care about: --interests \"words\" or --interests FILE.", arguments.command)
    }
    let interests = try readInterests(interestsText)
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    let day = try RecommendOptions.day(arguments, schedule: schedule)
    let kinds = try self.kinds(arguments, schedule: schedule)
    let days = day.map { _ in 1 } ?? Set(schedule.events.compactMap(\.date)).count
    let limit: Int
    if arguments.value("limit") != nil {
      limit = try RecommendOptions.limit(arguments)
    } else {
      limit = 12 * Swift.max(days, 1)
    }
    let store = try ItineraryCommand.store(arguments)
    let itinerary = try ItineraryCommand.load(store)
    let planned = ItineraryCommand.withEnds(
      ItineraryCommand.resolve(itinerary, schedule).filter { !$0.isMissing }.map(\.event), schedule)
    let vectors = TermVectors(
      schedule.events, index: data.prebuiltIndex ?? SearchIndex(schedule.events))
    let query = vectors.vector(for: interests)
    guard !query.isEmpty else {
      Output.error(
        "confsched: none of the words of the interests is in the loaded data; try other words")
      return .noMatch
    }
    let plan = DayPlan(
      interests: query, schedule: schedule, vectors: vectors, day: day, kinds: kinds,
      planned: planned, limit: limit)
    if plan.picks.isEmpty {
      Output.error(
        "confsched: no event\(day.map { " on \($0)" } ?? "") matches the interests and fits the itinerary"
      )
      return .noMatch
    }
    if arguments.flag("json") {
      try Output.send(json(plan).serialized() + "\n")
    } else {
      let view = PlanView(
        width: OutputOptions.width(arguments), style: OutputOptions.style(arguments))
      let local = MomentOptions.localZone(arguments)
      try Output.send(
        view.render(plan, planned: planned, shifting: { local?.shifting($0) ?? $0 }))
    }
    if arguments.flag("add") {
      let events = plan.picks.map(\.event)
      let addedAt = ItineraryCommand.now()
      let added = try ItineraryCommand.update(store) { itinerary in
        events.filter { itinerary.add($0, addedAt: addedAt).inserted }
      }
      Output.error(
        "confsched: added \(added.count) event\(added.count == 1 ? "" : "s") to \(store.path)"
          + (added.isEmpty
            ? ""
            : "; undo with: confsched itinerary remove "
              + added.map(\.id.rawValue).joined(separator: " ")))
    }
    return data.skipStatus ?? .success
  }

  /// The interests' text: when the value names a readable file, what it mentions (the titles a
  /// reading list or notes give, read as `match` reads them, so a heading such as "My list"
  /// is not an interest), or its whole text if it mentions nothing; else the words.
  static func readInterests(_ text: String) throws(CLIError) -> String {
    var status = stat()
    guard stat(PathBytes.cString(text), &status) == 0 else { return text }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw CLIError.failure("\(text): not a regular file", .noInput)
    }
    do throws(LoadError) {
      let source = try DumpFile.load(text).0
      let mentions = ReadingListReader.read(source, options: ReadOptions()).mentions
      return mentions.isEmpty ? source.text : mentions.map(\.text).joined(separator: "\n")
    } catch {
      throw CLIError.failure("\(error)", DataLoader.exitCode(for: error))
    }
  }

  /// `--kinds oral,poster` as the kinds of the loaded data it names; nil when not given.
  static func kinds(_ arguments: ParsedArguments, schedule: Schedule) throws(CLIError)
    -> Set<EventKind>?
  {
    let names = arguments.allValues("kinds").flatMap { $0.split(separator: ",") }
      .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    guard !names.isEmpty else { return nil }
    let loaded = Set(schedule.events.map(\.kind))
    var kinds: Set<EventKind> = []
    for name in names {
      let matching = loaded.filter { EventFilter.kind($0, matches: name) }
      guard !matching.isEmpty else {
        let known = loaded.map(\.rawValue).sorted().joined(separator: ", ")
        throw CLIError.usage(
          "No loaded event is of kind '\(name)'. Kinds: \(known).", arguments.command)
      }
      kinds.formUnion(matching)
    }
    return kinds
  }

  static func json(_ plan: DayPlan) -> JSONValue {
    .object([
      (
        "picks",
        .array(
          plan.picks.map {
            RecommendOptions.json(
              $0.event, score: $0.score, words: $0.reasons, wordsKey: "matches", otherSlots: [])
          })
      ),
      (
        "freeTime",
        .array(
          plan.freeTime.map {
            .object([
              ("date", .string($0.date.description)), ("start", .string($0.start.description)),
              ("end", .string($0.end.description)),
            ])
          })
      ),
    ])
  }
}

extension String {
  /// The text without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
