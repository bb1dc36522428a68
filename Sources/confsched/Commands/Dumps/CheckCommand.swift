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
    if let text = arguments.value("year") {
      guard let year = Int(text) else {
        throw CLIError.usage("'\(text)' is not a year.", arguments.command)
      }
      options.year = year
    }
    options.zone = try DataLoader.zone(arguments, option: "zone")
    options.pageZone = try DataLoader.zone(arguments, option: "page-zone")
    let family = try DataLoader.family(arguments)
    var reports: [JSONValue] = []
    var lines: [String] = []
    var status = ExitCode.success
    let style = TextStyle(usesColor: Terminal.stdoutUsesColor)
    let bundled = arguments.positionals.isEmpty ? BundledDump.all : []
    let inputs = bundled.map { Input.bundled($0) } + arguments.positionals.map { Input.path($0) }
    for input in inputs {
      do throws(LoadError) {
        let (source, decodeWarnings) = try input.load()
        let result = DumpReader.read(source, options: options, family: family)
        let diagnostics = decodeWarnings + result.diagnostics
        if result.isEmpty {
          throw LoadError.noEvents(
            path: source.name, hint: DumpReader.refusal(source, reading: result))
        }
        for diagnostic in diagnostics {
          let label =
            diagnostic.severity == .error ? style.error("error:") : style.warning("warning:")
          lines.append("\(diagnostic.location): \(label) \(diagnostic.message)")
        }
        let count = diagnostics.count
        lines.append(
          style.dim(
            "\(source.name): \(result.family == .readingList ? plural(result.mentions.count, "mention") : plural(result.events.count, "event")), \(plural(count, "warning"))"
          ))
        reports.append(
          .object([
            ("file", .string(source.name)),
            ("events", .int(result.events.count)),
            ("diagnostics", .array(diagnostics.map(json))),
          ]))
      } catch {
        let code = DataLoader.exitCode(for: error)
        if status == .success { status = code }
        Output.error("confsched: \(error)")
        reports.append(
          .object([
            ("file", .string(error.path)), ("events", .int(0)),
            (
              "diagnostics",
              .array([
                .object([("severity", .string("error")), ("message", .string(error.description))])
              ])
            ),
          ]))
      }
    }
    if arguments.flag("json") {
      try Output.send(JSONValue.array(reports).serialized() + "\n")
    } else if !lines.isEmpty {
      try Output.send(lines.joined(separator: "\n") + "\n")
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
}
