/// `now` and `next` for the terminal: a heading with the moment and the zone, a line when the
/// conference is not running, then one line per item: room, times, kind, id and title, the
/// itinerary's events marked with `*`. Times are shown in `zone` and labelled with it.
public struct NowNextView: Sendable {
  /// What to show.
  public enum Mode: Sendable {
    /// What runs at the moment, then what comes next in each room.
    case now
    /// What comes next in each room.
    case next
  }

  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle
  /// The zone times are shown in.
  public var zone: DisplayZone
  /// The events to mark, such as the itinerary's.
  public var marked: Set<EventID>

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle, zone: DisplayZone, marked: Set<EventID> = []) {
    self.width = width
    self.style = style
    self.zone = zone
    self.marked = marked
  }

  /// The view's text, ending in a newline.
  public func render(_ view: NowNext, mode: Mode) -> String {
    let rule = view.conference?.zone
    let shown = zone.showing(view.moment, from: rule)
    var lines = DisplayText.headingLines(heading(view, shown: shown), width: width).map(style.bold)
    if let note = NowNextView.statusNote(view) {
      lines += ["", note]
      lines += aligned([rows(view.upcoming, day: nil, rule: rule)])[0]
      return lines.joined(separator: "\n") + "\n"
    }
    // `now` shows what is on and what comes after it (a coffee break is not all there is to
    // know), in one set of columns.
    let running = mode == .now ? rows(view.running, day: shown.date, rule: rule) : []
    let upcoming = view.upcoming
    let day = view.upcomingDay.flatMap { $0 == view.moment.date ? nil : $0 }
    let next = rows(upcoming, day: day == nil ? shown.date : nil, rule: rule)
    let tables = aligned([running, next])
    if mode == .now {
      lines += ["", running.isEmpty ? "Nothing is on at \(shown.time)." : "On now:"] + tables[0]
    }
    if upcoming.isEmpty {
      lines += ["", "Nothing more is scheduled."]
    } else {
      lines += ["", day.map { "Next, on \($0.longDescription):" } ?? "Next:"] + tables[1]
    }
    let shownItems = (mode == .now ? view.running : []) + upcoming
    if shownItems.contains(where: { $0.events.contains(where: \.isEndAssumed) }) {
      lines += ["", style.dim(AssumedEnds.note)]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Tuesday 4 December 2018, 10:22 America/Toronto · NeurIPS 2018, Montréal`.
  func heading(_ view: NowNext, shown: LocalDateTime) -> String {
    var heading = "\(shown.date.longDescription), \(shown.time) \(zone.label)"
    if let conference = view.conference {
      heading += " · " + conference.name + (conference.city.map { ", \($0)" } ?? "")
    }
    return heading
  }

  /// What to say when the conference is not running on the moment's day.
  static func statusNote(_ view: NowNext) -> String? {
    let name = view.conference?.name ?? "The conference"
    switch view.status {
    case .running: return nil
    case .notStarted(let first):
      return "\(name) has not started: it opens on \(first.longDescription) with"
    case .over(let last):
      return "\(name) is over: its last day was \(last.longDescription), which began with"
    case .dayOff(let nearest):
      return "\(name) has nothing on \(view.moment.date.longDescription); the nearest day, "
        + "\(nearest.longDescription), begins with"
    }
  }

  /// One line of a table: the mark, room, times, kind and id, and the title.
  private struct Row {
    var mark: Bool
    var cells: [String]
    var title: String
  }

  /// One row per item; a start shown on another day than `day` (by default, the first
  /// item's) gets its date.
  private func rows(_ items: [ScheduleItem], day: CalendarDate?, rule: ZoneRule?) -> [Row] {
    let firstDay = items.first.flatMap { item in
      item.date.flatMap { date in
        item.start.map { zone.showing(LocalDateTime(date: date, time: $0), from: rule).date }
      }
    }
    let day = day ?? firstDay
    return items.map { item -> Row in
      let time = zone.timeRange(item, day: day, zone: rule)
      switch item {
      case .event(let event):
        return Row(
          mark: marked.contains(event.id),
          cells: [
            DisplayText.printable(event.room ?? ""), time, EventTable.shortKind(event),
            event.id.rawValue,
          ], title: DisplayText.printable(event.title))
      case .session(let session):
        let mine = session.events.filter { marked.contains($0.id) }.count
        let title =
          "\(session.count) \(session.title.lowercased())"
          + (mine > 0 ? " · \(mine) in your itinerary" : "")
        let kind = session.kind == .demonstration ? "Demos" : session.title
        return Row(
          mark: mine > 0,
          cells: [DisplayText.printable(session.halls.first ?? ""), time, kind, ""],
          title: DisplayText.printable(title))
      }
    }
  }

  /// The tables' lines, all in the same columns.
  private func aligned(_ tables: [[Row]]) -> [[String]] {
    let all = tables.flatMap { $0 }
    // The room, the time and the id say where and what: the title gives way first, then the
    // kind, and a long room is shortened last.
    let columns = (0..<4).map { column -> ColumnFit.Column in
      let natural = all.map { DisplayText.width($0.cells[column]) }.max() ?? 0
      switch column {
      case 0: return ColumnFit.Column(natural: natural, minimum: Swift.min(natural, 12))
      case 2: return ColumnFit.Column(natural: natural, minimum: 4, isOptional: true)
      default: return .fixed(natural)
      }
    }
    let titleNatural = all.map { DisplayText.width($0.title) }.max() ?? 0
    let (widths, titleWidth) = ColumnFit.fit(columns, title: titleNatural, width: width, lead: 2)
    return tables.map { rows in
      rows.map { row in
        var line = row.mark ? style.warning("*") + " " : "  "
        for (column, cell) in row.cells.enumerated() where widths[column] > 0 {
          let cut =
            column == 0
            ? DisplayText.truncatedInMiddle(cell, to: widths[column])
            : DisplayText.truncated(cell, to: widths[column])
          let text = DisplayText.padded(cut, to: widths[column])
          line += (column == 3 && !cell.isEmpty ? style.id(text) : text) + "  "
        }
        return (line + DisplayText.fitted(row.title, to: width == nil ? nil : titleWidth))
          .trimmingTrailingSpaces()
      }
    }
  }
}
