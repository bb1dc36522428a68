import ConfSchedKit

/// The filter options listings share, and how they become an `EventFilter`.
enum FilterOptions {
  static let day = OptionSpec(
    name: "day", valueName: "day",
    help: "Only this day: 2018-12-04, today, tomorrow, tue, 'Dec 4' or 'Dec 10 2019' (repeatable).",
    isRepeatable: true)
  static let kind = OptionSpec(
    name: "kind", valueName: "kind",
    help: "Only this kind: oral, spotlight, poster, demo, break, 'invited talk'... (repeatable).",
    isRepeatable: true)
  static let room = OptionSpec(
    name: "room", valueName: "room",
    help: "Only rooms whose name has these words: '220 cd' (repeatable).", isRepeatable: true)
  static let author = OptionSpec(
    name: "author", valueName: "name",
    help: "Only events with an author of this name: 'kolter', 'J. Kolter', 'gaetan'.")
  static let session = OptionSpec(
    name: "session", valueName: "session",
    help: "Only posters of a session whose name has these words: 'generative models' (repeatable).",
    isRepeatable: true)
  static let from = OptionSpec(
    name: "from", valueName: "time",
    help: "Only events still running at or after this time: 15:30, 3pm, 3:30pm.")
  static let to = OptionSpec(
    name: "to", valueName: "time", help: "Only events starting before this time: 17:00, 5pm.")

  static func filter(_ arguments: ParsedArguments, schedule: Schedule) throws(CLIError)
    -> EventFilter
  {
    var filter = EventFilter()
    for text in arguments.allValues("day") {
      filter.days.append(try MomentOptions.daySpec(text, arguments))
    }
    filter.kinds = arguments.allValues("kind")
    let loadedKinds = filter.kinds.isEmpty ? [] : schedule.kinds
    for kind in filter.kinds
    where !loadedKinds.contains(where: { EventFilter.kind($0, matches: kind) }) {
      let kinds = Set(loadedKinds.map(\.rawValue)).sorted()
      let known = kinds.joined(separator: ", ")
      // A near miss (`postr`) is a typo: a usage error with a suggestion. A kind that exists
      // but not in these dumps (`workshop` in 2018) is simply nothing to show.
      let hint = ArgumentParser.suggestion(
        for: kind.lowercased(), among: kinds.map { $0.lowercased() }, quote: "'")
      if !hint.isEmpty {
        throw CLIError.usage(
          "No loaded event is of kind '\(kind)'.\(hint) Kinds: \(known).", arguments.command)
      }
      throw CLIError.failure("no loaded event is of kind '\(kind)'; kinds: \(known)", .noMatch)
    }
    filter.rooms = try rooms(arguments, schedule: schedule)
    filter.sessions = arguments.allValues("session")
    filter.author = arguments.value("author")
    for name in ["from", "to"] {
      guard let text = arguments.value(name) else { continue }
      guard let time = LocalTime(spoken: text) else {
        throw CLIError.usage(
          "Cannot read the time '\(text)'; use, for example, 14:30, 2pm or 2:30pm.",
          arguments.command)
      }
      if name == "from" { filter.from = time } else { filter.to = time }
    }
    if let from = filter.from, let to = filter.to, to <= from {
      throw CLIError.usage(
        "--to \(to) is not after --from \(from); the window would hold nothing.", arguments.command)
    }
    return filter
  }

  /// The `--room` values, each checked against the loaded rooms: a near miss (`220cd`,
  /// `Room 220 DC`) is a typo, a usage error with the room meant.
  static func rooms(_ arguments: ParsedArguments, schedule: Schedule) throws(CLIError)
    -> [String]
  {
    let texts = arguments.allValues("room")
    let rooms = texts.isEmpty ? [] : schedule.rooms
    for text in texts where !rooms.contains(where: { EventFilter.room($0, matches: text) }) {
      if let room = Suggestions.room(text, among: rooms) {
        throw CLIError.usage(
          "No loaded event is in a room '\(text)'. Did you mean '\(room)'?", arguments.command)
      }
    }
    return texts
  }
}
