/// Events as CSV (RFC 4180) for spreadsheets: a header row, then one row per event in the
/// order given, CRLF after every row.
///
/// The columns are the keys of the `--json` object, in the same order: `id, kind, title,
/// authors, date, start, end, timeZone, room, board, abstract, links, alsoPresented, source`.
/// Lists are joined by `; ` (an author as `name (affiliation)`, a link as `label <url>`), the
/// source is `file:line`, and what the dump does not say is an empty field. A field is quoted
/// when it holds a comma, a double quote (doubled inside), a line break, or starts or ends with
/// a space; line breaks inside a quoted field are kept as they are in the text.
public struct CSVWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The header row and one row per event, each ending in CRLF.
  public func write(_ events: [Event]) -> String {
    String(gathering: { write(events, rows: $0) })
  }

  /// The same rows, one at a time, to `row`, which answers false to stop; false when it did.
  public func write(_ events: [Event], rows row: (String) -> Bool) -> Bool {
    row(CSVWriter.row(EventField.allCases.map(\.name)))
      && events.allSatisfy { event in
        row(CSVWriter.row(EventField.allCases.map { $0.text(of: event) }))
      }
  }

  /// One record, fields quoted where needed, ending in CRLF.
  static func row(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\r\n"
  }

  /// A field as written: quoted when needed, with its double quotes doubled.
  static func quoted(_ field: String) -> String {
    let needsQuotes =
      field.utf8.contains {
        $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      }
      || field.utf8.first == UInt8(ascii: " ") || field.utf8.last == UInt8(ascii: " ")
    guard needsQuotes else { return field }
    var output = "\""
    for char in field.unicodeScalars {
      if char == "\"" { output += "\"" }
      output.unicodeScalars.append(char)
    }
    return output + "\""
  }
}
