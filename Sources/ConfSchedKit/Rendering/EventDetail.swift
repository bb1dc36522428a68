/// Everything about one event, for `confsched show`: title, when and where, authors, abstract,
/// notes, links, the other slots of the same paper, and where it was read.
public struct EventDetail: Sendable {
  /// The terminal width to wrap to (at most 100 columns, for reading); nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle
  /// The zone the times are in when not the conference's (see `EventTable.zoneLabel`).
  public var zoneLabel: String?

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle, zoneLabel: String? = nil) {
    self.width = width
    self.style = style
    self.zoneLabel = zoneLabel
  }

  /// The event's text, ending in a newline; `twins` are its other slots.
  public func render(_ event: Event, twins: [Event]) -> String {
    var lines: [String] = []
    let wrapWidth = width.map { Swift.max(20, Swift.min($0, 100)) }
    for line in DisplayText.wrapped(DisplayText.printable(event.title), to: wrapWidth) {
      lines.append(style.bold(line))
    }
    lines += DisplayText.headingLines(summary(event), width: wrapWidth)
    lines.append(style.dim("id \(event.id)"))
    if !event.authors.isEmpty {
      lines.append("")
      lines.append(style.bold("Authors"))
      for author in event.authors {
        let affiliation = author.affiliation.map { " (" + DisplayText.printable($0) + ")" }
        lines.append("  " + DisplayText.printable(author.name) + (affiliation ?? ""))
      }
    }
    if let session = event.session {
      lines.append("")
      lines.append(style.bold("Session"))
      lines.append("  " + DisplayText.printable(session))
    }
    for (heading, text) in [("Abstract", event.abstract), ("Notes", event.notes)] {
      guard let text else { continue }
      lines.append("")
      lines.append(style.bold(heading))
      for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let paragraph = DisplayText.printable(String(paragraph))
        lines += DisplayText.wrapped(paragraph, to: wrapWidth.map { $0 - 2 }).map { "  " + $0 }
      }
    }
    if !event.links.isEmpty {
      lines.append("")
      lines.append(style.bold("Links"))
      for link in event.links {
        lines.append("  " + DisplayText.printable("\(link.label): \(link.url)"))
      }
    }
    if !twins.isEmpty {
      lines.append("")
      lines.append(style.bold("Also presented"))
      for twin in twins {
        // Too wide for the terminal, wrapped under its indent, the id ending the last line.
        let slot = EventDetail.slot(twin)
        let id = twin.id.rawValue
        guard let wrapWidth, DisplayText.width(slot + "  " + id) > wrapWidth - 2 else {
          lines.append("  " + slot + "  " + style.id(id))
          continue
        }
        var wrapped = DisplayText.wrapped(slot + " " + id, to: wrapWidth - 2)
        if let last = wrapped.last, last.hasSuffix(id) {
          wrapped[wrapped.count - 1] = String(last.dropLast(id.count)) + style.id(id)
        }
        lines += wrapped.map { "  " + $0 }
      }
    }
    lines.append("")
    lines.append(
      style.dim("Source: " + DisplayText.printable("\(event.source.file):\(event.source.line)")))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Spotlight · Tuesday 4 December 2018 · 16:50-16:55 America/Toronto · Room 220 E`.
  public func summary(_ event: Event) -> String {
    var parts = [DisplayText.printable(event.kind.rawValue)]
    if let date = event.date { parts.append(date.longDescription) }
    if !event.timeRange.isEmpty {
      parts.append(event.timeRange + ((zoneLabel ?? event.timeZone).map { " \($0)" } ?? ""))
    } else {
      parts.append("time not given")
    }
    if let room = event.room { parts.append(DisplayText.printable(room)) }
    if let board = event.board { parts.append("board " + DisplayText.printable(board)) }
    return parts.joined(separator: " · ")
  }

  /// `Poster, Tue Dec 4 17:00-19:00, Room 210 & 230 AB, board 42`: another slot of a paper.
  public static func slot(_ event: Event) -> String {
    var parts = [DisplayText.printable(event.kind.rawValue)]
    var when = event.date?.shortDescription ?? ""
    if !event.timeRange.isEmpty { when += (when.isEmpty ? "" : " ") + event.timeRange }
    if !when.isEmpty { parts.append(when) }
    if let room = event.room { parts.append(DisplayText.printable(room)) }
    if let board = event.board { parts.append("board " + DisplayText.printable(board)) }
    return parts.joined(separator: ", ")
  }
}
