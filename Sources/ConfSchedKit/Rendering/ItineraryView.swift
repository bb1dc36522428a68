/// An itinerary for the terminal: a heading per day, entries in time order, the free time
/// between them, clashes marked where they happen, walk-in events (posters, demonstrations)
/// said to run alongside what they overlap, entries whose event is no longer loaded marked too,
/// and entries without a time at the end of their day.
public struct ItineraryView: Sendable {
  /// The terminal width to fit; nil for whole lines.
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

  /// The itinerary's text, ending in a newline; empty for an empty itinerary.
  public func render(_ entries: [ResolvedEntry]) -> String {
    guard !entries.isEmpty else { return "" }
    let sorted = entries.sorted { $0.event.chronologicalKey < $1.event.chronologicalKey }
    let events = sorted.map(\.event)
    let partners = Conflicts.clashingPartners(events)
    let idWidth = events.map { $0.id.rawValue.count }.max() ?? 6
    let rooms = events.map { DisplayText.printable($0.room ?? "") }
    let boards = events.map { $0.board.map { "#" + DisplayText.printable($0) } ?? "" }
    let titles = events.map { DisplayText.printable($0.title) }
    func widest(_ values: [String]) -> Int { values.map(DisplayText.width).max() ?? 0 }
    // Where an event is must survive a narrow terminal: the title gives way, then the kind; the
    // room is shortened last and the board never.
    let (widths, titleWidth) = ColumnFit.fit(
      [
        .fixed(idWidth), .fixed(widest(events.map(EventTable.time))),
        ColumnFit.Column(
          natural: widest(events.map(EventTable.shortKind)), minimum: 4, isOptional: true),
        ColumnFit.Column(natural: widest(rooms), minimum: Swift.min(widest(rooms), 12)),
        .fixed(widest(boards)),
      ], title: widest(titles), width: width, lead: 2)
    var alongside: [EventID: Int] = [:]
    for walkIn in Conflicts.walkIns(events) { alongside[walkIn.event.id] = walkIn.alongside.count }
    var lines: [String] = []
    var currentDay: CalendarDate??
    var latestEnd: Int?
    for (index, resolved) in sorted.enumerated() {
      let event = resolved.event
      if currentDay != .some(event.date) {
        if currentDay != nil { lines.append("") }
        currentDay = .some(event.date)
        let heading = EventTable(width: width, style: style, zoneLabel: zoneLabel).dayHeading(event)
        lines += DisplayText.headingLines(heading, width: width).map(style.bold)
        latestEnd = nil
      }
      // Free time since the latest end on this day, or an overlap with it.
      let clashes = partners[index].map { events[$0] }
      if let start = event.start?.minutes, let end = latestEnd, start > end {
        lines.append(
          style.dim(
            "  " + String(repeating: " ", count: idWidth)
              + "  · \(ItineraryView.duration(minutes: start - end)) free"))
      }
      if let start = event.start?.minutes {
        let end = event.end.map { $0.minutes < start ? $0.minutes + 1440 : $0.minutes } ?? start
        latestEnd = Swift.max(latestEnd ?? end, end)
      }
      let marker = clashes.isEmpty ? "  " : style.warning("! ")
      let cells = [
        event.id.rawValue, EventTable.time(event), EventTable.shortKind(event), rooms[index],
        boards[index],
      ]
      var row = marker
      for (column, (cell, cellWidth)) in zip(cells, widths).enumerated() where cellWidth > 0 {
        let cut =
          column == 3
          ? DisplayText.truncatedInMiddle(cell, to: cellWidth)
          : DisplayText.truncated(cell, to: cellWidth)
        let text = DisplayText.padded(cut, to: cellWidth)
        row += (column == 0 ? style.id(text) : text) + "  "
      }
      row += DisplayText.fitted(titles[index], to: width == nil ? nil : titleWidth)
      lines.append(row.trimmingTrailingSpaces())
      let indent = "  " + String(repeating: " ", count: idWidth) + "  "
      if let count = alongside[event.id] {
        lines.append(
          indent
            + style.dim("walk-in: alongside \(ConflictReport.count(count)), not a clash"))
      }
      if resolved.isMissing {
        lines.append(indent + style.warning("not in the loaded data: shown as saved"))
      }
      for other in clashes {
        lines.append(
          indent
            + style.warning(
              "clashes with \(other.id) \(EventTable.shortKind(other)) \(other.timeRange)"))
      }
    }
    if events.contains(where: \.isEndAssumed) { lines += ["", style.dim(AssumedEnds.note)] }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `25 min`, `1 h`, `1 h 30 min`.
  static func duration(minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    switch (hours, rest) {
    case (0, _): return "\(rest) min"
    case (_, 0): return "\(hours) h"
    default: return "\(hours) h \(rest) min"
    }
  }
}
