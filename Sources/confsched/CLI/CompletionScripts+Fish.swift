extension CompletionScripts {
  /// The fish script: `__confsched_path` finds the command on the line (skipping options and
  /// their values), and every completion is conditioned on it, so that `itinerary list` and
  /// `list` do not mix. Values are escaped as fish tokens (`Room\ 210\ \&\ 230\ AB`).
  var fish: String {
    let valueWords = valueOptionWords.map(CompletionScripts.fishQuoted).joined(separator: " ")
    let groupNames = groups.map(\.name).joined(separator: " ")
    var lines = [
      "# fish completion for confsched; install with:",
      "#   confsched completions fish > ~/.config/fish/completions/confsched.fish",
      "function __confsched_path",
      "    set -l words (commandline -opc)",
      "    set -e words[1]",
      "    set -l path",
      "    set -l skip 0",
      "    for w in $words",
      "        if test $skip = 1",
      "            set skip 0",
      "            continue",
      "        end",
      "        if contains -- $w \(valueWords)",
      "            set skip 1",
      "        else if string match -q -- '-*' $w",
      "            continue",
      "        else if test (count $path) -eq 0",
      "            set path $w",
      "        else if test (count $path) -eq 1; and contains -- $path[1] \(groupNames)",
      "            set path $path $w",
      "        end",
      "    end",
      "    echo (string join ' ' $path)",
      "end",
      "function __confsched_at",
      "    test (__confsched_path) = \"$argv\"",
      "end",
      "complete -c confsched -f",
    ]
    for sub in root.subcommands {
      lines.append(
        "complete -c confsched -n '__confsched_at' -a \(sub.name) -d \(CompletionScripts.fishQuoted(sub.abstract))"
      )
    }
    lines.append(
      "complete -c confsched -n '__confsched_at' -l color -x -a 'always never auto' -d \(CompletionScripts.fishQuoted(ArgumentParser.color.help))"
    )
    lines.append("complete -c confsched -n '__confsched_at' -l version -d 'Show the version.'")
    for group in groups {
      let at = "__confsched_at \(group.name)"
      for sub in group.subcommands {
        lines.append(
          "complete -c confsched -n \(CompletionScripts.fishQuoted(at)) -a \(sub.name) -d \(CompletionScripts.fishQuoted(sub.abstract))"
        )
      }
      for option in defaultLeaf(of: group).map(options) ?? [] {
        lines.append(fishOption(option, at: at))
      }
    }
    for (words, spec) in leaves {
      let at = "__confsched_at " + words.joined(separator: " ")
      for option in options(of: spec) { lines.append(fishOption(option, at: at)) }
      switch completion(for: spec) {
      case .files:
        lines.append("complete -c confsched -n \(CompletionScripts.fishQuoted(at)) -F")
      case .words(let values):
        lines.append(
          "complete -c confsched -n \(CompletionScripts.fishQuoted(at)) -a \(CompletionScripts.fishQuoted(values.map(CompletionScripts.fishToken).joined(separator: " ")))"
        )
      case .none: break
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func fishOption(_ option: OptionSpec, at condition: String) -> String {
    var line =
      "complete -c confsched -n \(CompletionScripts.fishQuoted(condition)) -l \(option.name)"
    if let short = option.short { line += " -s \(short)" }
    if !option.isFlag {
      switch completion(for: option) {
      case .files: line += " -r -F"
      case .words(let values):
        line +=
          " -x -a "
          + CompletionScripts.fishQuoted(
            values.map(CompletionScripts.fishToken).joined(separator: " "))
      case .none: line += " -x"
      }
    }
    return line + " -d " + CompletionScripts.fishQuoted(option.help)
  }

  /// A value as one fish token: spaces and the characters fish treats specially escaped.
  static func fishToken(_ text: String) -> String {
    var result = ""
    for char in text {
      if " &|;<>()$*?~#\"'{}[]\\%".contains(char) { result.append("\\") }
      result.append(char)
    }
    return result
  }

  /// Text in fish's single quotes, where only `\'` and `\\` are escapes.
  static func fishQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences("\\", "\\\\").replacingOccurrences("'", "\\'") + "'"
  }
}
