import ConfSchedKit

/// Shell completion scripts generated from the command specs and the loaded data: commands,
/// options, the values options take (kinds, rooms, days, sessions, conferences and years of
/// the data; each command's own formats; families, colour choices, shells) and files where
/// files are wanted. An option whose value cannot be guessed (`--limit`, `--from`) completes
/// to nothing rather than to option names.
///
/// Each shell's script lives in an extension of its own: `+Bash`, `+Zsh`, `+Fish`.
struct CompletionScripts {
  var root: CommandSpec
  /// The values of the options taken from the data, by option name: `kind`, `room`, `day`,
  /// `session`, `conference`, `year`.
  var dataValues: [String: [String]]

  /// What completes a value.
  enum ValueCompletion: Equatable {
    /// One of these words.
    case words([String])
    /// A file name.
    case files
    /// Nothing that can be guessed: the user types it.
    case none
  }

  /// The options whose values are files.
  static let fileOptions: Set<String> = ["data", "itinerary", "output"]

  /// Values of options that are the same for every command.
  static let fixedChoices: [String: [String]] = [
    "family": DumpReader.families.map(\.rawValue),
    "color": ColorChoice.allCases.map(\.rawValue),
  ]

  /// What completes the value of an option of a command.
  func completion(for option: OptionSpec) -> ValueCompletion {
    if CompletionScripts.fileOptions.contains(option.name) { return .files }
    if !option.choices.isEmpty { return .words(option.choices) }
    if let values = dataValues[option.name] ?? CompletionScripts.fixedChoices[option.name] {
      return .words(values)
    }
    return .none
  }

  /// What completes a command's positional arguments.
  func completion(for spec: CommandSpec) -> ValueCompletion {
    guard let argument = spec.arguments.first else { return .none }
    if argument.isFile { return .files }
    return argument.choices.isEmpty ? .none : .words(argument.choices)
  }

  /// The options of a command as completed: its own, `--color` and `--help`.
  func options(of spec: CommandSpec) -> [OptionSpec] {
    spec.options + [
      ArgumentParser.color, OptionSpec(name: "help", short: "h", help: "Show help information."),
    ]
  }

  /// Every command that runs, with its words on the command line (`["itinerary", "add"]`).
  var leaves: [(words: [String], spec: CommandSpec)] {
    var result: [([String], CommandSpec)] = []
    func walk(_ spec: CommandSpec, _ words: [String]) {
      if spec.subcommands.isEmpty {
        result.append((words, spec))
      } else {
        for sub in spec.subcommands { walk(sub, words + [sub.name]) }
      }
    }
    for sub in root.subcommands { walk(sub, [sub.name]) }
    return result
  }

  /// The commands that group others (`itinerary`).
  var groups: [CommandSpec] {
    root.subcommands.filter { !$0.subcommands.isEmpty }
  }

  /// Every option that takes a value, in any command, as `--name` and `-x`: the words after
  /// which the next word is a value, not a command.
  var valueOptionWords: [String] {
    var words: Set<String> = ["--color"]
    func walk(_ spec: CommandSpec) {
      for option in spec.options where !option.isFlag {
        words.insert("--" + option.name)
        if let short = option.short { words.insert("-\(short)") }
      }
      spec.subcommands.forEach(walk)
    }
    walk(root)
    return words.sorted()
  }

  /// The spec of the default subcommand of a group, whose options the group's word completes.
  func defaultLeaf(of group: CommandSpec) -> CommandSpec? {
    group.subcommands.first { $0.name == group.defaultSubcommand }
  }
}

extension String {
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
