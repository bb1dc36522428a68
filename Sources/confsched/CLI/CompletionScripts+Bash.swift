extension CompletionScripts {
  /// The bash script: one function that finds the command on the line (skipping options and
  /// their values, so `itinerary --itinerary F add` is `itinerary add`), then completes the
  /// value of the option before the cursor, an option, or the command's arguments. Values are
  /// offered quoted for the shell (`Room\ 210\ \&\ 230\ AB`); the data's lists are arrays
  /// in single quotes, so nothing in them is expanded.
  var bash: String {
    var lines = [
      "# bash completion for confsched; install with:",
      "#   confsched completions bash > ~/.local/share/bash-completion/completions/confsched",
    ]
    for name in dataValues.keys.sorted() {
      let values = (dataValues[name] ?? []).map(CompletionScripts.shellQuoted)
      lines.append("_confsched_\(name)=(\(values.joined(separator: " ")))")
    }
    lines += [
      "",
      "# Offers the words (after the first argument, the word being completed) that begin with",
      "# it, quoted for the shell. The word as typed may hold quotes and backslashes.",
      "_confsched_reply() {",
      "  local cur=$1 word",
      "  shift",
      "  cur=${cur#[\\\"\\']}",
      "  cur=${cur//\\\\/}",
      "  COMPREPLY=()",
      "  for word in \"$@\"; do",
      "    [[ $word == \"$cur\"* ]] && COMPREPLY+=(\"$(printf '%q' \"$word\")\")",
      "  done",
      "}",
      "",
      "_confsched_files() {",
      "  compopt -o filenames 2>/dev/null",
      "  local IFS=$'\\n'",
      "  COMPREPLY=($(compgen -f -- \"$1\"))",
      "}",
      "",
      "_confsched() {",
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
      "  # --option=value: bash splits the word at the '='.",
      "  if [[ $cur == \"=\" ]]; then",
      "    cur=\"\"",
      "  elif [[ $prev == \"=\" ]]; then",
      "    prev=${COMP_WORDS[COMP_CWORD-2]}",
      "  fi",
      "  local path=\"\" i w skip=0",
      "  for ((i = 1; i < COMP_CWORD; i++)); do",
      "    w=${COMP_WORDS[i]}",
      "    if ((skip)); then skip=0; continue; fi",
      "    case $w in",
      "      =) skip=1 ;;",
      "      \(valueOptionWords.joined(separator: "|"))) [[ ${COMP_WORDS[i+1]} == \"=\" ]] || skip=1 ;;",
      "      -*) ;;",
      "      *)",
      "        if [[ -z $path ]]; then",
      "          path=$w",
      "        elif [[ \" \(groups.map(\.name).joined(separator: " ")) \" == *\" $path \"* ]]; then",
      "          path=\"$path $w\"",
      "        fi ;;",
      "    esac",
      "  done",
      "  case $path in",
    ]
    let topWords =
      root.subcommands.map(\.name) + ["--help", "--version", "--color"]
    lines += [
      "    \"\")",
      "      case $prev in",
      "        --color) _confsched_reply \"$cur\" \(ColorChoice.allCases.map(\.rawValue).joined(separator: " ")); return ;;",
      "      esac",
      "      _confsched_reply \"$cur\" \(topWords.joined(separator: " ")) ;;",
    ]
    for group in groups {
      let leaf = defaultLeaf(of: group)
      lines.append("    \(CompletionScripts.shellQuoted(group.name)))")
      lines += bashValueCases(leaf.map(options) ?? [])
      let optionWords = (leaf.map(options) ?? []).map { "--" + $0.name }
      lines.append(
        "      if [[ $cur == -* ]]; then _confsched_reply \"$cur\" \(optionWords.joined(separator: " "))"
      )
      lines.append(
        "      else _confsched_reply \"$cur\" \(group.subcommands.map(\.name).joined(separator: " ")); fi ;;"
      )
    }
    for (words, spec) in leaves {
      lines.append("    \(CompletionScripts.shellQuoted(words.joined(separator: " "))))")
      lines += bashValueCases(options(of: spec))
      let optionWords = options(of: spec).map { "--" + $0.name }
      let options = "_confsched_reply \"$cur\" \(optionWords.joined(separator: " "))"
      switch completion(for: spec) {
      case .files:
        lines.append(
          "      if [[ $cur == -* ]]; then \(options); else _confsched_files \"$cur\"; fi ;;")
      case .words(let words):
        let values = words.map(CompletionScripts.shellQuoted).joined(separator: " ")
        lines.append(
          "      if [[ $cur == -* ]]; then \(options); else _confsched_reply \"$cur\" \(values); fi ;;"
        )
      case .none:
        // Free words (a query, ids): options only when asked for, or when none are taken.
        let condition = spec.arguments.isEmpty ? "true" : "[[ $cur == -* ]]"
        lines.append("      if \(condition); then \(options); else COMPREPLY=(); fi ;;")
      }
    }
    lines += ["  esac", "}", "complete -F _confsched confsched", ""]
    return lines.joined(separator: "\n")
  }

  /// `case $prev in --kind) ...` for the options of a command that take a value.
  private func bashValueCases(_ options: [OptionSpec]) -> [String] {
    var lines = ["      case $prev in"]
    for option in options where !option.isFlag {
      let names = (["--" + option.name] + (option.short.map { ["-\($0)"] } ?? []))
        .joined(separator: "|")
      switch completion(for: option) {
      case .files:
        lines.append("        \(names)) _confsched_files \"$cur\"; return ;;")
      case .words(let words):
        let values =
          dataValues[option.name] != nil
          ? "\"${_confsched_\(option.name)[@]}\""
          : words.map(CompletionScripts.shellQuoted).joined(separator: " ")
        lines.append("        \(names)) _confsched_reply \"$cur\" \(values); return ;;")
      case .none:
        lines.append("        \(names)) COMPREPLY=(); return ;;")
      }
    }
    lines.append("      esac")
    return lines
  }

  /// A word in single quotes for bash, zsh or fish source: `'it'\''s'`.
  static func shellQuoted(_ text: String) -> String {
    let plain = text.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "-_./:@".contains($0))
    }
    return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences("'", "'\\''") + "'"
  }
}
