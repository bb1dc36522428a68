/// Shell completion scripts generated from the command specs and the loaded data: commands,
/// options, and the values of `--kind`, `--room`, `--day` and `--format`.
struct CompletionScripts {
  var root: CommandSpec
  var kinds: [String]
  var rooms: [String]
  var days: [String]

  /// The options whose values come from the loaded data.
  static var valueLists: [String: KeyPath<CompletionScripts, [String]>] {
    ["kind": \.kinds, "room": \.rooms, "day": \.days]
  }
  static let formats = ["table", "json", "csv", "md", "ics"]
  static let fileOptions: Set<String> = ["data", "itinerary", "output"]

  /// Every command that takes options, with its words on the command line.
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

  // MARK: bash

  var bash: String {
    var lines = [
      "# bash completion for confsched; install with:",
      "#   confsched completions bash > ~/.local/share/bash-completion/completions/confsched",
      "_confsched_values() {",
      "  local word",
      "  COMPREPLY=()",
      "  while IFS= read -r word; do COMPREPLY+=(\"$(printf '%q' \"$word\")\"); done < <(compgen -W \"$1\" -- \"$2\")",
      "}",
      "_confsched() {",
      "  local cur prev path i w",
      "  cur=\"${COMP_WORDS[COMP_CWORD]}\"",
      "  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
      "  path=\"\"",
      "  for ((i = 1; i < COMP_CWORD; i++)); do",
      "    w=\"${COMP_WORDS[i]}\"",
      "    case \"$w\" in",
      "      -*) ;;",
      "      *) case \" \(groupNames.joined(separator: " ")) \" in",
      "           *\" $path \"*) path=\"$path $w\" ;;",
      "           *) [[ -z $path ]] && path=\"$w\" ;;",
      "         esac ;;",
      "    esac",
      "  done",
      "  local IFS=$'\\n'",
      "  case \"$prev\" in",
    ]
    for (option, keyPath) in CompletionScripts.valueLists.sorted(by: { $0.key < $1.key }) {
      let words = self[keyPath: keyPath].joined(separator: "\n")
      lines.append(
        "    --\(option)) _confsched_values \"\(bashQuoted(words))\" \"$cur\"; return ;;")
    }
    lines.append(
      "    --format) COMPREPLY=($(compgen -W \"\(CompletionScripts.formats.joined(separator: "\n"))\" -- \"$cur\")); return ;;"
    )
    lines.append(
      "    --data|--itinerary|--output|-o) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;")
    lines.append("  esac")
    lines.append("  case \"$path\" in")
    lines.append(
      "    \"\") COMPREPLY=($(compgen -W \"\((root.subcommands.map(\.name) + ["--help", "--version"]).joined(separator: "\n"))\" -- \"$cur\")) ;;"
    )
    for group in root.subcommands where !group.subcommands.isEmpty {
      let words =
        group.subcommands.map(\.name)
        + (group.subcommands.first { $0.name == group.defaultSubcommand }.map(optionWords) ?? [])
      lines.append(
        "    \(group.name)) COMPREPLY=($(compgen -W \"\(words.joined(separator: "\n"))\" -- \"$cur\")) ;;"
      )
    }
    for (words, spec) in leaves {
      lines.append(
        "    \"\(words.joined(separator: " "))\") COMPREPLY=($(compgen -W \"\(optionWords(spec).joined(separator: "\n"))\" -- \"$cur\")) ;;"
      )
    }
    lines += ["  esac", "}", "complete -F _confsched confsched", ""]
    return lines.joined(separator: "\n")
  }

  // MARK: zsh

  var zsh: String {
    var lines = [
      "#compdef confsched",
      "# zsh completion for confsched; install with:",
      "#   confsched completions zsh > \"${fpath[1]}/_confsched\"   (then restart zsh)",
      "",
      "_confsched() {",
      "  local -a path_words",
      "  local w",
      "  for w in ${words[2,CURRENT-1]}; do",
      "    [[ $w == -* ]] && continue",
      "    path_words+=($w)",
      "  done",
      "  case \"${path_words[*]}\" in",
    ]
    lines.append("    \"\")")
    lines.append("      local -a commands")
    lines.append("      commands=(")
    for sub in root.subcommands {
      lines.append("        \(zshQuoted("\(sub.name):\(sub.abstract)"))")
    }
    lines.append("      )")
    lines.append("      _describe 'command' commands ;;")
    for group in root.subcommands where !group.subcommands.isEmpty {
      lines.append("    \(group.name))")
      lines.append("      local -a subcommands")
      lines.append("      subcommands=(")
      for sub in group.subcommands {
        lines.append("        \(zshQuoted("\(sub.name):\(sub.abstract)"))")
      }
      lines.append("      )")
      lines.append("      _describe 'subcommand' subcommands ;;")
    }
    for (words, spec) in leaves {
      lines.append("    \"\(words.joined(separator: " "))\"*)")
      lines.append("      _arguments \\")
      for option in spec.options {
        lines.append("        \(zshQuoted(zshSpec(option))) \\")
      }
      lines.append("        '(-h --help)'{-h,--help}'[Show help information.]' \\")
      lines.append("        '*:argument:' ;;")
    }
    lines += ["  esac", "}", "", "_confsched \"$@\"", ""]
    return lines.joined(separator: "\n")
  }

