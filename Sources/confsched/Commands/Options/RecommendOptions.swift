import ConfSchedKit

/// What `similar`, `recommend` and `plan` share: the method said once for the help, the
/// vectors of the loaded schedule, one day out of `--day`, and the short lines under a card.
enum RecommendOptions {
  /// The method, for every command's help.
  static let method = """
    Likeness is the cosine of tf-idf vectors over each event's title, abstract, authors, \
    session and track, built from the loaded data only (no downloads, no model files).
    """

  static let limit = OptionSpec(
    name: "limit", valueName: "n", help: "Show at most this many (default: 10).")

  static let day = OptionSpec(
    name: "day", valueName: "day",
    help:
      "Only this day: 2018-12-04, tue, 'Dec 4' (one day; a weekday two editions share needs --year)."
  )

  /// `--limit`, 10 when not given; 0 is refused (there is no "all" of a ranking).
  static func limit(_ arguments: ParsedArguments) throws(CLIError) -> Int {
    guard let text = arguments.value("limit") else { return 10 }
    guard let value = Int(text), value > 0, value <= 100_000 else {
      throw CLIError.usage("--limit takes a positive number, not '\(text)'.", arguments.command)
    }
    return value
  }

  /// The one loaded day `--day` names, nil when not given. A day no event is on is nothing to
  /// show (exit 1); a weekday that names several loaded days asks for the one meant.
  static func day(_ arguments: ParsedArguments, schedule: Schedule) throws(CLIError)
    -> CalendarDate?
  {
    guard let text = arguments.value("day") else { return nil }
    let spec = try MomentOptions.daySpec(text, arguments)
    let dates = Set(schedule.events.compactMap(\.date)).filter(spec.matches).sorted()
    guard let first = dates.first else {
      throw CLIError.failure("no loaded event is on '\(text)'", .noMatch)
    }
    if dates.count > 1 {
      throw CLIError.usage(
        "'\(text)' is \(dates.map(\.description).joined(separator: ", ")) in the loaded data; "
          + "give the date, or --year.", arguments.command)
    }
    return first
  }

  /// `also: 3qv8ra Poster Tue Dec 4 17:00-19:00 Room 210 & 230 AB board 42`.
  static func slotLine(_ event: Event) -> String {
    var parts = [event.id.rawValue, event.kind.rawValue]
    if let date = event.date { parts.append(date.shortDescription) }
    if !event.timeRange.isEmpty { parts.append(event.timeRange) }
    if let room = event.room { parts.append(room) }
    if let board = event.board { parts.append("board " + board) }
    return parts.joined(separator: " ")
  }

  /// The JSON of a ranked event: the event, its score, the words, its other slots' ids.
  static func json(
    _ event: Event, score: Double, words: [String], wordsKey: String, otherSlots: [Event],
    extra: [(String, JSONValue)] = []
  ) -> JSONValue {
    .object(
      [
        ("score", .double((score * 1000).rounded() / 1000)),
        (wordsKey, .array(words.map { .string($0) })),
        ("otherSlots", .array(otherSlots.map { .string($0.id.rawValue) })),
      ] + extra + [("event", event.json)])
  }
}
