import ConfSchedKit

/// `confsched recommend`: the unseen events most like the itinerary.
enum RecommendCommand: Command {
  static let spec = CommandSpec(
    name: "recommend",
    abstract: "Recommend events like those on your itinerary, saying whether each fits.",
    discussion: RecommendOptions.method + """
       The itinerary's events make one profile; what is already on it (or another slot of a \
      paper on it) is never recommended. Each recommendation says whether it fits the \
      itinerary's free time on its day, or which other slot of the paper does.
      """,
    options: [
      RecommendOptions.day, RecommendOptions.limit,
      OptionSpec(name: "json", help: "Print a JSON array."), MomentOptions.local,
      ItineraryCommand.file,
    ] + DataLoader.options,
    examples: ["confsched recommend", "confsched recommend --day wed --limit 5"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let limit = try RecommendOptions.limit(arguments)
    let store = try ItineraryCommand.store(arguments)
    let itinerary = try ItineraryCommand.load(store)
    if itinerary.isEmpty {
      Output.error(
        "confsched: the itinerary is empty, so there is nothing to recommend from; "
          + "add events with 'confsched itinerary add ID', or try 'confsched plan --interests WORDS'"
      )
      return .noMatch
    }
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    let day = try RecommendOptions.day(arguments, schedule: schedule)
    let planned = ItineraryCommand.withEnds(
      ItineraryCommand.resolve(itinerary, schedule).filter { !$0.isMissing }.map(\.event), schedule)
    guard !planned.isEmpty else {
      Output.error("confsched: no event of the itinerary is in the loaded data")
      return .noMatch
    }
    let vectors = TermVectors(
      schedule.events, index: data.prebuiltIndex ?? SearchIndex(schedule.events))
    let recommended = Recommendations(
      for: planned, in: schedule, vectors: vectors, day: day, limit: limit)
    if arguments.flag("json") {
      let items = recommended.items.map { item in
        RecommendOptions.json(
          item.match.event, score: item.match.score, words: item.match.sharedWords,
          wordsKey: "sharedWords", otherSlots: item.match.otherSlots,
          extra: [("fit", fitJSON(item.fit))])
      }
      try Output.send(JSONValue.array(items).serialized() + "\n")
    } else if !recommended.items.isEmpty {
      try Output.send(render(recommended, arguments))
    }
    if recommended.items.isEmpty {
      Output.error(
        "confsched: nothing unseen is like the itinerary\(day.map { " on \($0)" } ?? "")")
      return .noMatch
    }
    return data.skipStatus ?? .success
  }

  /// `{"fits": true}`, `{"fits": false, "otherSlot": "id"}` or `{"fits": false, "clashesWith": [...]}`.
  static func fitJSON(_ fit: Recommendations.Fit) -> JSONValue {
    switch fit {
    case .fits: return .object([("fits", .bool(true))])
    case .otherSlotFits(let slot):
      return .object([("fits", .bool(false)), ("otherSlot", .string(slot.id.rawValue))])
    case .clashes(let events):
      return .object([
        ("fits", .bool(false)), ("clashesWith", .array(events.map { .string($0.id.rawValue) })),
      ])
    }
  }

  /// The recommendations as cards, each with its words and whether it fits.
  static func render(_ recommended: Recommendations, _ arguments: ParsedArguments) -> String {
    let local = MomentOptions.localZone(arguments)
    let shift = { (event: Event) in local?.shifting(event) ?? event }
    var notes: [EventID: [String]] = [:]
    for item in recommended.items {
      var lines = ["like your itinerary in: " + item.match.sharedWords.joined(separator: ", ")]
      switch item.fit {
      case .fits: lines.append("fits your free time")
      case .otherSlotFits(let slot):
        lines.append("clashes; its other slot fits: " + RecommendOptions.slotLine(shift(slot)))
      case .clashes(let events):
        lines.append("clashes with " + events.map(\.id.rawValue).joined(separator: ", "))
      }
      notes[item.match.event.id] = lines
    }
    let list = SearchResultList(
      width: OutputOptions.width(arguments), style: OutputOptions.style(arguments),
      zoneLabel: local?.label, notes: notes)
    return list.render(recommended.items.map { shift($0.match.event) })
  }
}