  // MARK: fish

  var fish: String {
    var lines = [
      "# fish completion for confsched; install with:",
      "#   confsched completions fish > ~/.config/fish/completions/confsched.fish",
      "complete -c confsched -f",
    ]
    let topNames = root.subcommands.map(\.name).joined(separator: " ")
    for sub in root.subcommands {
      lines.append(
        "complete -c confsched -n 'not __fish_seen_subcommand_from \(topNames)' -a \(sub.name) -d \(fishQuoted(sub.abstract))"
      )
    }
    for group in root.subcommands where !group.subcommands.isEmpty {
      let names = group.subcommands.map(\.name).joined(separator: " ")
      for sub in group.subcommands {
        lines.append(
          "complete -c confsched -n '__fish_seen_subcommand_from \(group.name); and not __fish_seen_subcommand_from \(names)' -a \(sub.name) -d \(fishQuoted(sub.abstract))"
        )
      }
    }
    for (words, spec) in leaves {
      let condition = words.map { "__fish_seen_subcommand_from \($0)" }.joined(separator: "; and ")
      for option in spec.options {
        var line = "complete -c confsched -n '\(condition)' -l \(option.name)"
        if let short = option.short { line += " -s \(short)" }
        if option.valueName != nil {
          if CompletionScripts.fileOptions.contains(option.name) {
            line += " -r -F"
          } else if let keyPath = CompletionScripts.valueLists[option.name] {
            line +=
              " -x -a " + fishQuoted(self[keyPath: keyPath].map(fishToken).joined(separator: " "))
          } else if option.name == "format" {
            line += " -x -a " + fishQuoted(CompletionScripts.formats.joined(separator: " "))
          } else {
            line += " -x"
          }
        }
        lines.append(line + " -d " + fishQuoted(option.help))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Helpers

  private var groupNames: [String] {
    root.subcommands.filter { !$0.subcommands.isEmpty }.map(\.name)
  }

  private func optionWords(_ spec: CommandSpec) -> [String] {
    spec.options.map { "--" + $0.name } + ["--help"]
  }

  private func zshSpec(_ option: OptionSpec) -> String {
    let help = option.help.replacingOccurrences("[", "(").replacingOccurrences("]", ")")
      .replacingOccurrences(":", " -")
    let names = option.short.map { "{-\($0),--\(option.name)}" } ?? "--\(option.name)"
    let repeatMark = option.isRepeatable ? "*" : ""
    guard let valueName = option.valueName else { return "\(repeatMark)\(names)[\(help)]" }
    var action = ""
    if CompletionScripts.fileOptions.contains(option.name) {
      action = "_files"
    } else if let keyPath = CompletionScripts.valueLists[option.name] {
      action =
        "("
        + self[keyPath: keyPath].map { $0.replacingSpaces(with: "\\\\ ") }.joined(separator: " ")
        + ")"
    } else if option.name == "format" {
      action = "(" + CompletionScripts.formats.joined(separator: " ") + ")"
    }
    return "\(repeatMark)\(names)=[\(help)]:\(valueName):\(action)"
  }

  private func bashQuoted(_ text: String) -> String {
    text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"")
      .replacingOccurrences("$", "\\$").replacingOccurrences("`", "\\`")
  }

  private func zshQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences("'", "'\\''") + "'"
  }

  /// A value as one fish token: spaces and shell characters escaped.
  private func fishToken(_ text: String) -> String {
    var result = ""
    for char in text {
      if " &|;<>()$*?~#\"'{}[]\\".contains(char) { result.append("\\") }
      result.append(char)
    }
    return result
  }

  private func fishQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences("\\", "\\\\").replacingOccurrences("'", "\\'") + "'"
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

  func replacingSpaces(with replacement: String) -> String {
    replacingOccurrences(" ", replacement)
  }
}
