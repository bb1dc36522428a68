import ConfSchedKit

/// `--format`, `--json`, `-o` and `--alarm`: how a listing is written and where.
enum OutputOptions {
  static let format = OptionSpec(
    name: "format", valueName: "format",
    help: "Output format: table, json, csv, tsv, md or ics (also told by -o's extension).",
    defaultValue: "table", choices: ["table", "json", "csv", "tsv", "md", "ics"])
  /// `--format` for a command whose output is a calendar unless told otherwise.
  static let calendarFormat = OptionSpec(
    name: "format", valueName: "format",
    help: "Output format: ics, md, csv, tsv, json or table (also told by -o's extension).",
    defaultValue: "ics", choices: ["ics", "md", "csv", "tsv", "json", "table"])
  static let json = OptionSpec(name: "json", help: "Short for --format json.")
  static let output = OptionSpec(
    name: "output", short: "o", valueName: "file",
    help:
      "Write to this file (atomically, never half-written) instead of standard output; - is standard output."
  )
  static let alarm = OptionSpec(
    name: "alarm", valueName: "time",
    help: "With --format ics: a reminder this long before each event, such as 10m, 1h or 1h30m.")

  static let noPager = OptionSpec(
    name: "no-pager", help: "Do not send long output on a terminal through $PAGER (less -FRX).")

  static let all = [format, json, output, alarm, noPager]
  /// The options of a command that exports a calendar by default.
  static let calendar = [calendarFormat, json, output, alarm, noPager]

  /// The chosen format: `--json` or `--format` (not both, unless they agree), else the
  /// extension of `-o FILE` (`.ics`, `.csv`, `.tsv`, `.json`, `.md`), else `fallback`. `--alarm`
  /// only makes sense for a calendar, and is refused elsewhere rather than ignored.
  static func format(_ arguments: ParsedArguments, fallback: ExportFormat = .table)
    throws(CLIError) -> ExportFormat
  {
    var chosen: ExportFormat?
    if let text = arguments.value("format") {
      guard let format = ExportFormat(name: text) else {
        throw CLIError.usage(
          "'\(text)' is not a format; use table, json, csv, tsv, md or ics.", arguments.command)
      }
      chosen = format
    }
    if arguments.flag("json") {
      if let chosen, chosen != .json {
        throw CLIError.usage(
          "--json and --format \(chosen.rawValue) ask for two formats; give one.",
          arguments.command)
      }
      chosen = .json
    }
    let format = chosen ?? formatOfOutputFile(arguments) ?? fallback
    if arguments.value("alarm") != nil && format != .ics {
      throw CLIError.usage(
        "--alarm sets a calendar reminder; it needs --format ics (this output is \(format.rawValue)).",
        arguments.command)
    }
    return format
  }

