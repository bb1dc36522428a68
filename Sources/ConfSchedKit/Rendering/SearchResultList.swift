/// Search results as short cards: the id and title, then kind, day, time and place, then the
/// authors, with the matched words highlighted. Nothing is cut: on a terminal (`width` set)
/// long titles and author lists wrap under the title; off it each part is one whole line.
public struct SearchResultList: Sendable {
  /// The terminal width to wrap to; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle
  /// Marks the matched words.
  public var highlighter: Highlighter?
  /// The events to mark, such as the itinerary's.
  public var marked: Set<EventID>
  /// The zone the times are in when not the conference's (see `EventTable.zoneLabel`): said
  /// after each time.
  public var zoneLabel: String?
  /// Lines said under an event's card, such as why it was recommended (`similar`, `plan`).
  public var notes: [EventID: [String]]
  /// The other slots of a paper shown as one result (its poster under its spotlight), by the id
  /// of the event shown; see `slotLines`.
  public var otherSlots: [EventID: [Event]] = [:]
  /// The words around the match of events that matched only in their abstract or notes, by id;
  /// see `snippetLines`.
  public var snippets: [EventID: String] = [:]

  /// Creates a renderer.
  public init(
    width: Int?, style: TextStyle, highlighter: Highlighter? = nil, marked: Set<EventID> = [],
    zoneLabel: String? = nil, notes: [EventID: [String]] = [:]
  ) {
    self.width = width
    self.style = style
    self.highlighter = highlighter
    self.marked = marked
    self.zoneLabel = zoneLabel
    self.notes = notes
  }

  /// The cards, separated by blank lines, ending in a newline.
  public func render(_ events: [Event]) -> String {
    let indentWidth = (events.map { $0.id.rawValue.count }.max() ?? 6) + 2
    let indent = String(repeating: " ", count: indentWidth)
    let textWidth = width.map { Swift.max($0 - indentWidth, 20) }
    var cards: [String] = []
    for event in events {
      var lines: [String] = []
      let title = DisplayText.printable(event.title)
      for (index, line) in DisplayText.wrapped(title, to: textWidth).enumerated() {
        let lead =
          index == 0
          ? style.id(DisplayText.padded(event.id.rawValue, to: indentWidth - 2)) + "  " : indent
        lines.append(lead + style.bold(highlighter?.apply(line) ?? line))
      }
      var place = SearchResultList.whenAndWhere(event, zoneLabel: zoneLabel)
      if marked.contains(event.id) { place += " · * in your itinerary" }
      for line in DisplayText.wrapped(place, to: textWidth) {
        lines.append(indent + line)
      }
      lines += slotLines(event, indent: indent, width: textWidth)
      if !event.authors.isEmpty {
        let names = event.authors.map { DisplayText.printable($0.name) }.joined(separator: " · ")
        for line in DisplayText.wrapped(names, to: textWidth) {
          lines.append(indent + style.dim(highlighter?.apply(line) ?? line))
        }
      }
      for note in notes[event.id] ?? [] {
        for line in DisplayText.wrapped(DisplayText.printable(note), to: textWidth) {
          lines.append(indent + line)
        }
      }
      lines += snippetLines(event, indent: indent, width: textWidth)
      cards.append(lines.joined(separator: "\n"))
    }
    return cards.isEmpty ? "" : cards.joined(separator: "\n\n") + "\n"
  }

  /// `Spotlight · Tue Dec 4 2018 · 16:50-16:55 · Room 220 E`, with `board 42` for posters.
  public static func whenAndWhere(_ event: Event, zoneLabel: String? = nil) -> String {
    var parts = [DisplayText.printable(event.kind.rawValue)]
    if let date = event.date { parts.append("\(date.shortDescription) \(date.year)") }
    let time = event.timeRange.isEmpty ? "time not given" : event.timeRange
    parts.append(time + (event.timeRange.isEmpty ? "" : zoneLabel.map { " " + $0 } ?? ""))
    if let room = event.room { parts.append(DisplayText.printable(room)) }
    if let board = event.board { parts.append("board " + DisplayText.printable(board)) }
    if let session = event.session { parts.append(DisplayText.printable(session)) }
    return parts.joined(separator: " · ")
  }
}
