/// A plan (`DayPlan`) as a day-by-day walk: each pick's time, id and kind, its title, place and
/// the interests it matches, with the free stretches in between where they fall. Nothing is
/// cut: on a terminal (`width` set) titles wrap under their time; off it each is one line.
public struct PlanView: Sendable {
  /// The terminal width to wrap to; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The plan, a heading per day, ending in a newline, with the events already `planned` (the
  /// itinerary's) on the plan's days, since the picks and the free time are fitted around them.
  /// `shifting` moves an event into the zone the user asked for (`--local`); free time is
  /// said in the conference's.
  public func render(
    _ plan: DayPlan, planned: [Event] = [], shifting: (Event) -> Event = { $0 }
  ) -> String {
    enum Item {
      case pick(DayPlan.Pick)
      case free(DayPlan.FreeTime)
      case planned(Event)
    }
    var byDay: [CalendarDate: [(minutes: Int, item: Item)]] = [:]
    for pick in plan.picks {
      guard let date = pick.event.date else { continue }
      byDay[date, default: []].append((pick.event.start?.minutes ?? 0, .pick(pick)))
    }
    let days = Set(byDay.keys)
    for event in planned {
      guard let date = event.date, days.contains(date) else { continue }
      byDay[date, default: []].append((event.start?.minutes ?? 0, .planned(event)))
    }
    for free in plan.freeTime {
      byDay[free.date, default: []].append((free.start.minutes, .free(free)))
    }
    let indent = String(repeating: " ", count: 15)
    let textWidth = width.map { Swift.max($0 - indent.count, 20) }
    var lines: [String] = []
    for (date, items) in byDay.sorted(by: { $0.key < $1.key }) {
      if !lines.isEmpty { lines.append("") }
      lines.append(style.bold("\(date.shortDescription) \(date.year)"))
      // Stable: picks that start together keep the plan's (board) order, free time after them.
      let ordered = items.enumerated().sorted {
        ($0.element.minutes, $0.offset) < ($1.element.minutes, $1.offset)
      }
      for (_, entry) in ordered {
        switch entry.item {
        case .free(let free):
          lines.append("  " + style.dim("\(free.start)-\(free.end)  free"))
        case .pick(let pick):
          lines += card(shifting(pick.event), indent: indent, width: textWidth)
          if !pick.reasons.isEmpty {
            let reasons = "matches: " + DisplayText.printable(pick.reasons.joined(separator: ", "))
            for line in DisplayText.wrapped(reasons, to: textWidth) {
              lines.append(indent + style.dim(line))
            }
          }
        case .planned(let event):
          lines += card(shifting(event), indent: indent, width: textWidth)
          lines.append(indent + style.dim("on your itinerary"))
        }
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// `10:45-12:45  jvvap5  Poster`, then the title and the place (`Room 210 · board 7`), each
  /// wrapped under it.
  private func card(_ event: Event, indent: String, width: Int?) -> [String] {
    let time = DisplayText.padded(event.timeRange, to: 11)
    var lines = [
      "  " + time + "  " + style.id(event.id.rawValue) + "  "
        + DisplayText.printable(event.kind.rawValue)
    ]
    for line in DisplayText.wrapped(DisplayText.printable(event.title), to: width) {
      lines.append(indent + style.bold(line))
    }
    var place: [String] = []
    if let room = event.room { place.append(DisplayText.printable(room)) }
    if let board = event.board { place.append("board " + DisplayText.printable(board)) }
    if !place.isEmpty {
      for line in DisplayText.wrapped(place.joined(separator: " · "), to: width) {
        lines.append(indent + line)
      }
    }
    return lines
  }
}
