/// Search results as short cards that use the whole width: the id and title, then kind, day,
/// time and place, then the authors, with the matched words highlighted. Nothing is cut: long
/// titles and author lists wrap under the title.
public struct SearchResultList: Sendable {
  /// The terminal width to wrap to.
  public var width: Int
  /// Colours.
  public var style: TextStyle
  /// Marks the matched words.
  public var highlighter: Highlighter?
  /// The other slots of a paper shown as one result (its poster under its spotlight), by the id
  /// of the event shown; see `slotLines`.
  public var otherSlots: [EventID: [Event]] = [:]
  /// The words around the match of events that matched only in their abstract or notes, by id;
  /// see `snippetLines`.
  public var snippets: [EventID: String] = [:]

  /// Creates a renderer.
  public init(width: Int, style: TextStyle, highlighter: Highlighter? = nil) {
    self.width = width
    self.style = style
    self.highlighter = highlighter
  }

  /// The cards, separated by blank lines, ending in a newline.
  public func render(_ events: [Event]) -> String {
    let indentWidth = (events.map { $0.id.rawValue.count }.max() ?? 6) + 2
    let indent = String(repeating: " ", count: indentWidth)
    let textWidth = Swift.max(width - indentWidth, 20)
    var cards: [String] = []
    for event in events {
      var lines: [String] = []
      for (index, line) in DisplayText.wrapped(event.title, to: textWidth).enumerated() {
        let lead =
          index == 0
          ? style.id(DisplayText.padded(event.id.rawValue, to: indentWidth - 2)) + "  " : indent
        lines.append(lead + style.bold(highlighter?.apply(line) ?? line))
      }
      for line in DisplayText.wrapped(SearchResultList.whenAndWhere(event), to: textWidth) {
        lines.append(indent + line)
      }
      lines += slotLines(event, indent: indent, width: textWidth)
      if !event.authors.isEmpty {
        let names = event.authors.map(\.name).joined(separator: " · ")
        for line in DisplayText.wrapped(names, to: textWidth) {
          lines.append(indent + style.dim(highlighter?.apply(line) ?? line))
        }
      }
      lines += snippetLines(event, indent: indent, width: textWidth)
      cards.append(lines.joined(separator: "\n"))
    }
    return cards.isEmpty ? "" : cards.joined(separator: "\n\n") + "\n"
  }

  /// `Spotlight · Tue Dec 4 2018 · 16:50-16:55 · Room 220 E`, with `board 42` for posters.
  public static func whenAndWhere(_ event: Event) -> String {
    var parts = [event.kind.rawValue]
    if let date = event.date { parts.append("\(date.shortDescription) \(date.year)") }
    parts.append(event.timeRange.isEmpty ? "time not given" : event.timeRange)
    if let room = event.room { parts.append(room) }
    if let board = event.board { parts.append("board \(board)") }
    if let session = event.session { parts.append(session) }
    return parts.joined(separator: " · ")
  }
}
