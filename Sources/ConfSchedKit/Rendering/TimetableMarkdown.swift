/// A timetable as a Markdown table (GitHub's), for notes and pages: a row per step of the day,
/// a column per room. Markdown has no spanning cells, so a cell's text stands in its first row
/// and column, with `until HH:MM` when it spans rows; the rest of its area is left empty.
/// Sessions alongside and events the grid cannot hold follow as lists; the itinerary's events
/// are marked ★.
public struct TimetableMarkdown: Sendable {
  /// The events to mark, such as the itinerary's.
  public var marked: Set<EventID>

  /// Creates a renderer.
  public init(marked: Set<EventID> = []) {
    self.marked = marked
  }

  /// The document, ending in a newline.
  public func render(_ timetable: Timetable) -> String {
    var blocks = ["## " + TimetableMarkdown.heading(timetable)]
    if !timetable.rows.isEmpty {
      let rooms = timetable.columns.isEmpty ? ["Events"] : timetable.columns
      var table = [
        "| Time | " + rooms.map { MarkdownText.escaped($0) }.joined(separator: " | ") + " |"
      ]
      table.append("|" + String(repeating: " --- |", count: rooms.count + 1))
      for (index, row) in timetable.rows.enumerated() {
        var cells = ["**\(row.start)**"]
        for lane in 0..<timetable.laneCount {
          guard let cell = timetable.cell(row: index, column: lane),
            cell.rows.lowerBound == index, cell.columns.lowerBound == lane
          else {
            cells.append("")
            continue
          }
          let until =
            cell.rows.count > 1 ? " (until \(timetable.rows[cell.rows.upperBound - 1].end))" : ""
          cells.append(text(cell) + until)
        }
        table.append("| " + cells.joined(separator: " | ") + " |")
      }
      blocks.append(table.joined(separator: "\n"))
    }
    if !timetable.alongside.isEmpty {
      blocks.append(
        "Alongside:\n\n"
          + timetable.alongside.map { "- " + sessionText($0) }.joined(separator: "\n"))
    }
    for (title, events) in [
      ("Overlapping another event in their room:", timetable.overlapping),
      ("Time not given:", timetable.untimed),
    ] where !events.isEmpty {
      blocks.append(
        title + "\n\n" + events.map { "- " + eventText($0, room: true) }.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func text(_ cell: Timetable.Cell) -> String {
    switch cell.content {
    case .session(let session): return sessionText(session)
    case .events(let events):
      var seen: Set<String> = []
      return events.filter { seen.insert($0.kind.key + "|" + $0.title).inserted }
        .map { eventText($0, room: cell.isForEveryone) }.joined(separator: "<br>")
    }
  }

  /// `★ **Oral** On Neuronal Capacity `nhrdf4``; a break is its title in italics.
  private func eventText(_ event: Event, room: Bool) -> String {
    let star = marked.contains(event.id) ? "★ " : ""
    let place = room ? event.room.map { " · " + MarkdownText.escaped($0) } ?? "" : ""
    if event.kind.isBreak { return star + "*" + MarkdownText.escaped(event.title) + "*" + place }
    return star + "**" + MarkdownText.escaped(event.kind.rawValue) + "** "
      + MarkdownText.escaped(event.title) + " `\(event.id)`" + place
  }

  /// `Tuesday 4 December 2018 — NeurIPS 2018, Montréal (times in America/Toronto)`, as the
  /// Markdown export writes a day.
  static func heading(_ timetable: Timetable) -> String {
    MarkdownWriter.heading(timetable.date, timetable.conference)
  }

  private func sessionText(_ session: BoardSession) -> String {
    let mine = session.events.filter { marked.contains($0.id) }.count
    return (mine > 0 ? "★ " : "") + "**" + MarkdownText.escaped(session.summary) + "**"
      + (mine > 0 ? " · \(mine) in your itinerary" : "")
  }
}
