import ConfSchedData
import ConfSchedKit

/// `confsched sources add FILE... [--name NAME]`: checks each file as `check` does, and keeps
/// a copy of it and the compiled form of all the added sources in the data home.
enum SourcesAddCommand: Command {
  static let spec = CommandSpec(
    name: "add",
    abstract: "Add your own dumps: checked, copied and compiled once, read by every command.",
    discussion: """
      Each file is read as 'check' reads it (its warnings are shown); a file that gives no \
      event and no mention is refused (65). Adding a file that is already added reads it again.
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "Dump files to add.", isVariadic: true, isFile: true)
    ],
    options: [
      OptionSpec(
        name: "name", valueName: "name",
        help: "The source's name (one file only; default: the file's name without extension)."),
      OptionSpec(
        name: "year", valueName: "year",
        help: "The year to read the dump's dates in, when it does not say it."),
      OptionSpec(
        name: "family", valueName: "family",
        help:
          "Read the files as this family: \(DumpReader.families.map(\.rawValue).joined(separator: ", ")).",
        choices: DumpReader.families.map(\.rawValue)),
    ],
    examples: [
      "confsched sources add day1.txt day2.txt", "confsched sources add notes.md --name ml",
    ])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let paths = arguments.positionals
    guard !paths.isEmpty else {
      throw CLIError.usage("Give the files to add.", arguments.command)
    }
    let givenName = arguments.value("name")
    if let givenName {
      guard paths.count == 1 else {
        throw CLIError.usage("--name names one source; give one file with it.", arguments.command)
      }
      guard SourceRecord.isValidName(givenName) else {
        throw CLIError.usage(
          "'\(givenName)' cannot be a source's name: use letters, digits, '-' and '_'.",
          arguments.command)
      }
    }
    if paths.contains("-") {
      throw CLIError.usage(
        "sources add keeps files it can read again; save standard input to a file and add that.",
        arguments.command)
    }
    var year: Int?
    if let text = arguments.value("year") {
      guard let value = Int(text), (1987...2100).contains(value) else {
        throw CLIError.usage("'\(text)' is not a year.", arguments.command)
      }
      year = value
    }
    let family = try DataLoader.family(arguments)
    let store = try SourcesCommand.store(arguments)
    var status = ExitCode.success
    // Read and checked before the lock is taken: reading is the slow part.
    var ready: [(record: SourceRecord, read: SourceStore.StagedRead, path: String)] = []
    // A copy staged but not placed (a name taken, a failed lock) is removed on the way out.
    defer { for item in ready { store.discardCopy(item.read) } }
    let bundled = Set(BundledDump.all.map(\.name))
    for path in paths {
      let name = givenName ?? SourceRecord.name(fromPath: path)
      do throws(LoadError) {
        let info = SourceRecord.status(path)
        // What is not a regular file (missing, a directory, a FIFO) is read first, once, as
        // before: its error, if any, comes before the name's.
        let read = info == nil ? try DumpBytes.read(path) : nil
        var record = SourceRecord(
          name: name, original: SourceRecord.absolutePath(path),
          fileExtension: SourceRecord.fileExtension(ofPath: path),
          size: info?.size ?? 0, modified: info?.modified ?? 0,
          hash: ContentHash(value: 0), family: family, year: year)  // hashed beside the copy
        guard !bundled.contains(record.file) else {
          Output.error(
            "confsched: \(path): '\(record.file)' is the name of a bundled dump; give another with --name"
          )
          status = status == .success ? .usage : status
          continue
        }
        let staged: SourceStore.StagedRead
        if let read {
          staged = try store.readStagingCopy(read, as: record)
        } else {
          staged = try store.readStagingCopy(path: path, as: record)
        }
        record.hash = staged.hash
        record.size = staged.size
        SourcesUpdateCommand.report(staged.result, path: path)
        ready.append((record, staged, path))
      } catch {
        let shown = renamed(error, to: path)
        Output.error("confsched: \(shown)")
        if status == .success { status = DataLoader.exitCode(for: shown) }
      }
    }
    guard !ready.isEmpty else { throw CLIError.failure("", status) }
    var lines: [String] = []
    var firstAdded = false
    do throws(SourceStoreError) {
      try store.withLock(waiting: AddedSources.waitingNote) { () throws(SourceStoreError) in
        var records = try store.records()
        firstAdded = records.isEmpty
        var readings: [String: ReadResult] = [:]
        var removedCopies: [String] = []
        for item in ready {
          var record = item.record
          // The same original again (by any name, unless --name says) is read again.
          if givenName == nil, let same = records.first(where: { $0.original == record.original }) {
            record.name = same.name
          }
          if let index = records.firstIndex(where: { $0.name == record.name }) {
            guard records[index].original == record.original else {
              Output.error(
                "confsched: \(item.path): a source named '\(record.name)' is already added from \(records[index].original); give another name with --name"
              )
              status = status == .success ? .usage : status
              continue
            }
            if records[index].copyName != record.copyName {
              removedCopies.append(records[index].copyName)
            }
            records[index] = record
            lines.append(
              "Read \(item.path) again as '\(record.name)': \(summary(item.read.result)).")
          } else {
            records.append(record)
            lines.append("Added \(item.path) as '\(record.name)': \(summary(item.read.result)).")
          }
          try store.placeCopy(item.read, for: record)
          readings[record.name] = item.read.result
        }
        // What was compiled is let go with the process, not freed event by event (tens of
        // milliseconds for a large source).
        KeptUntilExit.keep(
          try store.commit(
            records, build: AddedSources.build, replacing: readings,
            removedCopies: removedCopies) as Any)
      }
    } catch {
      throw AddedSources.failure(error)
    }
    if firstAdded && !lines.isEmpty {
      lines.append(
        "Commands now read your added sources; --bundled adds the bundled NeurIPS dumps.")
    }
    if !lines.isEmpty { try Output.send(lines.joined(separator: "\n") + "\n") }
    KeptUntilExit.keep(ready)
    return status
  }

  /// `409 events, 2 warnings`, or `72 mentions` for a reading list.
  static func summary(_ result: ReadResult) -> String {
    let what =
      result.events.isEmpty
      ? CheckCommand.plural(result.mentions.count, "mention")
      : CheckCommand.plural(result.events.count, "event")
    return result.diagnostics.isEmpty
      ? what : what + ", " + CheckCommand.plural(result.diagnostics.count, "warning")
  }

  /// The error naming the path the user gave rather than the source's name.
  static func renamed(_ error: LoadError, to path: String) -> LoadError {
    switch error {
    case .cannotOpen(_, let reason): return .cannotOpen(path: path, reason: reason)
    case .isDirectory: return .isDirectory(path: path)
    case .readFailed(_, let reason): return .readFailed(path: path, reason: reason)
    case .empty: return .empty(path: path)
    case .notText(_, let reason): return .notText(path: path, reason: reason)
    case .noEvents(_, let hint): return .noEvents(path: path, hint: hint)
    }
  }
}
