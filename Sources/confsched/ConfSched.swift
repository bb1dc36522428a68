import ConfSchedKit

/// The tool: its command list, and the one place that turns outcomes into output and exit
/// statuses.
enum ConfSched {
  static let version = "0.1.0"

  /// The top-level verbs, in help order.
  static var commands: [any Command.Type] {
    [
      SearchCommand.self, ListCommand.self, ShowCommand.self, TimetableCommand.self,
      NowCommand.self,
      NextCommand.self, AuthorsCommand.self, AuthorCommand.self, PostersCommand.self,
      CheckCommand.self,
    ]
  }

  /// Verbs grouped under a noun (`confsched itinerary add`), with the group's own spec.
  static var groups: [(spec: CommandSpec, commands: [any Command.Type])] {
    [(ItineraryCommand.spec, ItineraryCommand.commands)]
  }

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
      return spec
    }
    for (groupSpec, members) in groups {
      var group = groupSpec
      group.path = ["confsched"]
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
          try Output.send(HelpText.help(for: spec, width: Terminal.width))
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
