/// A timetable for the terminal: the day's heading, the grid drawn with box-drawing lines and
/// fitted to the width, then the sessions running alongside, the events the grid cannot hold,
/// and what the marks mean.
///
/// Each column gets the same width. When the columns would get fewer than
/// `minimumColumnWidth` characters, the day is listed room by room instead (`TimetableRoomList`),
/// so a narrow terminal never gets a broken grid. Titles wrap within their cell, to
/// `maxTitleLines` lines on a terminal and in full off it (nothing is cut in a file or a pipe);
/// the marked events (the itinerary's) start with `*`.
public struct TimetableRenderer: Sendable {
  /// The terminal width to fit.
  public var width: Int
  /// Colours.
  public var style: TextStyle
  /// The events to mark, such as the itinerary's.
  public var marked: Set<EventID>
  /// The most lines a title takes in a cell, a longer one ending in `…`; nil for no limit.
  public var maxTitleLines: Int? = 3

  /// The widest grid drawn: a wider width is taken as this one, so that an absurd width costs
  /// nothing.
  public static let maximumWidth = 4096

  /// The narrowest column the grid is drawn with.
  public static let minimumColumnWidth = 14

  /// Creates a renderer.
  public init(width: Int, style: TextStyle, marked: Set<EventID> = []) {
    self.width = Swift.min(Swift.max(width, 20), TimetableRenderer.maximumWidth)
    self.style = style
    self.marked = marked
  }

  /// The timetable's text, ending in a newline.
  public func render(_ timetable: Timetable) -> String {
    String(gathering: { render(timetable, lines: $0) })
  }

  /// The same text a line at a time (each ending in a newline) to `line`, which answers false
  /// to stop; false when it did. The grid's lines are drawn as they are handed over, never
  /// held together.
  public func render(_ timetable: Timetable, lines line: (String) -> Bool) -> Bool {
    func each(_ lines: [String]) -> Bool { lines.allSatisfy { line($0 + "\n") } }
    guard each(headingLines(timetable).map(style.bold)) else { return false }
    if !timetable.rows.isEmpty {
      guard line("\n") else { return false }
      if let widths = laneWidths(timetable) {
        guard grid(timetable, widths: widths).render(lines: { line($0 + "\n") }) else {
          return false
        }
      } else {
        guard each(TimetableRoomList(renderer: self).render(timetable)) else { return false }
      }
    }
    return each(notes(timetable))
  }

  /// `Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto`.
  public static func heading(_ timetable: Timetable) -> String {
    var heading = timetable.date.longDescription
    if let conference = timetable.conference {
      heading += " · " + conference.name + (conference.city.map { ", \($0)" } ?? "")
      if let zone = conference.zone { heading += " · times in \(zone.identifier)" }
    }
    return heading
  }

  /// The heading, broken at its ` · ` into lines that fit the width on a terminal (a part
  /// wider than the width keeps its own line whole); one line off a terminal.
  func headingLines(_ timetable: Timetable) -> [String] {
    DisplayText.headingLines(
      TimetableRenderer.heading(timetable), width: maxTitleLines == nil ? nil : width)
  }

  /// The width of each room column, or nil when they would be narrower than the minimum.
  func laneWidths(_ timetable: Timetable) -> [Int]? {
    let lanes = timetable.laneCount
    // Borders, one space each side of every column, the time column.
    let available = width - (lanes + 2) - 2 * (lanes + 1) - TimetableRenderer.timeWidth
    let each = available / lanes
    guard each >= TimetableRenderer.minimumColumnWidth else { return nil }
    return (0..<lanes).map { each + ($0 < available % lanes ? 1 : 0) }
  }

  static let timeWidth = 5

  private func grid(_ timetable: Timetable, widths: [Int]) -> BoxGrid {
    var grid = BoxGrid(widths: [TimetableRenderer.timeWidth] + widths, owners: [], text: [:])
    var nextOwner = timetable.cells.count
    func fresh() -> Int {
      defer { nextOwner += 1 }
      return nextOwner
    }
    if !timetable.columns.isEmpty {
      var header = [fresh()]
      for (lane, room) in timetable.columns.enumerated() {
        let owner = fresh()
        header.append(owner)
        grid.text[owner] = DisplayText.wrapped(DisplayText.printable(room), to: widths[lane])
          .map(style.bold)
      }
      grid.owners.append(header)
    }
    for (index, row) in timetable.rows.enumerated() {
      let label = fresh()
      grid.text[label] = [row.start.description]
      var owners = [label]
      for lane in 0..<timetable.laneCount {
        let cell = timetable.cells.firstIndex {
          $0.rows.contains(index) && $0.columns.contains(lane)
        }
        owners.append(cell ?? fresh())
      }
      grid.owners.append(owners)
    }
    for (index, cell) in timetable.cells.enumerated() {
      let lanes = (cell.columns.lowerBound + 1)..<(cell.columns.upperBound + 1)
      grid.text[index] = lines(cell, width: grid.width(of: lanes))
    }
    return grid
  }

