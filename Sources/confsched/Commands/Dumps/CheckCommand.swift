import ConfSchedData
import ConfSchedKit

enum CheckCommand: Command {
  static let spec = CommandSpec(
    name: "check",
    abstract: "Report what the parser could not read, by line.",
    discussion: "Without files, checks the bundled dumps.",
    arguments: [
      ArgumentSpec(
        name: "file", help: "Dump files to check.", isOptional: true, isVariadic: true,
        isFile: true)
    ],
    options: [
      OptionSpec(
        name: "year", valueName: "year",
        help: "The year to read the dumps' dates in, when they do not say it."),
      OptionSpec(
        name: "family", valueName: "family",
        help:
          "Read the files as this family instead of telling it from their content: \(DumpReader.families.map(\.rawValue).joined(separator: ", ")).",
        choices: DumpReader.families.map(\.rawValue)),
      DataLoader.zoneOption,
      DataLoader.pageZoneOption,
      OptionSpec(name: "json", help: "Print a JSON array with one object per file."),
    ],
    examples: ["confsched check my-neurips-notes.md"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    var options = ReadOptions()
    options.keepsEvents = false  // counted and checked, never shown
    if let text = arguments.value("year") {
      guard let year = Int(text) else {
        throw CLIError.usage("'\(text)' is not a year.", arguments.command)
      }
      options.year = year
    }
    options.zone = try DataLoader.zone(arguments, option: "zone")
    options.pageZone = try DataLoader.zone(arguments, option: "page-zone")
    let family = try DataLoader.family(arguments)
    var status = ExitCode.success
    let style = TextStyle(usesColor: Terminal.stdoutUsesColor)
    let bundled = arguments.positionals.isEmpty ? BundledDump.all : []
    let inputs = bundled.map { Input.bundled($0) } + arguments.positionals.map { Input.path($0) }
    // Each file's report is written as soon as it is read, and its events let go: a file of
    // 370,000 warnings is never held twice more as lines and as JSON.
    func report(_ input: Input) -> Report {
      do throws(LoadError) {
        let (source, decodeWarnings) = try input.load()
        let result = DumpReader.read(source, options: options, family: family)
        if result.isEmpty {
          throw LoadError.noEvents(
            path: source.name, hint: DumpReader.refusal(source, reading: result))
        }
        let count = result.family == .readingList ? result.mentions.count : result.eventCount
        return .read(
          file: source.name, events: result.eventCount,
          counted: plural(count, result.family == .readingList ? "mention" : "event"),
          // A copy only when there is something to put first.
          diagnostics: decodeWarnings.isEmpty
            ? result.diagnostics : decodeWarnings + result.diagnostics)
      } catch {
        let code = DataLoader.exitCode(for: error)
        if status == .success { status = code }
        Output.error("confsched: \(error)")
        return .failed(error)
      }
    }
    if arguments.flag("json") {
      try Output.send(
        StreamedOutput.jsonArray(inputs) { writer, input, depth in
          report(input).write(into: &writer, depth: depth)
        })
    } else {
      for input in inputs {
        try Output.send(report(input).lines(style))
      }
    }
    return status
  }

  private enum Input {
    case bundled(BundledDump)
    case path(String)

    func load() throws(LoadError) -> (DumpSource, [Diagnostic]) {
      switch self {
      case .bundled(let dump): return (DumpSource(name: dump.name, text: dump.text), [])
      case .path(let path): return try DumpFile.load(path)
      }
    }
  }

  /// `1 warning`, `2 warnings`: the count and the noun, in the plural unless the count is 1.
  static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  static func json(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("severity", .string(diagnostic.severity.rawValue)),
      ("file", .string(diagnostic.location.file)),
      ("line", .int(diagnostic.location.line)),
      ("column", .int(diagnostic.location.column)),
      ("message", .string(diagnostic.message)),
    ])
  }

  /// What checking one file found.
  private enum Report {
    /// The file was read: its events (or a reading list's mentions, `counted` says which) and
    /// what the readers could not read.
    case read(file: String, events: Int, counted: String, diagnostics: [Diagnostic])
    /// The file was refused (and the error already reported on standard error).
    case failed(LoadError)

    /// A line per diagnostic, then `FILE: N events, M warnings`; nothing for a refused file.
    func lines(_ style: TextStyle) -> StreamedOutput {
      guard case .read(let file, _, let counted, let diagnostics) = self else {
        return StreamedOutput(text: "")
      }
      return StreamedOutput(parts: { line in
        diagnostics.allSatisfy { diagnostic in
          let label =
            diagnostic.severity == .error ? style.error("error:") : style.warning("warning:")
          return line("\(diagnostic.location): \(label) \(diagnostic.message)\n")
        } && line(style.dim("\(file): \(counted), \(plural(diagnostics.count, "warning"))") + "\n")
      })
    }

    /// `{file, events, diagnostics: [{severity, file, line, column, message}]}`.
    func write(into writer: inout JSONWriter, depth: Int) {
      switch self {
      case .read(let file, let events, _, let diagnostics):
        writer.object(["file", "events", "diagnostics"], depth: depth, key: { $0 }) {
          writer, key, depth in
          switch key {
          case "file": writer.string(file)
          case "events": writer.write(.int(events))
          default:
            writer.array(diagnostics, depth: depth) { $0.write(CheckCommand.json($1), depth: $2) }
          }
        }
      case .failed(let error):
        let failure = JSONValue.object([
          ("severity", .string("error")), ("message", .string(error.description)),
        ])
        writer.write(
          .object([
            ("file", .string(error.path)), ("events", .int(0)), ("diagnostics", .array([failure])),
          ]),
          depth: depth)
      }
    }
  }
}
