/// What a listing is written as, for `--format`.
public enum ExportFormat: String, CaseIterable, Sendable, CustomStringConvertible {
  /// Aligned columns for a terminal.
  case table
  /// A JSON array of event objects.
  case json
  /// Comma-separated values with a header row (RFC 4180).
  case csv
  /// Tab-separated values with a header row, one line per event, for scripts.
  case tsv
  /// Markdown: a heading per day, a list item per event.
  case md
  /// An iCalendar file (RFC 5545) to import into a calendar.
  case ics

  /// Reads a format's name in any case, also `markdown`, `ical` and `icalendar`.
  public init?(name: some StringProtocol) {
    let folded = name.lowercased()
    switch folded {
    case "markdown": self = .md
    case "ical", "icalendar": self = .ics
    default:
      guard let format = ExportFormat(rawValue: folded) else { return nil }
      self = format
    }
  }

  /// The usual file extension, without the dot: `ics`; `txt` for the table.
  public var fileExtension: String { self == .table ? "txt" : rawValue }

  /// The name, as `--format` takes it.
  public var description: String { rawValue }
}
