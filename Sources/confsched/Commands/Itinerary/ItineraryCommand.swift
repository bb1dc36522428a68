import ConfSchedKit

/// `confsched itinerary`: the group, and what its verbs share: where the file is, how its
/// errors end the process, and the clash warnings.
enum ItineraryCommand {
  static let spec = CommandSpec(
    name: "itinerary",
    abstract: "Plan your itinerary: add, conflicts, export.",
    discussion: """
      The itinerary is kept in $XDG_DATA_HOME/confsched/itinerary.json (by default \
      ~/.local/share/confsched/itinerary.json), or the file --itinerary names. Each entry keeps \
      a copy of its event, so it still reads when the dumps change.
      """,
    examples: [
      "confsched itinerary add 54azkd nhrdf4",
      "confsched itinerary add --search \"neural tangent kernel\" --kind poster",
      "confsched itinerary conflicts",
      "confsched itinerary export --format ics -o neurips.ics --alarm 10m",
    ],
    defaultSubcommand: "list")

  static var commands: [any Command.Type] {
    [
      ItineraryListCommand.self, ItineraryAddCommand.self, ItineraryRemoveCommand.self,
      ItineraryConflictsCommand.self, ItineraryExportCommand.self, ItineraryClearCommand.self,
    ]
  }

  static let file = OptionSpec(
    name: "itinerary", valueName: "file",
    help: "The itinerary file (default: $XDG_DATA_HOME/confsched/itinerary.json).")

  /// The store the options name. A name that cannot be a file (`''`, `newdir/`, `a/..`) is a
  /// usage error before anything is read or created (a lock file would be made beside it).
  static func store(_ arguments: ParsedArguments) throws(CLIError) -> ItineraryStore {
    let patience = try lockPatience(arguments)
    if let path = arguments.value("itinerary") {
      let name = lastComponent(path)
      guard !path.isEmpty else {
        throw CLIError.usage("--itinerary needs a file name; '' names none.", arguments.command)
      }
      guard !path.hasSuffix("/"), name != ".", name != ".." else {
        throw CLIError.usage(
          "--itinerary '\(path)' names a directory; give a file, such as '\(path.hasSuffix("/") ? path : path + "/")itinerary.json'.",
          arguments.command)
      }
      return ItineraryStore(path: path, patience: patience)
    }
    guard let path = ItineraryStore.defaultPath() else {
      throw CLIError.failure(
        "no place for the itinerary: set HOME or XDG_DATA_HOME, or pass --itinerary FILE",
        .cannotCreate)
    }
    return ItineraryStore(path: path, patience: patience)
  }

  /// The last component of a path.
  private static func lastComponent(_ path: String) -> Substring {
    path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
  }

  /// The name of the variable that sets how long a change waits for another process's lock.
  static let lockTimeoutVariable = "CONFSCHED_LOCK_TIMEOUT"

  /// How long to wait for the lock: a notice after a second, and giving up after
  /// `$CONFSCHED_LOCK_TIMEOUT` seconds (30 by default; `never` waits for ever) of one process
  /// holding it.
  static func lockPatience(_ arguments: ParsedArguments) throws(CLIError) -> LockPatience {
    guard let text = Terminal.environment(lockTimeoutVariable), !text.isEmpty else {
      return LockPatience()
    }
    if text == "never" { return LockPatience(giveUpAfter: nil) }
    guard let seconds = Int(text), (1...86_400).contains(seconds) else {
      throw CLIError.usage(
        "\(lockTimeoutVariable)='\(text)' is not a number of seconds from 1 to 86400, or 'never'.",
        arguments.command)
    }
    return LockPatience(giveUpAfter: .seconds(seconds))
  }

  /// What to say while another process holds the lock.
  static func waitingNotice(_ store: ItineraryStore) -> (LockHolder) -> Void {
    { holder in
      let limit = store.patience.giveUpAfter.map { "; giving up after \($0.components.seconds) s" }
      Output.error(
        "confsched: '\(store.path)' is locked by \(holder); waiting\(limit ?? "")")
    }
  }

  /// The itinerary in the store; a damaged file ends the command and is left as it is.
  static func load(_ store: ItineraryStore) throws(CLIError) -> Itinerary {
    do throws(ItineraryStoreError) {
      return try store.load()
    } catch {
      throw failure(error)
    }
  }

  /// Runs a change under the store's lock.
  static func update<Value>(_ store: ItineraryStore, _ body: (inout Itinerary) throws -> Value)
    throws(CLIError) -> Value
  {
    do {
      return try store.update(waiting: waitingNotice(store), body)
    } catch let error as ItineraryStoreError {
      throw failure(error)
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError.failure("\(error)", .ioError)
    }
  }

