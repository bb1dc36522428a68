/// The declared shape of a command, in the spirit of swift-argument-parser: its arguments,
/// options and help, from which parsing, `--help` and usage errors all follow.
struct CommandSpec {
  var name: String
  /// One line for the command list.
  var abstract: String
  /// More paragraphs for `--help`.
  var discussion: String? = nil
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var examples: [String] = []
  var subcommands: [CommandSpec] = []
  /// The subcommand run when none is named (`confsched itinerary` lists).
  var defaultSubcommand: String? = nil
  /// The heading a subcommand is listed under in its parent's help (`FIND AND READ`).
  var group: String? = nil
  /// The order of the groups of the subcommands, in help.
  var groupOrder: [String] = []
  /// Whether a word with one dash and two letters or more (`-wasserstein`) is an argument, not
  /// an unknown option: `search` reads it as a word to leave out.
  var takesDashedWords = false

  /// The full name with its parents: `confsched itinerary add`.
  var path: [String] = []

  var commandLine: String { (path + [name]).joined(separator: " ") }

  func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  func option(short: Character) -> OptionSpec? {
    options.first { $0.short == short }
  }
}

/// A positional argument.
struct ArgumentSpec {
  var name: String
  var help: String
  var isOptional = false
  var isVariadic = false
  /// The values it takes, for shell completion (`bash`, `zsh`, `fish`); empty when open.
  var choices: [String] = []
  /// Whether it names files, for shell completion.
  var isFile = false

  var usage: String {
    let base = "<\(name)>" + (isVariadic ? " ..." : "")
    return isOptional ? "[\(base)]" : base
  }
}

/// A named option (`--limit <n>`) or flag (`--json`).
struct OptionSpec {
  var name: String
  var short: Character? = nil
  /// The value's placeholder; nil for a flag.
  var valueName: String? = nil
  var help: String
  var defaultValue: String? = nil
  var isRepeatable = false
  /// The values it takes, for shell completion; empty when open or taken from the data.
  var choices: [String] = []

  var isFlag: Bool { valueName == nil }

  /// `-o, --output <file>`.
  var label: String {
    var label = short.map { "-\($0), " } ?? ""
    label += "--\(name)"
    if let valueName { label += " <\(valueName)>" }
    return label
  }

  /// `[--limit <n>]` or `[--data <file> ...]`.
  var usage: String {
    var text = "--\(name)"
    if let valueName { text += " <\(valueName)>" }
    if isRepeatable { text += " ..." }
    return "[\(text)]"
  }
}

/// What the parser read from the command line for one command.
struct ParsedArguments {
  var command: CommandSpec
  var positionals: [String] = []
  var values: [String: [String]] = [:]
  var flags: Set<String> = []
  /// `--color`, when given.
  var colorChoice: ColorChoice?

  func value(_ name: String) -> String? { values[name]?.last }
  func allValues(_ name: String) -> [String] { values[name] ?? [] }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}
