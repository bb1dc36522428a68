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

  /// The store the options name.
  static func store(_ arguments: ParsedArguments) throws(CLIError) -> ItineraryStore {
    if let path = arguments.value("itinerary") { return ItineraryStore(path: path) }
    guard let path = ItineraryStore.defaultPath() else {
      throw CLIError.failure(
        "no place for the itinerary: set HOME or XDG_DATA_HOME, or pass --itinerary FILE",
        .cannotCreate)
    }
    return ItineraryStore(path: path)
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
      return try store.update(body)
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
    case .cannotCreateDirectory, .cannotLock: return .failure(error.description, .cannotCreate)
    case .cannotWrite: return .failure(error.description, .ioError)
    }
  }

  /// The itinerary's events as loaded (live, or the saved copy when the id is gone), warning
  /// about the missing ones.
  static func resolve(_ itinerary: Itinerary, _ schedule: Schedule) -> [ResolvedEntry] {
    let resolved = itinerary.resolve(against: schedule)
    let missing = resolved.filter(\.isMissing)
    if !missing.isEmpty {
      let ids = missing.map(\.entry.id.rawValue).joined(separator: ", ")
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

  /// Warnings for an event that clashes with the rest of the itinerary, with the way out.
  /// A clash between two events added together is reported once (`reported` keeps the pairs).
  static func warnAboutClashes(
    _ event: Event, in itinerary: Itinerary, _ schedule: Schedule,
    reported: inout Set<[EventID]>
  ) {
    let others = withEnds(itinerary.resolve(against: schedule).map(\.event), schedule)
    guard let event = withEnds([event], schedule).first else { return }
    let check = Conflicts(checking: event, against: others, in: schedule)
    let style = TextStyle(usesColor: Terminal.stderrUsesColor)
    if let walkIn = Conflicts.walkIns(others + [event]).first(where: { $0.event.id == event.id }) {
      Output.error(
        style.dim("note:") + " \(event.id) is a walk-in \(event.kind.rawValue.lowercased()) "
          + "(\(event.timeRange)): it runs alongside \(ConflictReport.count(walkIn.alongside.count)) "
          + "of the itinerary, which is not a clash")
    }
    for conflict in check.clashes {
      let other = conflict.event(otherThan: event.id)
      guard reported.insert([event.id, other.id].sorted { $0.rawValue < $1.rawValue }).inserted
      else { continue }
      Output.error(
        style.warning("warning:")
          + DisplayText.printable(
            " \(event.id) clashes with \(other.id) \(other.kind) \(other.timeRange) '\(other.title)'"
          )
      )
      for resolution in conflict.resolutions {
        Output.error(
          "  " + ConflictReport.resolutionText(resolution) + " (\(resolution.alternative.id))")
      }
    }
  }

  /// `2018-12-04T15:05:00Z`, the time an entry was added.
  static func now() -> String { Clock.now.description }
}
