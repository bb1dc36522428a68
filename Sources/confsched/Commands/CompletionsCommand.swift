import ConfSchedKit

enum CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a bash, zsh or fish completion script.",
    discussion: """
      The script completes commands, options, and the kinds, rooms and days of the loaded data. \
      Install it with:
        bash: confsched completions bash > ~/.local/share/bash-completion/completions/confsched
        zsh:  confsched completions zsh > "${fpath[1]}/_confsched"
        fish: confsched completions fish > ~/.config/fish/completions/confsched.fish
      """,
    arguments: [
      ArgumentSpec(name: "shell", help: "bash, zsh or fish.", choices: ["bash", "zsh", "fish"])
    ],
    options: DataLoader.options,
    examples: ["confsched completions bash > ~/.local/share/bash-completion/completions/confsched"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let shell = arguments.positionals.first ?? ""
    guard ["bash", "zsh", "fish"].contains(shell) else {
      throw CLIError.usage(
        "'\(shell)' is not a shell confsched completes; use bash, zsh or fish.", arguments.command)
    }
    let schedule = try DataLoader.load(arguments).schedule
    let kinds = Set(schedule.events.map { $0.kind.rawValue.lowercased() }).sorted()
    let rooms = Set(schedule.events.compactMap(\.room)).sorted()
    var days = Set(schedule.events.compactMap { $0.date?.description }).sorted()
    days += Set(schedule.events.compactMap { $0.date?.weekday.shortName.lowercased() }).sorted()
    let sessions = Set(schedule.events.compactMap(\.session)).sorted()
    let conferences = schedule.conferences.map(\.id)
    let years = Set(schedule.conferences.map { String($0.year) }).sorted()
    let scripts = CompletionScripts(
      root: ConfSched.root,
      dataValues: [
        "kind": kinds, "room": rooms, "day": days, "session": sessions,
        "conference": conferences, "year": years,
      ])
    switch shell {
    case "bash": try Output.send(scripts.bash)
    case "zsh": try Output.send(scripts.zsh)
    default: try Output.send(scripts.fish)
    }
    return .success
  }
}
