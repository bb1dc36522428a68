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

  /// The heading each top-level command is listed under in `confsched --help`. A `switch`, not
  /// a dictionary literal: building that cost every run 150,000 instructions.
  static func group(of name: String) -> String? {
    switch name {
    case "search", "list", "show", "author", "authors", "similar": "Find and read"
    case "itinerary", "timetable", "now", "next", "posters", "recommend", "plan": "Plan the days"
    case "sources", "check", "match": "Your dumps"
    case "completions": "Shell"
    default: nil
    }
  }

  /// The tool's own spec, without its commands.
  private static var bare: CommandSpec {
    CommandSpec(
      name: "confsched",
      abstract: "Browse conference schedules offline: search papers, list sessions, show events.",
      discussion: """
        Works out of the box on the bundled NeurIPS dumps, or on your own with --data FILE.
        """,
      examples: [
        "confsched search \"neural tangent\"",
        "confsched list --day tue --kind oral",
      ])
  }

  /// A top-level command's spec as the tree holds it.
  private static func member(_ command: any Command.Type) -> CommandSpec {
    var spec = command.spec
    spec.path = ["confsched"]
    spec.group = group(of: spec.name)
    return spec
  }

  static var root: CommandSpec {
    var root = bare
    root.subcommands = commands.map(member)
    root.groupOrder = ["Find and read", "Plan the days", "Your dumps", "Shell"]
    for (groupSpec, members) in groups {
      var group = groupSpec
      group.path = ["confsched"]
      group.group = self.group(of: group.name)
      group.subcommands = members.map {
        var spec = $0.spec
        spec.path = ["confsched", group.name]
        return spec
      }
      root.subcommands.append(group)
    }
    return root
  }

  /// The parsed arguments and the command they name. Arguments that start with a top-level
  /// command's name are first parsed against a tree that holds only that command: building
  /// every command's spec cost a bundled search a sixteenth of its instructions. Any other
  /// arguments, and any that fail there, are parsed against the whole tree, so that help,
  /// suggestions and errors read exactly as they always do.
  private static func parse(_ arguments: [String]) throws(CLIError) -> (
    ParsedArguments, any Command.Type
  ) {
    if let name = arguments.first, !name.hasPrefix("-") {
      for command in commands {
        var spec = command.spec
        guard spec.name == name else { continue }
        spec.path = ["confsched"]
        spec.group = group(of: name)
        var alone = bare
        alone.subcommands = [spec]
        if let parsed = try? ArgumentParser.parse(arguments, root: alone),
          parsed.command.path == ["confsched"], parsed.command.name == name
        {
          return (parsed, command)
        }
        break
      }
    }
    let root = self.root
    let parsed = try ArgumentParser.parse(arguments, root: root)
    let path = parsed.command.path.dropFirst()
    let candidates =
      path.isEmpty ? commands : groups.first { $0.spec.name == path.first }?.commands ?? []
    guard let command = candidates.first(where: { $0.spec.name == parsed.command.name }) else {
      throw CLIError.help(root)
    }
    return (parsed, command)
  }

  static func main(_ arguments: [String]) -> ExitCode {
    do throws(CLIError) {
      let (parsed, command) = try parse(arguments)
      Terminal.colorChoice = parsed.colorChoice ?? .auto
      try Clock.validate(parsed.command)
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
        Output.error(HelpText.usageError(message, spec: spec, width: Terminal.stderrFitWidth))
        return .usage
      case .failure(let message, let code):
        if !message.isEmpty { Output.error("confsched: \(message)") }
        return code
      }
    }
  }
}
