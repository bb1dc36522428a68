/// Events as aligned columns under a heading per day, one event per line: id, time, kind,
/// room, board, title.
///
/// On a terminal (`width` set) the line fits the width as `ColumnFit` shares it: the title is
/// shortened first, the kind may go, a long room is shortened last; the id, the time and the
/// board are never cut, and a day's heading too wide is broken at its ` · `. Off a terminal
/// (`width` nil) nothing is cut: whole lines, for grep. A column whose value is the same on
/// every row is left out of the rows: a shared room is said in the day's heading instead. The
/// itinerary's events (`marked`) start with `*`.
public struct EventTable: Sendable {
  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle
  /// The events to mark, such as the itinerary's.
  public var marked: Set<EventID>
  /// The zone the times are in when not the conference's (`--local`: the events are shifted
  /// with `DisplayZone.shifting(_:)`), for the headings.
  public var zoneLabel: String?

  /// Creates a table renderer.
  public init(
    width: Int?, style: TextStyle, marked: Set<EventID> = [], zoneLabel: String? = nil
  ) {
    self.width = width
    self.style = style
    self.marked = marked
    self.zoneLabel = zoneLabel
  }

  /// The table's text, ending in a newline.
  public func render(_ events: [Event]) -> String {
    String(gathering: { render(events, lines: $0) })
  }

  /// The same text a line at a time (each ending in a newline) to `line`, which answers false
  /// to stop; false when it did. Only the rows' cells are held, never the lines.
  public func render(_ events: [Event], lines line: (String) -> Bool) -> Bool {
    guard !events.isEmpty else { return true }
    let rows = events.map(Row.init)
    func widest(_ value: (Row) -> String) -> Int {
      rows.map { DisplayText.width(value($0)) }.max() ?? 0
    }
    func varies(_ value: (Row) -> String) -> Bool {
      guard let first = rows.first.map(value) else { return false }
      return rows.contains { value($0) != first }
    }
    var kinds: [ColumnKind] = [.id, .time]
    if varies(\.kind) { kinds.append(.kind) }
    let sharedRoom = varies(\.room) ? nil : rows.first?.room
    if sharedRoom == nil { kinds.append(.room) }
    if rows.contains(where: { !$0.board.isEmpty }) { kinds.append(.board) }
    let columns = kinds.map { kind -> ColumnFit.Column in
      let natural = widest { $0.text(of: kind) }
      switch kind {
      case .kind: return ColumnFit.Column(natural: natural, minimum: 4, isOptional: true)
      case .room: return ColumnFit.Column(natural: natural, minimum: Swift.min(natural, 12))
      default: return .fixed(natural)
      }
    }
    let hasMarks = events.contains { marked.contains($0.id) }
    let (widths, titleWidth) = ColumnFit.fit(
      columns, title: widest(\.title), width: width, lead: hasMarks ? 2 : 0)

    var currentDay: CalendarDate??
    for (event, row) in zip(events, rows) {
      if currentDay != .some(event.date) {
        if currentDay != nil, !line("\n") { return false }
        currentDay = .some(event.date)
        var heading = dayHeading(event)
        if let sharedRoom, !sharedRoom.isEmpty { heading += " · all in " + sharedRoom }
        // On a terminal, broken at its ` · ` to fit: never cut, for it names the day.
        let headings = DisplayText.headingLines(heading, width: width)
        guard headings.allSatisfy({ line(style.bold($0) + "\n") }) else { return false }
      }
      var cells = hasMarks ? (marked.contains(event.id) ? style.warning("*") + " " : "  ") : ""
      for (kind, columnWidth) in zip(kinds, widths) where columnWidth > 0 {
        let text = row.text(of: kind)
        let cut =
          kind == .room
          ? DisplayText.truncatedInMiddle(text, to: columnWidth)
          : DisplayText.truncated(text, to: columnWidth)
        let cell = DisplayText.padded(cut, to: columnWidth)
        cells += (kind == .id ? style.id(cell) : cell) + "  "
      }
      let title = DisplayText.fitted(row.title, to: width == nil ? nil : titleWidth)
      guard line((title.isEmpty ? cells.trimmingTrailingSpaces() : cells + title) + "\n") else {
        return false
      }
    }
    return !hasMarks || line("\n* in your itinerary\n")
  }

  /// `Room 210 & 230 AB #166`.
  public static func place(_ event: Event) -> String {
    switch (event.room, event.board) {
    case (let room?, let board?): return "\(room) #\(board)"
    case (let room?, nil): return room
    case (nil, let board?): return "#\(board)"
    case (nil, nil): return ""
    }
  }

  /// `10:05-10:20`, or `time n/a`.
  static func time(_ event: Event) -> String {
    event.timeRange.isEmpty ? "time n/a" : event.timeRange
  }

  /// The kind in a few letters: `Demo` for Demonstration, `Invited` for Invited Talk.
  static func shortKind(_ event: Event) -> String {
    switch event.kind.key {
    case "demonstration": return "Demo"
    case "invited talk": return "Invited"
    default: return DisplayText.printable(event.kind.rawValue)
    }
  }

  /// `Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto`.
  public func dayHeading(_ event: Event) -> String {
    guard let date = event.date else { return "Day unknown" }
    var heading = date.longDescription
    if let conference = event.conference {
      heading += " · " + DisplayText.printable(conference.name)
      heading += conference.city.map { ", " + DisplayText.printable($0) } ?? ""
      if zoneLabel == nil, let zone = conference.zone {
        heading += " · times in \(zone.identifier)"
      }
    }
    if let zoneLabel { heading += " · times in \(zoneLabel)" }
    return heading
  }

  private enum ColumnKind { case id, time, kind, room, board }

  /// An event's cells as printed, its data made printable once.
  private struct Row {
    var id: String
    var time: String
    var kind: String
    var room: String
    var board: String
    var title: String

    init(_ event: Event) {
      id = event.id.rawValue
      time = EventTable.time(event)
      kind = EventTable.shortKind(event)
      room = DisplayText.printable(event.room ?? "")
      board = event.board.map { "#" + DisplayText.printable($0) } ?? ""
      title = DisplayText.printable(event.title)
    }

    func text(of column: ColumnKind) -> String {
      switch column {
      case .id: return id
      case .time: return time
      case .kind: return kind
      case .room: return room
      case .board: return board
      }
    }
  }
}

extension String {
  /// The string without its trailing spaces.
  func trimmingTrailingSpaces() -> String {
    var copy = Substring(self)
    while copy.last == " " { copy = copy.dropLast() }
    return String(copy)
  }
}
