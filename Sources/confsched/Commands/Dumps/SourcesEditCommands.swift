import ConfSchedKit

/// `confsched sources update [NAME]...`: reads again the added sources whose original changed.
enum SourcesUpdateCommand: Command {
  static let spec = CommandSpec(
    name: "update",
    abstract: "Read again the added sources whose original file changed.",
    discussion: """
      An original is read again when its size or modification time changed, and compiled again \
      when its content did (its hash). An original that is gone is reported; its copy stays.
      """,
    arguments: [
      ArgumentSpec(
        name: "name", help: "The sources to update (default: all).", isOptional: true,
        isVariadic: true)
    ],
    examples: ["confsched sources update", "confsched sources update icml"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let store = try SourcesCommand.store(arguments)
    var lines: [String] = []
    var status = ExitCode.success
    do throws(SourceStoreError) {
      try store.withLock(waiting: AddedSources.waitingNote) { () throws(SourceStoreError) in
        var records = try store.records()
        let wanted = try SourcesRemoveCommand.indices(arguments, in: records)
        var readings: [String: ReadResult] = [:]
        var changed = false
        var copies: [([UInt8], SourceRecord)] = []
        for index in wanted {
          let record = records[index]
          switch record.originalState {
          case .unchanged:
            lines.append("'\(record.name)' is up to date.")
          case .gone:
            Output.error(
              "confsched: \(record.original): gone; '\(record.name)' keeps its copy (remove it with 'confsched sources remove \(record.name)')"
            )
          case .changed:
            do throws(LoadError) {
              let bytes = try DumpFile.readBytes(record.original)
              let info = SourceRecord.status(record.original)
              var fresh = record
              fresh.size = info?.size ?? bytes.count
              fresh.modified = info?.modified ?? 0
              fresh.hash = ContentHash(bytes)
              guard fresh.hash != record.hash else {
                records[index] = fresh
                changed = true
                lines.append("'\(record.name)' is up to date (touched, not changed).")
                continue
              }
              let result = try SourceStore.read(bytes, as: fresh)
              report(result, path: record.original)
              copies.append((bytes, fresh))
              records[index] = fresh
              readings[fresh.name] = result
              changed = true
              lines.append(
                "Updated '\(record.name)' from \(record.original): \(SourcesAddCommand.summary(result))."
              )
            } catch {
              let shown = SourcesAddCommand.renamed(error, to: record.original)
              Output.error("confsched: \(shown); '\(record.name)' keeps its copy")
              if status == .success { status = DataLoader.exitCode(for: shown) }
            }
          }
        }
        for (bytes, record) in copies { try store.writeCopy(bytes, for: record) }
        if changed {
          // Let go with the process, as `sources add` does.
          KeptUntilExit.keep(
            (try store.commit(records, build: AddedSources.build, replacing: readings), readings)
              as Any)
        }
      }
    } catch {
      throw AddedSources.failure(error)
    }
    if !lines.isEmpty { try Output.send(lines.joined(separator: "\n") + "\n") }
    return status
  }

  /// Shows a reading's warnings as `check` does, on standard error, with the path the user
  /// knows the file by.
  static func report(_ result: ReadResult, path: String) {
    for diagnostic in result.diagnostics {
      let label = diagnostic.severity == .error ? "error:" : "warning:"
      Output.error(
        "\(path):\(diagnostic.location.line):\(diagnostic.location.column): \(label) \(diagnostic.message)"
      )
    }
  }
}

/// `confsched sources remove NAME...`: forgets added sources (their copies go too).
enum SourcesRemoveCommand: Command {
  static let spec = CommandSpec(
    name: "remove",
    abstract: "Remove added sources; itinerary entries of their events stay, shown as gone.",
    arguments: [ArgumentSpec(name: "name", help: "The sources to remove.", isVariadic: true)],
    examples: ["confsched sources remove icml"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    guard !arguments.positionals.isEmpty else {
      throw CLIError.usage("Give the names of the sources to remove.", arguments.command)
    }
    let store = try SourcesCommand.store(arguments)
    var lines: [String] = []
    do throws(SourceStoreError) {
      try store.withLock(waiting: AddedSources.waitingNote) { () throws(SourceStoreError) in
        let records = try store.records()
        let doomed = Set(try indices(arguments, in: records))
        let kept = records.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
        let removed = doomed.sorted().map { records[$0] }
        KeptUntilExit.keep(
          try store.commit(
            kept, build: AddedSources.build, removedCopies: removed.map(\.copyName)) as Any)
        for record in removed { lines.append("Removed '\(record.name)' (\(record.original)).") }
        if kept.isEmpty {
          lines.append("No added sources are left: commands read the bundled dumps again.")
        }
      }
    } catch {
      throw AddedSources.failure(error)
    }
    try Output.send(lines.joined(separator: "\n") + "\n")
    return .success
  }

  /// The records the positional names pick (all of them when none is given); a name that is
  /// not added fails (1) with the names that are.
  static func indices(_ arguments: ParsedArguments, in records: [SourceRecord])
    throws(SourceStoreError) -> [Int]
  {
    guard !arguments.positionals.isEmpty else { return Array(records.indices) }
    var picked: [Int] = []
    for name in arguments.positionals {
      guard let index = records.firstIndex(where: { $0.name == name }) else {
        throw .notAdded(name: name, added: records.map(\.name))
      }
      if !picked.contains(index) { picked.append(index) }
    }
    return picked
  }
}
