import ConfSchedKit

enum MatchCommand: Command {
  static let spec = CommandSpec(
    name: "match",
    abstract: "Find the papers a reading list mentions; add them.",
    discussion: """
      Reads a reading list (a blog post, notes: prose and bullets that name papers), finds each \
      mention among the loaded events (forgiving case, accents and typos, but refusing when \
      unsure) and says matched, ambiguous (two candidates within a small margin: both shown, \
      neither added) or not found. Besides a title, a mention may be the name a title gives its \
      work (TAPE, PHYRE), a title's part before its colon (Bayesian Layers), a title with \
      acronyms (Practical DL with Bayes), a title after a label (The NTK paper by Arora: ...), \
      or an author and words of the title (Duvenaud graph autoregressive network); a topic \
      (GAN, Neural Networks) is refused. --json says why for each verdict. Without FILE, \
      matches the bundled reading lists. With --add, the matched papers (their poster slot \
      when they have one) go on the itinerary and its conflicts follow.
      """,
    arguments: [
      ArgumentSpec(
        name: "file", help: "Reading lists to match.", isOptional: true, isVariadic: true,
        isFile: true)
    ],
    options: [
      OptionSpec(
        name: "min-score", valueName: "score",
        help: "The similarity a match needs, from 0 to 1.", defaultValue: "0.82"),
      OptionSpec(
        name: "add", help: "Add the matched papers to the itinerary, then show its conflicts."),
      OptionSpec(
        name: "json", help: "Print the mentions and verdicts as JSON, each with its rule and why."),
      ItineraryCommand.file,
    ] + DataLoader.options,
    examples: [
      "confsched match Data/neurips-2019-blog-reading-list.md",
      "confsched match my-reading-list.md --add",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    var minScore = Matcher.defaultMinScore
    if let text = arguments.value("min-score") {
      guard let value = Double(text), (0...1).contains(value) else {
        throw CLIError.usage("'\(text)' is not a score from 0 to 1.", arguments.command)
      }
      minScore = value
    }
    let data = try DataLoader.load(arguments)
    var status = data.skipStatus ?? .success
    var mentions: [Mention] = []
    if arguments.positionals.isEmpty {
      mentions = data.mentions
    }
    for path in arguments.positionals {
      do throws(LoadError) {
        let (source, _) = try DumpFile.load(path)
        let list = ReadingListReader.read(source, options: ReadOptions())
        if list.mentions.isEmpty {
          Output.error("confsched: \(path): no paper or talk mentioned")
        }
        mentions += list.mentions
      } catch {
        Output.error("confsched: \(error)")
        status = DataLoader.exitCode(for: error)
      }
    }
    guard !mentions.isEmpty else {
      if status == .success { Output.error("confsched: no mentions to match") }
      return status == .success ? .noMatch : status
    }
    let matcher = Matcher(data.schedule, minScore: minScore)
    let results = mentions.map { ($0, matcher.match($0)) }
    if arguments.flag("json") {
      try Output.send(
        JSONValue.array(results.map { json($0, minScore: minScore) }).serialized() + "\n")
    } else {
      let report = MatchReport(
        width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
      try Pager.show(report.render(results), allowed: !arguments.flag("add"))
    }
    let matched = results.compactMap { $0.1.match?.event }
    if arguments.flag("add"), !matched.isEmpty {
      try add(matched, arguments, data.schedule)
    }
    if matched.isEmpty && status == .success { return .noMatch }
    return status
  }

  /// Adds the matched papers and shows the itinerary's conflicts.
  static func add(_ events: [Event], _ arguments: ParsedArguments, _ schedule: Schedule)
    throws(CLIError)
  {
    let store = try ItineraryCommand.store(arguments)
    _ = try ItineraryCommand.load(store)
    let addedAt = ItineraryCommand.now()
    let inserted = try ItineraryCommand.update(store) { itinerary in
      events.filter { itinerary.add($0, addedAt: addedAt).inserted }.count
    }
    Output.error(
      "confsched: added \(inserted) event\(inserted == 1 ? "" : "s") to \(store.path) (\(events.count - inserted) already there)"
    )
    let itinerary = try ItineraryCommand.load(store)
    let resolved = itinerary.resolve(against: schedule)
    let events = ItineraryCommand.withEnds(resolved.map(\.event), schedule)
    let conflicts = Conflicts(events, in: schedule)
    let walkIns = Conflicts.walkIns(events)
    let report = ConflictReport(
      width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
    try Output.send("\n" + report.render(conflicts, walkIns: walkIns))
  }

  static func json(_ result: (Mention, MatchVerdict), minScore: Double) -> JSONValue {
    let (mention, verdict) = result
    func candidate(_ candidate: MatchCandidate) -> JSONValue {
      .object([
        ("id", .string(candidate.event.id.rawValue)), ("title", .string(candidate.event.title)),
        ("score", .double((candidate.score * 1000).rounded() / 1000)),
        ("slots", .array(candidate.slots.map { .string($0.id.rawValue) })),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("mention", .string(mention.text)),
      (
        "source",
        .object([("file", .string(mention.source.file)), ("line", .int(mention.source.line))])
      ),
      ("link", .optional(mention.link)),
    ]
    switch verdict {
    case .matched(let match):
      members += [
        ("verdict", .string("matched")), ("match", candidate(match)), ("candidates", .array([])),
        ("rule", .string(match.reason.rule)),
      ]
    case .ambiguous(let candidates):
      members += [
        ("verdict", .string("ambiguous")), ("match", .null),
        ("candidates", .array(candidates.map(candidate))), ("rule", .null),
      ]
    case .notFound(let best):
      members += [
        ("verdict", .string("not found")), ("match", .null),
        ("candidates", .array(best.map { [candidate($0)] } ?? [])), ("rule", .null),
      ]
    }
    members.append(("explanation", .string(MatchReport.explanation(verdict, minScore: minScore))))
    return .object(members)
  }
}
