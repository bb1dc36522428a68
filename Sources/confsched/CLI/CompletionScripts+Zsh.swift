extension CompletionScripts {
  /// The zsh script: `_confsched` finds the command on the line (skipping options and their
  /// values), takes its words out of `words`, and hands the rest to `_arguments` with one spec
  /// per option. The data's values come from `compadd -a` on arrays in single quotes (a room
  /// with `&`, a kind with a space), so no spec ever holds them.
  var zsh: String {
    var lines = [
      "#compdef confsched",
      "# zsh completion for confsched; install with:",
      "#   confsched completions zsh > \"${fpath[1]}/_confsched\"   (then restart zsh)",
      "",
    ]
    for name in dataValues.keys.sorted() {
      let values = (dataValues[name] ?? []).map(CompletionScripts.shellQuoted)
      lines.append("typeset -ga _confsched_\(name)=(\(values.joined(separator: " ")))")
    }
    lines += [
      "",
      "_confsched_commands() {",
      "  local -a commands",
      "  commands=(",
    ]
    lines += root.subcommands.map { "    " + zshDescribed($0) }
    lines += ["  )", "  _describe -t commands 'confsched command' commands", "}", ""]
    for group in groups {
      lines += ["_confsched_\(group.name)_commands() {", "  local -a commands", "  commands=("]
      lines += group.subcommands.map { "    " + zshDescribed($0) }
      lines += ["  )", "  _describe -t commands '\(group.name) command' commands", "}", ""]
    }
    lines += [
      "_confsched() {",
      "  local -a path_words path_index",
      "  local -i i=2 skip=0 n",
      "  local w",
      "  while (( i < CURRENT )); do",
      "    w=${words[i]}",
      "    if (( skip )); then",
      "      skip=0",
      "    else",
      "      case $w in",
      "        (\(valueOptionWords.joined(separator: "|"))) skip=1 ;;",
      "        (-*) ;;",
      "        (*)",
      "          if (( ${#path_words} == 0 )) || [[ ${#path_words} == 1 && \" \(groups.map(\.name).joined(separator: " ")) \" == *\" ${path_words[1]} \"* ]]; then",
      "            path_words+=($w)",
      "            path_index+=($i)",
      "          fi ;;",
      "      esac",
      "    fi",
      "    (( i++ ))",
      "  done",
      "  # What _arguments reads: the options and arguments, without the command's words.",
      "  for n in ${(Oa)path_index}; do",
      "    words[n]=()",
      "    (( CURRENT-- ))",
      "  done",
      "  case \"${(j: :)path_words}\" in",
      "    (\"\")",
      "      _arguments -S \\",
      "        \(CompletionScripts.shellQuoted(zshSpec(ArgumentParser.color))) \\",
      "        '(- *)'{-h,--help}'[Show help information.]' \\",
      "        '(- *)--version[Show the version.]' \\",
      "        '1:command:_confsched_commands' ;;",
    ]
    for group in groups {
      lines.append("    (\(CompletionScripts.shellQuoted(group.name)))")
      lines.append("      _arguments -S \\")
      for option in defaultLeaf(of: group).map(options) ?? [] {
        lines.append("        \(zshOptionSpec(option)) \\")
      }
      lines.append("        '1:command:_confsched_\(group.name)_commands' ;;")
    }
    for (words, spec) in leaves {
      lines.append("    (\(CompletionScripts.shellQuoted(words.joined(separator: " "))))")
      lines.append("      _arguments -S \\")
      for option in options(of: spec) {
        lines.append("        \(zshOptionSpec(option)) \\")
      }
      lines.append("        \(CompletionScripts.shellQuoted(zshArgumentSpec(spec))) ;;")
    }
    lines += ["  esac", "}", "", "_confsched \"$@\"", ""]
    return lines.joined(separator: "\n")
  }

  /// `'search:Search papers and talks, best matches first.'`, colons in the text escaped.
  private func zshDescribed(_ spec: CommandSpec) -> String {
    CompletionScripts.shellQuoted(spec.name + ":" + spec.abstract.replacingOccurrences(":", "\\:"))
  }

  /// An option's spec as a word of the script: quoted, with a short name through brace
  /// expansion outside the quotes (`'(-o --output)'{-o+,--output=}'[...]:file:_files'`).
  private func zshOptionSpec(_ option: OptionSpec) -> String {
    let rest = CompletionScripts.shellQuoted(zshSpec(option, names: ""))
    if option.name == "help" {
      return "'(- *)'{-h,--help}'[Show help information.]'"
    }
    guard let short = option.short else { return CompletionScripts.shellQuoted(zshSpec(option)) }
    let suffix = option.isFlag ? ("", "") : ("+", "=")
    let exclusion = "'(-\(short) --\(option.name))'"
    let repeatMark = option.isRepeatable ? "'*'" : ""
    return exclusion + repeatMark + "{-\(short)\(suffix.0),--\(option.name)\(suffix.1)}" + rest
  }

  /// `*--kind=[help]:kind:_confsched_value kind`: the spec after the names (or with them, as
  /// `--name`, when `names` is nil).
  private func zshSpec(_ option: OptionSpec, names: String? = nil) -> String {
    let help = option.help.replacingOccurrences("[", "(").replacingOccurrences("]", ")")
      .replacingOccurrences(":", " -")
    let repeatMark = option.isRepeatable ? "*" : ""
    let head = names ?? (repeatMark + "--" + option.name + (option.isFlag ? "" : "="))
    guard let valueName = option.valueName else { return "\(head)[\(help)]" }
    let message = valueName.replacingOccurrences(":", "-")
    return "\(head)[\(help)]:\(message):\(zshAction(completion(for: option), name: option.name))"
  }

  /// The spec of a command's positional arguments.
  private func zshArgumentSpec(_ spec: CommandSpec) -> String {
    guard let argument = spec.arguments.first else { return "*: :" }
    let count = argument.isVariadic ? "*" : (argument.isOptional ? ":" : "1")
    let message = argument.name.replacingOccurrences(":", "-")
    return "\(count):\(message):\(zshAction(completion(for: spec), name: nil))"
  }

  private func zshAction(_ completion: ValueCompletion, name: String?) -> String {
    switch completion {
    case .files: return "_files"
    case .none: return " "
    case .words(let words):
      if let name, dataValues[name] != nil { return "{compadd -a _confsched_\(name)}" }
      return "(" + words.joined(separator: " ") + ")"
    }
  }
}
