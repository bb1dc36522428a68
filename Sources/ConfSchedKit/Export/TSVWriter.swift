/// Events as tab-separated values for scripts: a header row, then one line per event, every
/// field whole, in the columns of the CSV (the keys of the `--json` object).
///
/// A line is a record and a tab separates fields, so a field's own tab, line break and
/// backslash are written `\t`, `\n`, `\r` and `\\` (the escapes `cut`, `awk -F'\t'` and
/// PostgreSQL's text format leave alone or read back); nothing is quoted.
public struct TSVWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The header line and one line per event, each ending in LF.
  public func write(_ events: [Event]) -> String {
    String(gathering: { write(events, lines: $0) })
  }

  /// The same lines, one at a time, to `line`, which answers false to stop; false when it did.
  public func write(_ events: [Event], lines line: (String) -> Bool) -> Bool {
    line(EventField.allCases.map(\.name).joined(separator: "\t") + "\n")
      && events.allSatisfy { event in
        line(
          EventField.allCases.map { TSVWriter.escaped($0.text(of: event)) }
            .joined(separator: "\t") + "\n")
      }
  }

  /// A field with its tabs, line breaks and backslashes escaped.
  static func escaped(_ field: String) -> String {
    guard field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C })
    else { return field }
    var output = ""
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\t": output += "\\t"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\\": output += "\\\\"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