  /// A cell's lines: for a talk its id and kind, then its title; for a break its title; for a
  /// session its summary.
  func lines(_ cell: Timetable.Cell, width: Int, showingTime: Bool = true) -> [String] {
    switch cell.content {
    case .session(let session):
      let text = sessionText(session, showingTime: showingTime)
      return wrapped(text, width: width, limit: maxTitleLines.map { $0 + 1 })
    case .events(let events):
      var lines: [String] = []
      var seen: Set<String> = []
      for event in events where seen.insert(event.kind.key + "|" + event.title).inserted {
        let room =
          cell.isForEveryone ? event.room.map { " · " + DisplayText.printable($0) } ?? "" : ""
        let eventTitle = DisplayText.printable(event.title)
        if event.kind.isBreak {
          lines += wrapped(mark(event) + eventTitle + room, width: width, limit: maxTitleLines)
          continue
        }
        lines += header(event, suffix: room, width: width)
        let title = wrapped(eventTitle, width: width, limit: maxTitleLines)
        lines += marked.contains(event.id) ? title.map(style.bold) : title
      }
      return lines
    }
  }

  /// `* nhrdf4 Oral`, coloured when it fits, else cut (or wrapped, when titles are not cut).
  func header(_ event: Event, suffix: String, width: Int) -> [String] {
    let kind = DisplayText.printable(event.kind.rawValue)
    let plain = mark(event) + event.id.rawValue + " " + kind + suffix
    guard DisplayText.width(plain) <= width else {
      guard maxTitleLines != nil else { return DisplayText.wrapped(plain, to: width) }
      return [DisplayText.truncated(plain, to: width)]
    }
    let star = marked.contains(event.id) ? style.warning("*") + " " : ""
    return [star + style.id(event.id.rawValue) + " " + kind + suffix]
  }

  /// `Posters 10:45-12:45 · 168 in Room 210 & 230 AB`, with how many are in the itinerary;
  /// without the hours when they are shown beside it.
  func sessionText(_ session: BoardSession, showingTime: Bool = true) -> String {
    let mine = session.events.filter { marked.contains($0.id) }.count
    let summary = DisplayText.printable(
      showingTime ? session.summary : session.title + " · " + session.countAndHalls)
    return (mine > 0 ? "* " : "") + summary + (mine > 0 ? " · \(mine) in your itinerary" : "")
  }

  func mark(_ event: Event) -> String {
    marked.contains(event.id) ? "* " : ""
  }

  /// Text wrapped to a width in at most `limit` lines (nil: all), the last ending in `…` when
  /// cut.
  func wrapped(_ text: String, width: Int, limit: Int?) -> [String] {
    let lines = DisplayText.wrappedAtHyphens(text, to: width)
    guard let limit, lines.count > limit else { return lines }
    let last = DisplayText.truncated(lines[limit - 1] + " " + lines[limit], to: width)
    return lines.prefix(limit - 1) + [last]
  }

  /// What the grid does not show: sessions alongside, overlapping and untimed events, the mark.
  private func notes(_ timetable: Timetable) -> [String] {
    var lines: [String] = []
    if !timetable.alongside.isEmpty {
      lines += ["", "Alongside:"]
      // Wrapped under their indent on a terminal (`Demonstrations 17:30-22:30 · 3 in East
      // Exhibition Hall B + C` is 62 wide); whole off it.
      for session in timetable.alongside {
        let text = sessionText(session)
        lines +=
          maxTitleLines == nil
          ? ["  " + text] : DisplayText.wrapped(text, to: width - 2).map { "  " + $0 }
      }
    }
    for (title, events) in [
      ("Overlapping another event in their room:", timetable.overlapping),
      ("Time not given:", timetable.untimed),
    ] where !events.isEmpty {
      lines += ["", title]
      for event in events {
        let place = event.room.map { " · " + DisplayText.printable($0) } ?? ""
        let line = "  " + mark(event) + event.id.rawValue + "  " + event.timeRange + place + "  "
        let title = DisplayText.printable(event.title)
        lines.append(
          line
            + (maxTitleLines == nil
              ? title : DisplayText.truncated(title, to: width - DisplayText.width(line))))
      }
    }
    let all =
      timetable.cells.flatMap(\.events) + timetable.alongside.flatMap(\.events)
      + timetable.overlapping + timetable.untimed
    if all.contains(where: { marked.contains($0.id) }) {
      lines += ["", "* in your itinerary"]
    }
    return lines
  }
}
