/// An itinerary for the terminal: a heading per day, entries in time order, the free time
/// between them, clashes marked where they happen, entries whose event is no longer loaded
/// marked too, and entries without a time at the end of their day.
public struct ItineraryView: Sendable {
  /// The terminal width to fit.
  public var width: Int
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The itinerary's text, ending in a newline; empty for an empty itinerary.
  public func render(_ entries: [ResolvedEntry]) -> String {
    guard !entries.isEmpty else { return "" }
    let sorted = entries.sorted { $0.event.chronologicalKey < $1.event.chronologicalKey }
    let events = sorted.map(\.event)
    let partners = Conflicts.clashingPartners(events)
    let idWidth = events.map { $0.id.rawValue.count }.max() ?? 6
    let kindWidth = Swift.min(events.map { EventTable.shortKind($0).count }.max() ?? 4, 12)
    let placeWidth = Swift.min(
      events.map { DisplayText.width(EventTable.place($0)) }.max() ?? 0, 24)
    let fixed = 2 + idWidth + 2 + 11 + 2 + kindWidth + 2 + placeWidth + 2
    let showsPlace = width - fixed >= 24
    let titleWidth = Swift.max(width - (showsPlace ? fixed : fixed - placeWidth - 2), 16)
    var lines: [String] = []
    var currentDay: CalendarDate??
    var latestEnd: Int?
    for (index, resolved) in sorted.enumerated() {
      let event = resolved.event
      if currentDay != .some(event.date) {
        if currentDay != nil { lines.append("") }
        currentDay = .some(event.date)
        lines.append(style.bold(EventTable(width: width, style: style).dayHeading(event)))
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
      var row = marker + style.id(DisplayText.padded(event.id.rawValue, to: idWidth)) + "  "
      row += DisplayText.padded(EventTable.time(event), to: 11) + "  "
      row += DisplayText.padded(EventTable.shortKind(event), to: kindWidth) + "  "
      if showsPlace {
        let place = EventTable.place(event)
        row +=
          DisplayText.padded(DisplayText.truncated(place, to: placeWidth), to: placeWidth) + "  "
      }
      row += DisplayText.truncated(event.title, to: titleWidth)
      lines.append(row)
      let indent = "  " + String(repeating: " ", count: idWidth) + "  "
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
