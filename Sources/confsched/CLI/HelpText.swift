import ConfSchedKit

/// Help and usage text laid out as swift-argument-parser lays it out: OVERVIEW, USAGE,
/// ARGUMENTS, OPTIONS, SUBCOMMANDS, with labels in a 24-column gutter.
enum HelpText {
  static let gutter = 26

  static func help(for spec: CommandSpec, width: Int) -> String {
    var out: [String] = []
    out.append("OVERVIEW: " + spec.abstract)
    if let discussion = spec.discussion {
      out.append("")
      out.append(contentsOf: wrap(discussion, width: width, indent: 0))
    }
    out.append("")
    out += usageLines("USAGE: ", spec, width: width)
    if !spec.arguments.isEmpty {
      out.append("")
      out.append("ARGUMENTS:")
      for argument in spec.arguments {
        out += row("<\(argument.name)>", argument.help, width: width)
      }
    }
    out.append("")
    out.append("OPTIONS:")
    for option in spec.options {
      var help = option.help
      if let value = option.defaultValue { help += " (default: \(value))" }
      out += row(option.label, help, width: width)
    }
    var color = ArgumentParser.color
    color.help += " (default: auto)"
    out += row(color.label, color.help, width: width)
    if spec.path.isEmpty { out += row("--version", "Show the version.", width: width) }
    out += row("-h, --help", "Show help information.", width: width)
    if !spec.subcommands.isEmpty {
      // Grouped like swift-argument-parser's command groups: one heading per group, in order.
      var groups: [(String, [CommandSpec])] = []
      for sub in spec.subcommands {
        let heading = sub.group.map { "\($0.uppercased()):" } ?? "SUBCOMMANDS:"
        if let index = groups.firstIndex(where: { $0.0 == heading }) {
          groups[index].1.append(sub)
        } else {
          groups.append((heading, [sub]))
        }
      }
      let order = spec.groupOrder.map { "\($0.uppercased()):" }
      groups.sort {
        (order.firstIndex(of: $0.0) ?? order.count) < (order.firstIndex(of: $1.0) ?? order.count)
      }
      for (heading, members) in groups {
        out.append("")
        out.append(heading)
        for sub in members {
          let label = sub.name + (sub.name == spec.defaultSubcommand ? " (default)" : "")
          out += row(label, sub.abstract, width: width)
        }
      }
      out.append("")
      out.append("  See '\(spec.commandLine) help <subcommand>' for detailed help.")
    }
    if !spec.examples.isEmpty {
      out.append("")
      out.append("EXAMPLES:")
      for example in spec.examples { out.append("  " + example) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// `confsched search <query> ... [--author <name>] ...`.
  static func usage(for spec: CommandSpec) -> String {
    if !spec.subcommands.isEmpty {
      return spec.commandLine
        + (spec.defaultSubcommand == nil ? " <subcommand>" : " [<subcommand>]")
    }
    var parts = [spec.commandLine]
    parts += spec.arguments.map(\.usage)
    parts += spec.options.map(\.usage)
    return parts.joined(separator: " ")
  }

  /// The usage line after `prefix`, wrapped to `width` (nil: one line) between its arguments
  /// and options, each kept whole, the lines after the first indented under the first option.
  static func usageLines(_ prefix: String, _ spec: CommandSpec, width: Int?) -> [String] {
    let whole = prefix + usage(for: spec)
    guard let width, DisplayText.width(whole) > width else { return [whole] }
    let parts = spec.arguments.map(\.usage) + spec.options.map(\.usage)
    var lines = [prefix + spec.commandLine]
    // Under the first option, unless that leaves less than half the width.
    let hang = DisplayText.width(lines[0]) + 1
    let indent = String(repeating: " ", count: hang <= width / 2 ? hang : prefix.count)
    for part in parts {
      let last = lines[lines.count - 1]
      if DisplayText.width(last) + 1 + DisplayText.width(part) <= width {
        lines[lines.count - 1] = last + " " + part
      } else {
        lines.append(indent + part)
      }
    }
    return lines
  }

  /// The usage error block: message, usage line (wrapped to `width` on a terminal), pointer
  /// to `--help`.
  static func usageError(_ message: String, spec: CommandSpec, width: Int? = nil) -> String {
    (["Error: \(message)"] + usageLines("Usage: ", spec, width: width)
      + ["  See '\(spec.commandLine) --help' for more information.", ""])
      .joined(separator: "\n")
  }

  private static func row(_ label: String, _ help: String, width: Int) -> [String] {
    let indent = String(repeating: " ", count: gutter)
    let helpLines = wrap(help, width: Swift.max(width - gutter, 30), indent: 0)
    var lines: [String] = []
    let first = "  " + label
    if first.count + 2 <= gutter {
      lines.append(first + String(repeating: " ", count: gutter - first.count) + helpLines[0])
    } else {
      lines.append(first)
      lines.append(indent + helpLines[0])
    }
    lines += helpLines.dropFirst().map { indent + $0 }
    return lines
  }

  private static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if paragraph.isEmpty {
        result.append("")
        continue
      }
      result += DisplayText.wrapped(String(paragraph), to: width - indent)
        .map { String(repeating: " ", count: indent) + $0 }
    }
    return result.isEmpty ? [""] : result
  }
}
