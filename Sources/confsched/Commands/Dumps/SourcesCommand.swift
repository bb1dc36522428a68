import ConfSchedKit

/// `confsched sources`: the group that lists, adds, updates and removes the user's own
/// schedules, kept compiled in `$XDG_DATA_HOME/confsched/sources/`.
enum SourcesCommand {
  static let spec = CommandSpec(
    name: "sources",
    abstract: "Your own schedules: list, add, update, remove.",
    discussion: """
      'sources add FILE' checks a dump as 'check' does, and keeps a copy of it and its compiled \
      form in $XDG_DATA_HOME/confsched/sources/ (by default ~/.local/share/confsched/sources/). \
      Once a source is added, every command reads the added sources instead of the bundled \
      NeurIPS dumps; --bundled reads both, --data FILE reads a file for one run.
      """,
    examples: [
      "confsched sources add ~/Downloads/icml-2026.ics --name icml",
      "confsched sources",
      "confsched sources update",
      "confsched sources remove icml",
    ],
    defaultSubcommand: "list")

  static var commands: [any Command.Type] {
    [
      SourcesListCommand.self, SourcesAddCommand.self, SourcesUpdateCommand.self,
      SourcesRemoveCommand.self,
    ]
  }

  /// The store, or the failure of having none.
  static func store(_ arguments: ParsedArguments) throws(CLIError) -> SourceStore {
    guard let store = try AddedSources.store(arguments) else {
      throw CLIError.failure(
        "no place for added sources: set HOME or XDG_DATA_HOME", .cannotCreate)
    }
    return store
  }
}
