import ConfSchedKit

/// `--format`, `--json`, `-o` and `--alarm`: how a listing is written and where.
enum OutputOptions {
  static let format = OptionSpec(
    name: "format", valueName: "format", help: "Output format: table, json, csv, md or ics.",
    defaultValue: "table")
  static let json = OptionSpec(name: "json", help: "Short for --format json.")
  static let output = OptionSpec(
    name: "output", short: "o", valueName: "file",
    help:
      "Write to this file (atomically, never half-written) instead of standard output; - is standard output."
  )
  static let alarm = OptionSpec(
    name: "alarm", valueName: "time",
    help: "With --format ics: a reminder this long before each event, such as 10m or 1h.")

  static let noPager = OptionSpec(
    name: "no-pager", help: "Do not send long output on a terminal through $PAGER (less -FRX).")

  static let all = [format, json, output, alarm, noPager]

  /// The chosen format: `--json`, else `--format`, else `fallback`.
  static func format(_ arguments: ParsedArguments, fallback: ExportFormat = .table)
    throws(CLIError) -> ExportFormat
  {
    if arguments.flag("json") { return .json }
    guard let text = arguments.value("format") else { return fallback }
    guard let format = ExportFormat(name: text) else {
      throw CLIError.usage(
        "'\(text)' is not a format; use table, json, csv, md or ics.", arguments.command)
    }
    return format
  }

  /// `10m` is 10, `1h` 60, `90` 90 minutes.
  static func alarmMinutes(_ arguments: ParsedArguments) throws(CLIError) -> Int? {
    guard let text = arguments.value("alarm")?.lowercased() else { return nil }
    var digits = text
    var scale = 1
    if text.hasSuffix("m") || text.hasSuffix("min") {
      digits = String(text.prefix { $0.isNumber })
    } else if text.hasSuffix("h") {
      digits = String(text.dropLast())
      scale = 60
    }
    guard let value = Int(digits), value >= 0, value <= 7 * 24 * 60 else {
      throw CLIError.usage(
        "'\(text)' is not a reminder time; use, for example, 10m or 1h.", arguments.command)
    }
    return value * scale
  }

  /// Events in a machine format, or nil for `table` (the caller renders its own).
  static func render(
    _ events: [Event], format: ExportFormat, schedule: Schedule, arguments: ParsedArguments,
    calendarName: String? = nil
  ) throws(CLIError) -> String? {
    switch format {
    case .table: return nil
    case .json: return JSONValue.array(events.map(\.json)).serialized() + "\n"
    case .csv: return CSVWriter().write(events)
    case .md: return MarkdownWriter(title: calendarName).write(events)
    case .ics:
      let writer = ICalendarWriter(
        productVersion: ConfSched.version, timestamp: UTCDateTime.now(),
        alarmMinutesBefore: try alarmMinutes(arguments), calendarName: calendarName)
      let (text, skipped) = writer.write(events, schedule: schedule)
      if !skipped.isEmpty {
        let reasons = Dictionary(grouping: skipped, by: { $0.reason.description })
          .map { "\($0.value.count) with \($0.key)" }.sorted().joined(separator: ", ")
        Output.error("confsched: left out of the calendar: \(reasons)")
      }
      return text
    }
  }

  /// Sends text to `-o FILE` (atomically) or standard output; long human output on a terminal
  /// goes through the pager unless `--no-pager`.
  static func deliver(_ text: String, _ arguments: ParsedArguments, human: Bool = false)
    throws(CLIError)
  {
    guard let path = arguments.value("output"), path != "-" else {
      try Pager.show(text, allowed: human && !arguments.flag("no-pager"))
      return
    }
    do throws(OutputFileError) {
      try OutputFile.write(text, to: path)
    } catch {
      switch error {
      case .cannotCreate: throw CLIError.failure(error.description, .cannotCreate)
      case .writeFailed: throw CLIError.failure(error.description, .ioError)
      }
    }
  }

  /// Whether human output may use colour: on a terminal, not to a file.
  static func usesColor(_ arguments: ParsedArguments) -> Bool {
    let toFile = arguments.value("output").map { $0 != "-" } ?? false
    return !toFile && Terminal.stdoutUsesColor
  }
}
