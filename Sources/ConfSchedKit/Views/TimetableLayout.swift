/// Lays a day's events out for `Timetable`, following the rules in its summary.
struct TimetableLayout {
  private(set) var columns: [String] = []
  private(set) var rows: [Timetable.Row] = []
  private(set) var cells: [Timetable.Cell] = []
  private(set) var alongside: [BoardSession] = []
  private(set) var untimed: [Event] = []
  private(set) var overlapping: [Event] = []

  /// An event with the hours it takes in the grid.
  private struct Span {
    var event: Event
    var start: LocalTime
    var end: LocalTime

    func overlaps(_ start: LocalTime, _ end: LocalTime) -> Bool {
      self.start < end && start < self.end
    }
  }

  private var spans: [Span] = []
  private var placedSessions: [BoardSession] = []
  private var columnKeys: [String] = []
  private var rowIndex: [Int: Int] = [:]
  private var isFree: [[Bool]] = []

  init(_ events: [Event]) {
    // A talk with a start and no end runs until the next one in its room, 30 minutes at most.
    let events = AssumedEnds(in: events).filling(events)
    let (sessions, others) = BoardSession.sessions(in: events)
    var points: [(event: Event, start: LocalTime)] = []
    for event in others {
      guard let start = event.start else {
        untimed.append(event)
        continue
      }
      if let end = event.end, end != start {
        // An end before the start is past midnight: the grid stops at 24:00.
        spans.append(
          Span(event: event, start: start, end: end > start ? end : LocalTime(clamping: 1440)))
      } else {
        points.append((event, start))
      }
    }
    // An event without an end lasts until the next time of the day (another event's start or
    // end), or `Event.assumedMinutesWithoutEnd` at most: a 10:05 talk with no end does not
    // fill its room until the next printed end in the afternoon.
    let times = Set(spans.flatMap { [$0.start, $0.end] } + points.map(\.start))
    for (event, start) in points {
      let assumed = start.adding(minutes: Event.assumedMinutesWithoutEnd)
      let end = Swift.min(times.filter { $0 > start }.min() ?? assumed, assumed)
      if end > start {
        spans.append(Span(event: event, start: start, end: end))
      } else {
        untimed.append(event)
      }
    }
    columns = TimetableLayout.parallelRooms(spans.map { ($0.event.room, $0.start, $0.end) })
    columnKeys = columns.map(TextFolding.key)
    for session in sessions {
      let isClear =
        !spans.contains { $0.overlaps(session.start, session.end) }
        && !placedSessions.contains { $0.start < session.end && session.start < $0.end }
      if isClear { placedSessions.append(session) } else { alongside.append(session) }
    }
    let steps = Set(
      spans.flatMap { [$0.start, $0.end] } + placedSessions.flatMap { [$0.start, $0.end] }
    ).sorted()
    rows = zip(steps, steps.dropFirst()).map { Timetable.Row(start: $0, end: $1) }
    for (index, step) in steps.enumerated() { rowIndex[step.minutes] = index }
    isFree = Array(
      repeating: Array(repeating: true, count: Swift.max(columns.count, 1)), count: rows.count)
  }

