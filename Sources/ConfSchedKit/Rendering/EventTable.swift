/// Events as aligned columns that fit a terminal width, under a heading per day: id, time,
/// kind, room, board, title. Titles too long for their column end in `…`; columns whose value
/// is the same on every row are left out, and on narrow terminals the room is shortened and the
/// least needed columns go first.
public struct EventTable: Sendable {
  /// The terminal width to fit.
  public var width: Int
  /// Colours.
  public var style: TextStyle

  /// Creates a table renderer.
  public init(width: Int, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The table's text, ending in a newline.
  public func render(_ events: [Event]) -> String {
    guard !events.isEmpty else { return "" }
    func widest(_ value: (Event) -> String, cap: Int) -> Int {
      Swift.min(events.map { DisplayText.width(value($0)) }.max() ?? 0, cap)
    }
    func varies(_ value: (Event) -> String) -> Bool {
      Set(events.lazy.map(value)).count > 1
    }
    var columns: [Column] = [Column(kind: .id, width: widest({ $0.id.rawValue }, cap: 14))]
    columns.append(Column(kind: .time, width: widest(EventTable.time, cap: 11)))
    if varies(EventTable.shortKind) {
      columns.append(Column(kind: .kind, width: widest(EventTable.shortKind, cap: 12)))
    }
    if varies({ $0.room ?? "" }) {
      columns.append(Column(kind: .room, width: widest({ $0.room ?? "" }, cap: 20)))
    }
    if events.contains(where: { $0.board != nil }) {
      columns.append(
        Column(kind: .board, width: widest({ $0.board.map { "#\($0)" } ?? "" }, cap: 6)))
    }
    func used() -> Int { columns.reduce(0) { $0 + $1.width + 2 } }
    // Give the title 30 columns at least. Where an event is matters most after what it is:
    // shorten the room first, then drop the board, the kind, and the room last.
    func shortenRoom(to cap: Int) {
      if let index = columns.firstIndex(where: { $0.kind == .room }) {
        columns[index].width = Swift.min(columns[index].width, cap)
      }
    }
    if width - used() < 30 { shortenRoom(to: 14) }
    for dropped in [ColumnKind.board, .kind, .room] where width - used() < 30 {
      columns.removeAll { $0.kind == dropped }
    }
    let titleWidth = Swift.max(width - used(), 12)

    var lines: [String] = []
    var currentDay: CalendarDate??
    for event in events {
      if currentDay != .some(event.date) {
        if currentDay != nil { lines.append("") }
        currentDay = .some(event.date)
        lines.append(style.bold(dayHeading(event)))
      }
      var row = ""
      for column in columns {
        let cell = DisplayText.padded(
          DisplayText.truncated(text(of: column.kind, event), to: column.width), to: column.width)
        row += (column.kind == .id ? style.id(cell) : cell) + "  "
      }
      let title = DisplayText.truncated(event.title, to: titleWidth)
      lines.append(row + title)
    }
    return lines.joined(separator: "\n") + "\n"
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
    default: return event.kind.rawValue
    }
  }

  /// `Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto`.
  public func dayHeading(_ event: Event) -> String {
    guard let date = event.date else { return "Day unknown" }
    var heading = date.longDescription
    if let conference = event.conference {
      heading += " · " + conference.name + (conference.city.map { ", \($0)" } ?? "")
      if let zone = conference.zone { heading += " · times in \(zone.identifier)" }
    }
    return heading
  }

  private enum ColumnKind { case id, time, kind, room, board }

  private struct Column {
    var kind: ColumnKind
    var width: Int
  }

  private func text(of column: ColumnKind, _ event: Event) -> String {
    switch column {
    case .id: return event.id.rawValue
    case .time: return EventTable.time(event)
    case .kind: return EventTable.shortKind(event)
    case .room: return event.room ?? ""
    case .board: return event.board.map { "#\($0)" } ?? ""
    }
  }
}
