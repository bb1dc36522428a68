/// A poster route for the terminal: the session, when it is open, then one numbered line per
/// stop: board, id and title.
///
///     Posters 17:00-19:00 · Room 210 & 230 AB · Tuesday 4 December 2018, America/Toronto
///     Open now, until 19:00: 2 of its 170 posters are in your itinerary, in board order:
///       1.  #9    rcpyps  Neural Tangent Kernel: Convergence and Generalization in Neural…
public struct PosterRouteView: Sendable {
  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The routes' text, separated by blank lines and ending in a newline.
  public func render(_ routes: [PosterRoute], at moment: LocalDateTime) -> String {
    routes.map { render($0, at: moment) }.joined(separator: "\n")
  }

  private func render(_ route: PosterRoute, at moment: LocalDateTime) -> String {
    let session = route.session
    var heading = "\(session.title) \(session.timeRange)"
    if !session.halls.isEmpty {
      heading += " · " + session.halls.map(DisplayText.printable).joined(separator: " and ")
    }
    heading += " · " + session.date.longDescription
    if let zone = session.events.first?.conference?.zone { heading += ", " + zone.identifier }
    let count =
      "\(session.count) of its \(route.sessionSize) \(session.title.lowercased()) "
      + (session.count == 1 ? "is" : "are") + " in your itinerary, in board order:"
    var lines = [style.bold(heading), PosterRouteView.when(route, at: moment) + ": " + count]
    let numberWidth = String(route.stops.count).count + 1
    let boards = route.stops.map { $0.board.map { "#" + DisplayText.printable($0) } ?? "" }
    let boardWidth = boards.map(DisplayText.width).max() ?? 1
    let idWidth = route.stops.map(\.id.rawValue.count).max() ?? 6
    for (index, event) in route.stops.enumerated() {
      var line = "  " + DisplayText.padded("\(index + 1).", to: numberWidth) + "  "
      line += DisplayText.padded(boards[index], to: boardWidth) + "  "
      line += style.id(DisplayText.padded(event.id.rawValue, to: idWidth)) + "  "
      let used = 2 + numberWidth + 2 + boardWidth + 2 + idWidth + 2
      let title = DisplayText.printable(event.title)
      lines.append(line + DisplayText.fitted(title, to: width.map { Swift.max($0 - used, 16) }))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Open now, until 19:00`, `Opens at 17:00, in 25 min`, `Opens on Wednesday 5 December
  /// 2018 at 10:45`.
  static func when(_ route: PosterRoute, at moment: LocalDateTime) -> String {
    let session = route.session
    if route.isRunning { return "Open now, until \(session.end)" }
    let opening = LocalDateTime(date: session.date, time: session.start)
    guard session.date == moment.date else {
      return "Opens on \(session.date.longDescription) at \(session.start)"
    }
    let wait = opening.minutesSinceEpoch - moment.minutesSinceEpoch
    return "Opens at \(session.start), in \(ItineraryView.duration(minutes: wait))"
  }
}