  /// Places the room events, then those for everyone, then the sessions that fit.
  mutating func place() {
    let laneCount = Swift.max(columns.count, 1)
    var inRooms: [(lane: Int, spans: [Span])] = []
    var forEveryone: [[Span]] = []
    for span in spans {
      let lane = span.event.room.flatMap { columnKeys.firstIndex(of: TextFolding.key($0)) }
      if let lane {
        if let index = inRooms.firstIndex(where: {
          $0.lane == lane && Self.sameHours($0.spans[0], span)
        }) {
          inRooms[index].spans.append(span)
        } else {
          inRooms.append((lane, [span]))
        }
      } else if let index = forEveryone.firstIndex(where: { Self.sameHours($0[0], span) }) {
        forEveryone[index].append(span)
      } else {
        forEveryone.append([span])
      }
    }
    for (lane, group) in inRooms {
      let rows = self.rows(group[0])
      if rows.allSatisfy({ isFree[$0][lane] }) {
        occupy(rows, lane..<(lane + 1))
        cells.append(
          Timetable.Cell(
            content: .events(group.map(\.event)), rows: rows, columns: lane..<(lane + 1),
            isForEveryone: false))
      } else {
        overlapping += group.map(\.event)
      }
    }
    // The shorter first, so that a long lunch leaves the columns a short event takes.
    forEveryone.sort { ($0[0].start, $0[0].end) < ($1[0].start, $1[0].end) }
    for group in forEveryone {
      let rectangles = freeRectangles(in: self.rows(group[0]), laneCount: laneCount)
      if rectangles.isEmpty { overlapping += group.map(\.event) }
      for (rows, lanes) in rectangles {
        occupy(rows, lanes)
        cells.append(
          Timetable.Cell(
            content: .events(group.map(\.event)), rows: rows, columns: lanes, isForEveryone: true))
      }
    }
    for session in placedSessions {
      let rows = self.rows(start: session.start, end: session.end)
      occupy(rows, 0..<laneCount)
      cells.append(
        Timetable.Cell(
          content: .session(session), rows: rows, columns: 0..<laneCount, isForEveryone: true))
    }
  }

  /// The rooms that hold an event while another room holds one, in name order, each written as
  /// first seen.
  static func parallelRooms(_ spans: [(room: String?, start: LocalTime, end: LocalTime)])
    -> [String]
  {
    var rooms: [String: String] = [:]
    let roomed = spans.compactMap { span in
      span.room.map { (key: TextFolding.key($0), room: $0, span.start, span.end) }
    }
    for (index, a) in roomed.enumerated() where rooms[a.key] == nil {
      let isParallel = roomed.enumerated().contains { other in
        other.offset != index && other.element.key != a.key && other.element.2 < a.3
          && a.2 < other.element.3
      }
      if isParallel { rooms[a.key] = a.room }
    }
    return rooms.values.sorted(by: RoomOrder.precedes)
  }

  private static func sameHours(_ a: Span, _ b: Span) -> Bool {
    a.start == b.start && a.end == b.end
  }

  private func rows(_ span: Span) -> Range<Int> {
    rows(start: span.start, end: span.end)
  }

  private func rows(start: LocalTime, end: LocalTime) -> Range<Int> {
    (rowIndex[start.minutes] ?? 0)..<(rowIndex[end.minutes] ?? 0)
  }

  private mutating func occupy(_ rows: Range<Int>, _ lanes: Range<Int>) {
    for row in rows {
      for lane in lanes { isFree[row][lane] = false }
    }
  }

  /// The free parts of some rows as rectangles: each lane's runs of free rows, with neighbouring
  /// lanes that have the same run joined.
  private func freeRectangles(in rows: Range<Int>, laneCount: Int) -> [(Range<Int>, Range<Int>)] {
    var runs: [[Range<Int>]] = []
    for lane in 0..<laneCount {
      var laneRuns: [Range<Int>] = []
      var start: Int?
      for row in rows.lowerBound...rows.upperBound {
        let free = row < rows.upperBound && isFree[row][lane]
        if free, start == nil { start = row }
        if !free, let first = start {
          laneRuns.append(first..<row)
          start = nil
        }
      }
      runs.append(laneRuns)
    }
    var rectangles: [(Range<Int>, Range<Int>)] = []
    for lane in 0..<laneCount {
      for run in runs[lane] {
        var last = lane
        while last + 1 < laneCount, let index = runs[last + 1].firstIndex(of: run) {
          runs[last + 1].remove(at: index)
          last += 1
        }
        rectangles.append((run, lane..<(last + 1)))
      }
    }
    return rectangles
  }
}
