/// The conflicts of an itinerary in words: each clash with the slot that resolves it, the
/// posters that share a hall and a time (a route, not a clash), the walk-in events that run
/// alongside others (not clashes either), and the entries whose time is unknown.
public struct ConflictReport: Sendable {
  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The report, ending in a newline; `walkIns` are the itinerary's walk-in events that
  /// overlap others (`Conflicts.walkIns(_:)`).
  public func render(_ conflicts: Conflicts, walkIns: [WalkIn] = []) -> String {
    var lines: [String] = []
    let count = conflicts.clashes.count
    lines.append(style.bold(count == 0 ? "No clashes." : "\(count) clash\(count == 1 ? "" : "es")"))
    for conflict in conflicts.clashes {
      lines.append("")
      let day = conflict.first.date.map { "\($0.shortDescription) \($0.year)" } ?? ""
      lines.append(style.warning("\(day), \(conflict.overlapStart)-\(conflict.overlapEnd)"))
      for event in [conflict.first, conflict.second] { lines.append("  " + line(event)) }
      if conflict.resolutions.isEmpty {
        lines.append("  no other slot of either paper is free")
      }
      for resolution in conflict.resolutions {
        lines.append(
          "  " + ConflictReport.resolutionText(resolution, width: width) + "  "
            + style.id(resolution.alternative.id.rawValue))
      }
    }
    for group in conflicts.sameSessionGroups {
      lines.append("")
      lines.append(
        style.bold("Same hall, same time: visit in board order")
          + " · \(group.date.shortDescription) \(group.date.year), \(group.start)-\(group.end), "
          + DisplayText.printable(group.room)
      )
      let ordered = group.events.sorted { $0.boardKey < $1.boardKey }
      for event in ordered {
        let board = DisplayText.padded(
          event.board.map { "#" + DisplayText.printable($0) } ?? "", to: 6)
        let title = DisplayText.fitted(
          DisplayText.printable(event.title), to: width.map { Swift.max($0 - 20, 20) })
        lines.append("  \(board) \(style.id(event.id.rawValue))  \(title)")
      }
    }
    if !walkIns.isEmpty {
      lines.append("")
      lines.append(
        style.bold("Walk-in, alongside other events (not clashes: drop in between them)"))
      for walkIn in walkIns {
        lines.append("  " + line(walkIn.event))
        let others = walkIn.alongside.map(\.id.rawValue).joined(separator: ", ")
        lines.append(
          style.dim("    overlaps \(ConflictReport.count(walkIn.alongside.count)): \(others)"))
      }
    }
    if !conflicts.untimed.isEmpty {
      lines.append("")
      lines.append(style.bold("Time not given (never counted as a clash)"))
      for event in conflicts.untimed { lines.append("  " + line(event)) }
    }
    let shown = conflicts.clashes.flatMap { [$0.first, $0.second] } + walkIns.map(\.event)
    if shown.contains(where: \.isEndAssumed) { lines += ["", style.dim(AssumedEnds.note)] }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `resolve by seeing 'On Neuronal Capacity' at its poster instead of its oral: Poster, Tue
  /// Dec 4 17:00-19:00, Room 210 & 230 AB, board 42`: named, since both sides of a clash may
  /// be spotlights with posters of their own.
  public static func resolutionText(_ resolution: ConflictResolution, width: Int? = nil)
    -> String
  {
    let alternative = resolution.alternative
    let title = DisplayText.fitted(
      DisplayText.printable(resolution.skipped.title), to: width.map { _ in 40 })
    var text =
      "resolve by seeing '\(title)' at its \(alternative.kind.rawValue.lowercased()) instead of "
      + "its \(resolution.skipped.kind.rawValue.lowercased()): \(EventDetail.slot(alternative))"
    text = DisplayText.printable(text)
    if resolution.isPlanned { text += " (already in your itinerary)" }
    return text
  }

  /// `1 event`, `3 events`.
  public static func count(_ number: Int) -> String {
    "\(number) event" + (number == 1 ? "" : "s")
  }

  private func line(_ event: Event) -> String {
    let head =
      "\(DisplayText.padded(EventTable.time(event), to: 11))  \(DisplayText.padded(EventTable.shortKind(event), to: 9))  "
    let tail = "  " + event.id.rawValue
    let title = DisplayText.fitted(
      DisplayText.printable(event.title),
      to: width.map { Swift.max($0 - 2 - DisplayText.width(head) - tail.count, 16) })
    return head + title + style.id(tail)
  }
}
