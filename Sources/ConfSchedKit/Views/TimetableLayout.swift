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
  }

  private var spans: [Span] = []
  private var placedSessions: [BoardSession] = []
  private var columnIndex: [String: Int] = [:]
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
      // An end before the start is past midnight: the grid stops at 24:00. An event that
      // starts at 24:00 or later with an end before its start has no hours left before it and
      // is placed as one without an end.
      if let end = event.end.map({ $0 > start ? $0 : LocalTime(clamping: 1440) }), end > start {
        spans.append(Span(event: event, start: start, end: end))
      } else {
        points.append((event, start))
      }
    }
    // An event without an end lasts until the next time of the day (another event's start or
    // end), or `Event.assumedMinutesWithoutEnd` at most: a 10:05 talk with no end does not
    // fill its room until the next printed end in the afternoon.
    let times = MinuteSet(spans.flatMap { [$0.start, $0.end] } + points.map(\.start))
    for (event, start) in points {
      let assumed = start.adding(minutes: Event.assumedMinutesWithoutEnd)
      let end = Swift.min(times.first(after: start) ?? assumed, assumed)
      if end > start {
        spans.append(Span(event: event, start: start, end: end))
      } else {
        untimed.append(event)
      }
    }
    columns = TimetableLayout.parallelRooms(spans.map { ($0.event.room, $0.start, $0.end) })
    for (index, column) in columns.enumerated() { columnIndex[TextFolding.key(column)] = index }
    // Which minutes the events take, and those the sessions placed so far take: a session is
    // checked against minutes, not against every event (a day of 40,000 events would take
    // 40,000 checks a session).
    let taken = MinuteCover(spans.map { ($0.start, $0.end) })
    var takenBySessions = [Bool](repeating: false, count: LocalTime.maximumMinutes + 1)
    for session in sessions {
      let minutes = session.start.minutes..<session.end.minutes
      let isClear =
        !taken.covers(anyOf: minutes) && !minutes.contains { takenBySessions[$0] }
      if isClear {
        placedSessions.append(session)
        for minute in minutes { takenBySessions[minute] = true }
      } else {
        alongside.append(session)
      }
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
    // The events of one room and the same hours share a cell, as do the events for everyone
    // with the same hours; groups are found by key, in the order first seen.
    var inRooms: [(lane: Int, spans: [Span])] = []
    var forEveryone: [[Span]] = []
    var groupIndex: [GroupKey: Int] = [:]
    for span in spans {
      let lane = span.event.room.flatMap { columnIndex[TextFolding.key($0)] }
      let key = GroupKey(lane: lane ?? -1, start: span.start.minutes, end: span.end.minutes)
      if let index = groupIndex[key] {
        if lane != nil {
          inRooms[index].spans.append(span)
        } else {
          forEveryone[index].append(span)
        }
      } else if let lane {
        groupIndex[key] = inRooms.count
        inRooms.append((lane, [span]))
      } else {
        groupIndex[key] = forEveryone.count
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
    // Each room's minutes as a union of runs; a minute two rooms' unions hold is parallel, and
    // so is every room whose union holds one. Linear in the events: a day of 40,000 events in
    // one room compared each with every other.
    var shown: [String: String] = [:]
    var runs: [String: [Range<Int>]] = [:]
    for span in spans {
      guard let room = span.room, span.start < span.end else { continue }
      let key = TextFolding.key(room)
      if shown[key] == nil { shown[key] = room }
      runs[key, default: []].append(span.start.minutes..<span.end.minutes)
    }
    var unions: [String: [Range<Int>]] = [:]
    var roomsAt = [Int](repeating: 0, count: LocalTime.maximumMinutes + 2)
    for (key, list) in runs {
      let union = MinuteCover.union(of: list)
      unions[key] = union
      for run in union {
        roomsAt[run.lowerBound] += 1
        roomsAt[run.upperBound] -= 1
      }
    }
    var shared = [Bool](repeating: false, count: roomsAt.count)
    var count = 0
    for minute in roomsAt.indices {
      count += roomsAt[minute]
      shared[minute] = count >= 2
    }
    let parallel = MinuteCover(marked: shared)
    return RoomOrder.sorted(
      unions.compactMap { key, union in
        union.contains(where: parallel.covers(anyOf:)) ? shown[key] : nil
      })
  }

  /// A key for the events that share a cell: a lane (-1 for everyone) and hours.
  private struct GroupKey: Hashable {
    var lane: Int
    var start: Int
    var end: Int
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
