import ConfSchedKit

/// Reads a command line against a command's spec.
///
/// Accepts `--name value`, `--name=value`, `-n value`, flags, `--` to end options, and `-h` or
/// `--help` anywhere; `--color WHEN` is taken anywhere before `--`, for every command. A
/// mistyped option or command gets a suggestion.
enum ArgumentParser {
  /// `--color`, which every command takes.
  static let color = OptionSpec(
    name: "color", valueName: "when",
    help:
      "Colour: always, never, or auto: on a terminal, unless NO_COLOR is set or TERM is dumb.")

  static func parse(_ arguments: [String], root: CommandSpec) throws(CLIError) -> ParsedArguments {
    var spec = root
    var arguments = arguments
    let colorChoice = try takeColor(&arguments, root: root)
    var rest = arguments[...]
    // Walk down the subcommands.
    while !spec.subcommands.isEmpty {
      // Options may come before the subcommand: `itinerary --itinerary F add X`.
      if rest.first?.hasPrefix("-") == true, let (sub, position) = laterSubcommand(rest, of: spec) {
        spec = sub
        rest.remove(at: position)
        break
      }
      if let name = spec.defaultSubcommand,
        let fallback = spec.subcommands.first(where: { $0.name == name }),
        rest.first.map({ $0.hasPrefix("-") && $0 != "-h" && $0 != "--help" }) ?? true
      {
        spec = fallback
        break
      }
      guard let word = rest.first else { throw CLIError.help(spec) }
      if word == "-h" || word == "--help" { throw CLIError.help(spec) }
      if word == "--version" && spec.path.isEmpty { throw CLIError.version }
      if word == "help" {
        throw CLIError.help(try helpTarget(Array(rest.dropFirst()), from: spec))
      }
      guard let next = spec.subcommands.first(where: { $0.name == word }) else {
        if word.hasPrefix("-") {
          throw CLIError.usage("Unknown option '\(word)'.", spec)
        }
        let names = spec.subcommands.map(\.name)
        throw CLIError.usage(
          "Unknown command '\(word)'." + suggestion(for: word, among: names, quote: ""), spec)
      }
      spec = next
      rest = rest.dropFirst()
    }

    var parsed = ParsedArguments(command: spec)
    parsed.colorChoice = colorChoice
    var onlyPositionals = false
    while let word = rest.first {
      rest = rest.dropFirst()
      if onlyPositionals || word == "-" || !word.hasPrefix("-") || isNegativeNumber(word)
        || (spec.takesDashedWords && !word.hasPrefix("--") && word.count > 2)
      {
        parsed.positionals.append(word)
        continue
      }
      if word == "--" {
        onlyPositionals = true
        continue
      }
      if word == "-h" || word == "--help" { throw CLIError.help(spec) }
      var name: String
      var inlineValue: String?
      let option: OptionSpec?
      if word.hasPrefix("--") {
        name = String(word.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        option = spec.option(named: name)
      } else {
        guard word.count == 2, let letter = word.last else {
          throw CLIError.usage("Unknown option '\(word)'.", spec)
        }
        option = spec.option(short: letter)
        name = option?.name ?? String(letter)
      }
      guard let option else {
        let names = spec.options.map { "--" + $0.name } + ["--help"]
        throw CLIError.usage(
          "Unknown option '\(word)'." + suggestion(for: word, among: names, quote: "'"), spec)
      }
      if option.isFlag {
        if inlineValue != nil {
          throw CLIError.usage("The flag '--\(option.name)' does not take a value.", spec)
        }
        parsed.flags.insert(option.name)
        continue
      }
      guard let value = inlineValue ?? rest.first else {
        throw CLIError.usage("Missing value for '\(option.label)'.", spec)
      }
      if inlineValue == nil { rest = rest.dropFirst() }
      parsed.values[option.name, default: []].append(value)
    }

    // Check the positionals.
    let required = spec.arguments.filter { !$0.isOptional }.count
    let variadic = spec.arguments.contains(where: \.isVariadic)
    if parsed.positionals.count < required {
      let missing = spec.arguments[parsed.positionals.count]
      throw CLIError.usage("Missing expected argument '<\(missing.name)>'.", spec)
    }
    if !variadic, parsed.positionals.count > spec.arguments.count {
      throw CLIError.usage(
        "Unexpected argument '\(parsed.positionals[spec.arguments.count])'.", spec)
    }
    return parsed
  }

  /// The subcommand named after some options (and their values), with its position in `words`;
  /// nil when the first word that is neither is not a subcommand.
  private static func laterSubcommand(_ words: ArraySlice<String>, of spec: CommandSpec)
    -> (CommandSpec, Int)?
  {
    let options = spec.subcommands.flatMap(\.options)
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      if word == "--" { return nil }
      guard word.hasPrefix("-") else {
        return spec.subcommands.first { $0.name == word }.map { ($0, index) }
      }
      let name = word.hasPrefix("--") ? String(word.dropFirst(2)) : ""
      let short = word.count == 2 ? word.last : nil
      let option = options.first { $0.name == name || (short != nil && $0.short == short) }
      index += option.map { $0.isFlag ? 1 : 2 } ?? 1
    }
    return nil
  }

  /// Removes `--color WHEN` (or `--color=WHEN`) from the words before `--`; the last one wins.
  private static func takeColor(_ arguments: inout [String], root: CommandSpec) throws(CLIError)
    -> ColorChoice?
  {
    var choice: ColorChoice?
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      let word = arguments[index]
      guard word == "--color" || word.hasPrefix("--color=") else {
        index += 1
        continue
      }
      let value: String
      if word == "--color" {
        guard index + 1 < arguments.count else {
          throw CLIError.usage("Missing value for '--color <when>'.", root)
        }
        value = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
      } else {
        value = String(word.dropFirst("--color=".count))
        arguments.remove(at: index)
      }
      guard let parsed = ColorChoice(rawValue: value.lowercased()) else {
        throw CLIError.usage("'\(value)' is not a colour choice; use always, never or auto.", root)
      }
      choice = parsed
    }
    return choice
  }

  /// `confsched help search` and `confsched help itinerary add`.
  private static func helpTarget(_ words: [String], from root: CommandSpec) throws(CLIError)
    -> CommandSpec
  {
    var spec = root
    for word in words where word != "help" {  // `confsched help help` is the tool's help
      guard let next = spec.subcommands.first(where: { $0.name == word }) else {
        let names = spec.subcommands.map(\.name)
        throw CLIError.usage(
          "Unknown command '\(word)'." + suggestion(for: word, among: names, quote: ""), spec)
      }
      spec = next
    }
    return spec
  }

  /// ` Did you mean '--limit'?` for a close name, else nothing.
  static func suggestion(for word: String, among names: [String], quote: String) -> String {
    let candidates = names.map { (name: $0, distance: EditDistance.levenshtein(word, $0)) }
      .filter { $0.distance <= Swift.max(2, word.count / 3) || $0.name.hasPrefix(word) }
      .sorted { $0.distance < $1.distance }
    guard let best = candidates.first else { return "" }
    let quoted = quote.isEmpty ? "'\(best.name)'" : "\(quote)\(best.name)\(quote)"
    return " Did you mean \(quoted)?"
  }

  private static func isNegativeNumber(_ word: String) -> Bool {
    word.count > 1 && word.dropFirst().allSatisfy(\.isNumber)
  }
}
