import ConfSchedKit

enum SourcesCommand: Command {
  static let spec = CommandSpec(
    name: "sources",
    abstract: "List the loaded dumps: family, days, events.",
    options: [OptionSpec(name: "json", help: "Print a JSON array with one object per dump.")]
      + DataLoader.options,
    examples: ["confsched sources", "confsched sources --data my-notes.md --data day2.txt"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let data = try DataLoader.load(arguments)
    let sources = data.schedule.sources
    if arguments.flag("json") {
      // Each conference's first and last day among the loaded events.
      var spans: [String: (first: CalendarDate, last: CalendarDate)] = [:]
      for event in data.schedule.events {
        guard let id = event.conference?.id, let date = event.date else { continue }
        let span = spans[id]
        spans[id] = (Swift.min(span?.first ?? date, date), Swift.max(span?.last ?? date, date))
      }
      let objects = sources.map { source -> JSONValue in
        .object([
          ("file", .string(source.file)),
          ("family", .optional(source.family?.rawValue)),
          (
            "conferences",
            .array(
              source.conferences.map { conference in
                .object([
                  ("id", .string(conference.id)), ("title", .string(conference.name)),
                  ("timeZone", .optional(conference.zone?.identifier)),
                  ("firstDay", .optional(spans[conference.id]?.first.description)),
                  ("lastDay", .optional(spans[conference.id]?.last.description)),
                ])
              })
          ),
          (
            "timeZones",
            .array(source.conferences.compactMap { $0.zone.map { .string($0.identifier) } })
          ),
          ("days", .array(source.days.map { .string($0.description) })),
          ("events", .int(source.eventCount)),
          ("mentions", .int(source.mentionCount)),
          ("merged", .int(source.mergedCount)),
          ("warnings", .int(source.warningCount)),
        ])
      }
      try Output.send(JSONValue.array(objects).serialized() + "\n")
      return data.skipStatus ?? .success
    }
    let style = TextStyle(usesColor: Terminal.stdoutUsesColor)
    let rows = sources.map { source -> [String] in
      [
        source.file, source.family?.rawValue ?? "?",
        source.conferences.map(\.description).joined(separator: ", "),
        source.family == .readingList ? "-" : days(source.days),
        source.family == .readingList
          ? "\(source.mentionCount) mentions" : String(source.eventCount),
        source.mergedCount > 0 ? "\(source.mergedCount) merged" : "",
        source.warningCount > 0 ? "\(source.warningCount) warnings" : "",
      ]
    }
    let header = ["FILE", "FAMILY", "CONFERENCE", "DAYS", "EVENTS", "", ""]
    var widths = header.map(DisplayText.width)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayText.width(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      zip(cells, widths).map { DisplayText.padded($0, to: $1) }.joined(separator: "  ")
        .trimmingTrailingSpaces()
    }
    var lines = [style.bold(line(header))]
    lines += rows.map(line)
    let total = sources.reduce(0) { $0 + $1.eventCount }
    lines.append(
      style.dim(
        "\(total) events from \(sources.count) dump\(sources.count == 1 ? "" : "s"); 'confsched check' shows the warnings"
      ))
    try Output.send(lines.joined(separator: "\n") + "\n")
    return data.skipStatus ?? .success
  }

  /// `Tue Dec 4 2018`, or `Tue Dec 10 - Thu Dec 12 2019` for a run of days.
  static func days(_ days: [CalendarDate]) -> String {
    guard let first = days.first, let last = days.last else { return "-" }
    if first == last { return "\(first.shortDescription) \(first.year)" }
    return "\(first.shortDescription) - \(last.shortDescription) \(last.year)"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