  /// The format a `-o` file's extension names, if any.
  private static func formatOfOutputFile(_ arguments: ParsedArguments) -> ExportFormat? {
    guard let path = arguments.value("output"), path != "-",
      let dot = path.lastIndex(of: "."), !path[dot...].contains("/")
    else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "ics", "ical", "ifb": return .ics
    case "csv": return .csv
    case "tsv", "tab": return .tsv
    case "json": return .json
    case "md", "markdown": return .md
    default: return nil
    }
  }

  /// `--limit N`: nil when not given, 0 for all.
  static func limit(_ arguments: ParsedArguments) throws(CLIError) -> Int? {
    guard let text = arguments.value("limit") else { return nil }
    guard let value = Int(text), value >= 0 else {
      throw CLIError.usage("'\(text)' is not a number of results.", arguments.command)
    }
    return value
  }

  /// A reminder's lead time in minutes: `10m`, `10min`, `1h`, `1h30m`, `2d`; a bare number is
  /// minutes (`90`).
  static func alarmMinutes(_ arguments: ParsedArguments) throws(CLIError) -> Int? {
    guard let text = arguments.value("alarm") else { return nil }
    guard let minutes = parseDuration(text.lowercased()), minutes <= 7 * 24 * 60 else {
      throw CLIError.usage(
        "'\(text)' is not a reminder time; use, for example, 10m, 1h or 1h30m (at most 7d).",
        arguments.command)
    }
    return minutes
  }

  /// Minutes in `1h30m`, `90m`, `90`, `2d`, `10min`; nil for anything else.
  static func parseDuration(_ text: String) -> Int? {
    var total = 0
    var rest = Substring(text.filter { $0 != " " })
    guard !rest.isEmpty else { return nil }
    if let bare = Int(rest) { return bare >= 0 ? bare : nil }
    while !rest.isEmpty {
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, let value = Int(digits), value <= 100_000 else { return nil }
      rest = rest.dropFirst(digits.count)
      let unit = rest.prefix { $0.isLetter }
      rest = rest.dropFirst(unit.count)
      switch unit {
      case "d", "day", "days": total += value * 24 * 60
      case "h", "hr", "hour", "hours": total += value * 60
      case "m", "min", "mins", "minute", "minutes": total += value
      default: return nil
      }
    }
    return total
  }

  /// Events in a machine format, or nil for `table` (the caller renders its own). JSON, CSV,
  /// TSV and Markdown come an event at a time, so a listing of any length is never held whole.
  static func render(
    _ events: [Event], format: ExportFormat, schedule: Schedule, arguments: ParsedArguments,
    calendarName: String? = nil
  ) throws(CLIError) -> StreamedOutput? {
    // An event with a start and no end carries the end the views take (assumedEnd).
    let filled =
      format == .table || format == .ics ? events : ItineraryCommand.withEnds(events, schedule)
    switch format {
    case .table: return nil
    case .json: return StreamedOutput.json(filled)
    case .csv: return StreamedOutput(parts: { CSVWriter().write(filled, rows: $0) })
    case .tsv: return StreamedOutput(parts: { TSVWriter().write(filled, lines: $0) })
    case .md:
      return StreamedOutput(parts: { MarkdownWriter(title: calendarName).write(filled, parts: $0) })
    case .ics:
      let writer = ICalendarWriter(
        productVersion: ConfSched.version, timestamp: Clock.now,
        alarmMinutesBefore: try alarmMinutes(arguments), calendarName: calendarName)
      let (text, skipped) = writer.write(events, schedule: schedule)
      if !skipped.isEmpty {
        let reasons = Dictionary(grouping: skipped, by: { $0.reason.description })
          .map { "\($0.value.count) with \($0.key)" }.sorted().joined(separator: ", ")
        let hint =
          skipped.contains { $0.reason == .noTimeZone }
          ? " (pass --zone Area/City for a dump that names no zone)" : ""
        // A calendar with none of the events is no export: refused, with nothing written.
        guard skipped.count < events.count else {
          throw CLIError.failure(
            "no event can go on a calendar: \(reasons)\(hint)", .dataError)
        }
        Output.error("confsched: left out of the calendar: \(reasons)\(hint)")
      }
      return StreamedOutput(text: text)
    }
  }

  /// Sends text to `-o FILE` (atomically) or standard output; long human output on a terminal
  /// goes through the pager unless `--no-pager`. `-o` onto a file the command reads (a
  /// `--data` dump, or what `reading` names, such as the itinerary) is refused.
  static func deliver(
    _ text: String, _ arguments: ParsedArguments, human: Bool = false,
    reading: [(role: String, path: String)] = []
  ) throws(CLIError) {
    guard let path = arguments.value("output"), path != "-" else {
      try Pager.show(text, allowed: human && !arguments.flag("no-pager"))
      return
    }
    try write(StreamedOutput(text: text), to: path, arguments, reading: reading)
  }

  /// Writes `-o FILE`, refusing one of the command's inputs.
  private static func write(
    _ output: StreamedOutput, to path: String, _ arguments: ParsedArguments,
    reading: [(role: String, path: String)]
  ) throws(CLIError) {
    let inputs = arguments.allValues("data").map { (role: "the dump", path: $0) } + reading
    do throws(OutputFileError) {
      try OutputFile.write(output, to: path, inputs: inputs)
    } catch {
      switch error {
      case .cannotCreate: throw CLIError.failure(error.description, .cannotCreate)
      case .writeFailed: throw CLIError.failure(error.description, .ioError)
      }
    }
  }

  /// Sends output that comes in pieces (`render`'s) to `-o FILE` or standard output, as
  /// `deliver(_:_:human:reading:)` sends machine formats: never through the pager.
  static func deliver(
    _ output: StreamedOutput, _ arguments: ParsedArguments,
    reading: [(role: String, path: String)] = []
  ) throws(CLIError) {
    guard let path = arguments.value("output"), path != "-" else {
      try Output.send(output)
      return
    }
    try write(output, to: path, arguments, reading: reading)
  }

  /// Sends human output that comes in pieces (a long table): on a terminal, gathered and
  /// shown through the pager as `deliver(_:_:human:reading:)` shows text; to a pipe or a file,
  /// written as it comes.
  static func deliver(human output: StreamedOutput, _ arguments: ParsedArguments)
    throws(CLIError)
  {
    guard !writesToFile(arguments), Terminal.isStdoutTTY, !arguments.flag("no-pager") else {
      try deliver(output, arguments)
      return
    }
    var text = ""
    _ = output.produce { piece in
      text += String(decoding: piece, as: UTF8.self)
      return true
    }
    try deliver(text, arguments, human: true)
  }

  /// Whether human output may use colour: `--color always`, or on a terminal (not to a file).
  static func usesColor(_ arguments: ParsedArguments) -> Bool {
    if Terminal.colorChoice == .always { return true }
    return !writesToFile(arguments) && Terminal.stdoutUsesColor
  }

  /// The width human output is fitted to: the terminal's when it goes to one; nil (whole
  /// lines, nothing cut or wrapped) for a pipe or `-o FILE`.
  static func width(_ arguments: ParsedArguments) -> Int? {
    writesToFile(arguments) ? nil : Terminal.fitWidth
  }

  /// The style of human output, as `usesColor(_:)` decides.
  static func style(_ arguments: ParsedArguments) -> TextStyle {
    TextStyle(usesColor: usesColor(arguments))
  }

  private static func writesToFile(_ arguments: ParsedArguments) -> Bool {
    arguments.value("output").map { $0 != "-" } ?? false
  }
}
