import ConfSchedKit

/// The tool: its command list, and the one place that turns outcomes into output and exit
/// statuses.
enum ConfSched {
  static let version = "0.1.0"

  /// The top-level verbs, in help order.
  static var commands: [any Command.Type] {
    [
      SearchCommand.self, ListCommand.self, ShowCommand.self, AuthorsCommand.self,
      AuthorCommand.self, TimetableCommand.self, NowCommand.self, NextCommand.self,
      PostersCommand.self, SimilarCommand.self, RecommendCommand.self, PlanCommand.self,
      MatchCommand.self, CheckCommand.self, CompletionsCommand.self,
    ]
  }

  /// Verbs grouped under a noun (`confsched itinerary add`), with the group's own spec.
  static var groups: [(spec: CommandSpec, commands: [any Command.Type])] {
    [
      (ItineraryCommand.spec, ItineraryCommand.commands),
      (SourcesCommand.spec, SourcesCommand.commands),
    ]
  }

  /// The heading each top-level command is listed under in `confsched --help`.
  static let groupOf: [String: String] = [
    "search": "Find and read", "list": "Find and read", "show": "Find and read",
    "author": "Find and read", "authors": "Find and read",
    "itinerary": "Plan the days", "timetable": "Plan the days", "now": "Plan the days",
    "next": "Plan the days", "posters": "Plan the days",
    "similar": "Find and read", "recommend": "Plan the days", "plan": "Plan the days",
    "sources": "Your dumps", "check": "Your dumps", "match": "Your dumps",
    "completions": "Shell",
  ]

  static var root: CommandSpec {
    var root = CommandSpec(
      name: "confsched",
      abstract: "Browse conference schedules offline: search papers, list sessions, show events.",
      discussion: """
        Works out of the box on the bundled NeurIPS dumps, or on your own with --data FILE.
        """,
      examples: [
        "confsched search \"neural tangent\"",
        "confsched list --day tue --kind oral",
      ])
    root.subcommands = commands.map {
      var spec = $0.spec
      spec.path = ["confsched"]
      spec.group = groupOf[spec.name]
      return spec
    }
    root.groupOrder = ["Find and read", "Plan the days", "Your dumps", "Shell"]
    for (groupSpec, members) in groups {
      var group = groupSpec
      group.path = ["confsched"]
      group.group = groupOf[group.name]
      group.subcommands = members.map {
        var spec = $0.spec
        spec.path = ["confsched", group.name]
        return spec
      }
      root.subcommands.append(group)
    }
    return root
  }

  static func main(_ arguments: [String]) -> ExitCode {
    let root = self.root
    do throws(CLIError) {
      let parsed = try ArgumentParser.parse(arguments, root: root)
      Terminal.colorChoice = parsed.colorChoice ?? .auto
      try Clock.validate(parsed.command)
      let path = parsed.command.path.dropFirst()
      let candidates =
        path.isEmpty ? commands : groups.first { $0.spec.name == path.first }?.commands ?? []
      guard let command = candidates.first(where: { $0.spec.name == parsed.command.name }) else {
        throw CLIError.help(root)
      }
      return try command.run(parsed)
    } catch {
      switch error {
      case .help(let spec):
        do throws(CLIError) {
          try Output.send(HelpText.help(for: spec, width: Terminal.layoutWidth))
        } catch {
          return .ioError
        }
        return .success
      case .version:
        do throws(CLIError) {
          try Output.send("confsched \(version)\n")
        } catch {
          return .ioError
        }
        return .success
      case .usage(let message, let spec):
        Output.error(HelpText.usageError(message, spec: spec))
        return .usage
      case .failure(let message, let code):
        if !message.isEmpty { Output.error("confsched: \(message)") }
        return code
      }
    }
  }
}