  static func failure(_ error: ItineraryStoreError) -> CLIError {
    switch error {
    case .empty, .invalid:
      // The hint works as given: it names the file when it is not the default one.
      let file =
        ItineraryStore.defaultPath() == error.path
        ? "" : " --itinerary " + CompletionScripts.shellQuoted(error.path)
      return .failure(
        "\(DisplayText.printable(error.description))\n  the file is left as it is: fix it, or run: confsched itinerary clear --force --yes\(file)",
        .dataError)
    case .cannotRead: return .failure(error.description, .noInput)
    case .cannotCreateDirectory, .cannotLock, .cannotReplace:
      return .failure(error.description, .cannotCreate)
    case .cannotWrite, .lockTimedOut: return .failure(error.description, .ioError)
    }
  }

  /// The itinerary's events as loaded (live, or the saved copy when the id is gone), warning
  /// about the missing ones.
  static func resolve(_ itinerary: Itinerary, _ schedule: Schedule) -> [ResolvedEntry] {
    let resolved = itinerary.resolve(against: schedule)
    let missing = resolved.filter(\.isMissing)
    if !missing.isEmpty {
      // The first ten ids: 10,000 missing entries made one line of 80 KB.
      var ids = missing.prefix(10).map(\.entry.id.rawValue).joined(separator: ", ")
      if missing.count > 10 { ids += " and \(missing.count - 10) more" }
      Output.error(
        "confsched: \(missing.count == 1 ? "1 entry is" : "\(missing.count) entries are") not in the loaded data (\(ids)); shown as saved"
      )
    }
    return resolved
  }

  /// The events with an end where the dump gives none, by the one rule (`AssumedEnds`: until
  /// the next event in the room, 30 minutes at most), for the views that need ends: clashes,
  /// free time.
  static func withEnds(_ events: [Event], _ schedule: Schedule) -> [Event] {
    AssumedEnds(for: events, in: schedule.events).filling(events)
  }

  /// `withEnds` for resolved entries.
  static func withEnds(_ entries: [ResolvedEntry], _ schedule: Schedule) -> [ResolvedEntry] {
    let events = withEnds(entries.map(\.event), schedule)
    return zip(entries, events).map { entry, event in
      var entry = entry
      entry.event = event
      return entry
    }
  }

  /// Warnings for events just added that clash with the rest of the itinerary or with each
  /// other, with the ways out, and a note for a walk-in that runs alongside others (which is
  /// not a clash): under each added event in turn, each pair once (under the one added
  /// first). One sweep of the itinerary, however many were added.
  static func warnAboutClashes(_ added: [Event], in itinerary: Itinerary, _ schedule: Schedule) {
    guard !added.isEmpty else { return }
    let events = withEnds(itinerary.resolve(against: schedule).map(\.event), schedule)
    let check = Conflicts(checking: withEnds(added, schedule), against: events, in: schedule)
    var order: [EventID: Int] = [:]
    for (index, event) in added.enumerated() where order[event.id] == nil {
      order[event.id] = index
    }
    var clashesOf = [[Conflict]](repeating: [], count: added.count)
    for conflict in check.clashes {
      let index = Swift.min(
        order[conflict.first.id] ?? Int.max, order[conflict.second.id] ?? Int.max)
      if index < added.count { clashesOf[index].append(conflict) }
    }
    var walkInOf = [WalkIn?](repeating: nil, count: added.count)
    for walkIn in Conflicts.walkIns(events) {
      if let index = order[walkIn.event.id] { walkInOf[index] = walkIn }
    }
    let style = TextStyle(usesColor: Terminal.stderrUsesColor)
    var lines: [String] = []
    for (index, event) in added.enumerated() {
      if let walkIn = walkInOf[index] {
        lines.append(
          style.dim("note:") + " \(event.id) is a walk-in \(event.kind.rawValue.lowercased()) "
            + "(\(walkIn.event.timeRange)): it runs alongside "
            + "\(ConflictReport.count(walkIn.alongside.count)) of the itinerary, which is not a clash"
        )
      }
      for conflict in clashesOf[index] {
        let other = conflict.event(otherThan: event.id)
        lines.append(
          style.warning("warning:")
            + DisplayText.printable(
              " \(event.id) clashes with \(other.id) \(other.kind) \(other.timeRange) '\(other.title)'"
            ))
        for resolution in conflict.resolutions {
          lines.append(
            "  " + ConflictReport.resolutionText(resolution) + " (\(resolution.alternative.id))")
        }
      }
    }
    if !lines.isEmpty { Output.error(lines.joined(separator: "\n")) }
  }

  /// `2018-12-04T15:05:00Z`, the time an entry was added.
  static func now() -> String { Clock.now.description }
}
