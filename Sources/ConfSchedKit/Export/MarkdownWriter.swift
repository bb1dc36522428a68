/// Events as Markdown that reads well in a terminal and renders on GitHub: an optional title, a
/// heading per day, and a list item per event in time order with its time, kind, title, room,
/// board and id, the authors on a second line.
///
///     ## Tuesday 4 December 2018 — NeurIPS 2018, Montréal (times in America/Toronto)
///
///     - **10:05–10:20** · Oral · **On Neuronal Capacity** · Room 220 CD · `nhrdf4`\
///       Pierre Baldi, Roman Vershynin
///
/// The line ends in a backslash, CommonMark's hard line break, so the authors render on a line
/// of their own. Events with no date come last, under `## Unscheduled`. Text from the dump is
/// escaped so that a `*` or `[` in a title stays a character.
public struct MarkdownWriter: Sendable {
  /// A first-level heading at the top, when set.
  public var title: String?

  /// Creates a writer.
  public init(title: String? = nil) {
    self.title = title
  }

  /// The document, ending in a newline; empty sections are not written.
  public func write(_ events: [Event]) -> String {
    String(gathering: { write(events, parts: $0) })
  }

  /// The same document in parts (a heading, an item), one at a time, to `part`, which answers
  /// false to stop; false when it did.
  public func write(_ events: [Event], parts part: (String) -> Bool) -> Bool {
    // Blocks (the title, a heading, a day's list) are apart by a blank line.
    var separator = ""
    func block(_ text: String) -> Bool {
      defer { separator = "\n\n" }
      return part(separator + text)
    }
    if let title, !block("# " + MarkdownText.escaped(title)) { return false }
    let sorted = events.sorted { $0.chronologicalKey < $1.chronologicalKey }
    var index = sorted.startIndex
    while index < sorted.endIndex {
      let first = sorted[index]
      let group = sorted[index...].prefix {
        $0.date == first.date && $0.conference?.id == first.conference?.id
      }
      guard block("## " + MarkdownWriter.heading(first)) else { return false }
      for (offset, event) in group.enumerated() {
        let item = MarkdownWriter.item(event)
        guard offset == 0 ? block(item) : part("\n" + item) else { return false }
      }
      index += group.count
    }
    return separator.isEmpty || part("\n")
  }

  /// `Tuesday 4 December 2018 — NeurIPS 2018, Montréal (times in America/Toronto)`, or
  /// `Unscheduled` for events with no date.
  static func heading(_ event: Event) -> String {
    guard let date = event.date else { return "Unscheduled" }
    return heading(date, event.conference)
  }

  /// A day's heading, shared with the timetable's Markdown.
  static func heading(_ date: CalendarDate, _ conference: Conference?) -> String {
    var heading = date.longDescription
    if let conference {
      heading += " — " + MarkdownText.escaped(conference.name)
      if let city = conference.city { heading += ", " + MarkdownText.escaped(city) }
      // An IANA name's `_` sits between letters, where it never starts emphasis.
      if let zone = conference.zone { heading += " (times in \(zone.identifier))" }
    }
    return heading
  }

  /// One list item: the event's line and, when it has authors, their names below.
  static func item(_ event: Event) -> String {
    var parts = [time(event), MarkdownText.escaped(event.kind.rawValue)]
    parts.append("**" + MarkdownText.escaped(event.title) + "**")
    let place = [event.room, event.board.map { "board \($0)" }].compactMap { $0 }
    if !place.isEmpty { parts.append(MarkdownText.escaped(place.joined(separator: ", "))) }
    parts.append("`\(event.id)`")
    var item = "- " + parts.joined(separator: " · ")
    if !event.authors.isEmpty {
      let names = event.authors.map(\.name).joined(separator: ", ")
      item += "\\\n  " + MarkdownText.escaped(names, atLineStart: true)
    }
    return item
  }

  /// `**10:05–10:20**`, `**10:05**` when the end is not given, `*time not given*`.
  static func time(_ event: Event) -> String {
    switch (event.start, event.end) {
    case (let start?, let end?): return "**\(start)–\(end)**"
    case (let start?, nil): return "**\(start)**"
    default: return "*time not given*"
    }
  }
}
