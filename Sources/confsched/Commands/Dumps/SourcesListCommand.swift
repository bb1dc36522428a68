import ConfSchedData
import ConfSchedKit

/// `confsched sources` (`sources list`): the added and bundled dumps, or the `--data` files,
/// with their family, days and events.
enum SourcesListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "List the added and bundled dumps: family, days, events.",
    discussion: """
      Without --data, lists your added sources (with where each was added from, and whether \
      it changed since) and the bundled dumps; with --data, the files it names.
      """,
    options: [OptionSpec(name: "json", help: "Print a JSON array with one object per dump.")]
      + DataLoader.options,
    examples: ["confsched sources", "confsched sources --data my-notes.md --data day2.txt"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let adHoc = !arguments.allValues("data").isEmpty
    let records = adHoc ? [] : try AddedSources.store(arguments).map(records) ?? []
    let data = try DataLoader.load(arguments, bundledToo: !adHoc)
    let sources = data.schedule.sources
    let added = Dictionary(records.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    let bundled = Set(BundledDump.all.map(\.name))
    func origin(_ file: String) -> String {
      if added[file] != nil { return "added" }
      return bundled.contains(file) && !adHoc ? "bundled" : "data"
    }
    if arguments.flag("json") {
      // Each conference's first and last day among the loaded events.
      var spans: [String: (first: CalendarDate, last: CalendarDate)] = [:]
      for event in data.schedule.events {
        guard let id = event.conference?.id, let date = event.date else { continue }
        let span = spans[id]
        spans[id] = (Swift.min(span?.first ?? date, date), Swift.max(span?.last ?? date, date))
      }
      let objects = sources.map { source -> JSONValue in
        let record = added[source.file]
        return .object([
          ("file", .string(source.file)),
          ("origin", .string(origin(source.file))),
          ("name", .optional(record?.name)),
          ("original", .optional(record?.original)),
          ("changed", record.map { .bool($0.originalState != .unchanged) } ?? .null),
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
        source.warningCount > 0 ? CheckCommand.plural(source.warningCount, "warning") : "",
        note(source.file, record: added[source.file], isBundled: origin(source.file) == "bundled"),
      ]
    }
    let header = ["FILE", "FAMILY", "CONFERENCE", "DAYS", "EVENTS", "", "", ""]
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
    if !records.isEmpty {
      lines.append(
        style.dim(
          "Commands read your added sources; --bundled adds the bundled dumps, --data FILE reads others."
        ))
    }
    try Output.send(lines.joined(separator: "\n") + "\n")
    return data.skipStatus ?? .success
  }

  /// The records of the added sources; none when the list cannot be read (the load that
  /// follows reports why).
  private static func records(_ store: SourceStore) -> [SourceRecord] {
    (try? store.records()) ?? []
  }

  /// Where a row comes from: `added from /home/ada/day.txt (changed: ...)`, `bundled`.
  private static func note(_ file: String, record: SourceRecord?, isBundled: Bool) -> String {
    guard let record else { return isBundled ? "bundled" : "" }
    switch record.originalState {
    case .unchanged: return "added from \(record.original)"
    case .changed:
      return
        "added from \(record.original) (changed since: 'confsched sources update \(record.name)')"
    case .gone: return "added from \(record.original) (gone; the copy is read)"
    }
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
