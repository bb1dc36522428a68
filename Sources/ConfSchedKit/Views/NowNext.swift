/// What is on at a moment and what comes next, room by room: the data behind `confsched now`
/// and `confsched next`.
///
/// A pure function of a conference's events, a moment on its wall clock and the number of
/// upcoming items to keep per room, so it is tested without a clock. Poster and demonstration
/// sessions count as one item each, and what starts together in a room counts once: the
/// demonstrations and the 228 posters opening at 17:30 in the same hall are both the next thing
/// there.
///
/// - On a conference day, `running` is what runs at the moment (start included, end excluded;
///   an evening past midnight runs into the next day) and `upcoming` what starts later that
///   day, the day before's talks past midnight first (a frab day's 00:55 is 24:55 on its
///   clock); after the day's last start, the next loaded day's first items.
/// - On any other day the conference is not running (`status` says how): nothing runs, and
///   `upcoming` holds the first items of the nearest conference day.
public struct NowNext: Sendable {
  /// The moment, on the conference's wall clock.
  public let moment: LocalDateTime
  /// The conference, when known.
  public let conference: Conference?
  /// The moment's day against the conference's days.
  public let status: ConferenceStatus
  /// The day of the upcoming items, when there are any.
  public let upcomingDay: CalendarDate?
  /// The rooms with something running or upcoming, in room order (no room first).
  public let rooms: [RoomActivity]

  /// What is on at `moment` among a conference's events, and what starts at each room's next
  /// `upcomingPerRoom` start times.
  public init(_ calendar: ConferenceCalendar, at moment: LocalDateTime, upcomingPerRoom: Int = 1) {
    self.moment = moment
    conference = calendar.conference
    status = calendar.status(on: moment.date)
    var running: [ScheduleItem] = []
    var upcoming: [ScheduleItem] = []
    var upcomingDay: CalendarDate?
    // A talk with a start and no end runs until the next one in its room, 30 minutes at most.
    let events = AssumedEnds(in: calendar.events).filling(calendar.events)
    if status.isRunning {
      let today = ScheduleItem.items(events, on: moment.date)
      let yesterday = ScheduleItem.items(events, on: moment.date.adding(days: -1))
      // The day before runs on past midnight on its own clock (a 00:55 talk of a frab day is
      // 24:55 there): the moment on that clock is a day later.
      let late = LocalTime(minutes: moment.time.minutes + 1440)
      running =
        yesterday.filter { $0.isRunningPastMidnight(at: moment.time) }
        + today.filter { $0.isRunning(at: moment.time) }
      let lateUpcoming = late.map { late in yesterday.filter { ($0.start ?? .midnight) > late } }
      upcoming = (lateUpcoming ?? []) + today.filter { ($0.start ?? .midnight) > moment.time }
      upcomingDay =
        upcoming.isEmpty
        ? nil : lateUpcoming?.isEmpty == false ? moment.date.adding(days: -1) : moment.date
      if upcoming.isEmpty, let next = calendar.days.first(where: { $0 > moment.date }) {
        upcoming = ScheduleItem.items(events, on: next)
        upcomingDay = next
      }
    } else if let nearest = calendar.nearestDay(to: moment.date) {
      upcoming = ScheduleItem.items(events, on: nearest)
      upcomingDay = nearest
    }
    self.upcomingDay = upcomingDay
    rooms = NowNext.byRoom(running: running, upcoming: upcoming, keep: upcomingPerRoom)
  }

  /// What runs at the moment, room by room.
  public var running: [ScheduleItem] { rooms.flatMap(\.running) }

  /// The upcoming items of every room, in time order.
  public var upcoming: [ScheduleItem] {
    rooms.flatMap(\.upcoming).sorted(by: NowNext.precedes)
  }

  /// Whether anything runs at the moment.
  public var isAnythingRunning: Bool { rooms.contains { !$0.running.isEmpty } }

  /// Time order across days: what runs past midnight of the day before comes first.
  private static func precedes(_ a: ScheduleItem, _ b: ScheduleItem) -> Bool {
    let aDay = a.date?.daysSinceEpoch ?? Int.max
    let bDay = b.date?.daysSinceEpoch ?? Int.max
    return aDay != bDay ? aDay < bDay : ScheduleItem.precedes(a, b)
  }

  private static func byRoom(running: [ScheduleItem], upcoming: [ScheduleItem], keep: Int)
    -> [RoomActivity]
  {
    var rooms: [String: RoomActivity] = [:]
    for item in running {
      let key = TextFolding.key(item.room ?? "")
      rooms[key, default: RoomActivity(room: item.room, running: [], upcoming: [])]
        .running.append(item)
    }
    // A talk with no printed end is over once a later one in its room has begun.
    for key in rooms.keys {
      guard let latest = rooms[key]?.running.compactMap(\.start).max() else { continue }
      rooms[key]?.running.removeAll { item in
        guard case .event(let event) = item, event.end == nil || event.isEndAssumed,
          let start = event.start
        else {
          return false
        }
        return start < latest
      }
    }
    // Items that start together in a room (on the same day's clock) take one of its `keep`
    // places.
    var starts: [String: Set<Int>] = [:]
    for item in upcoming.sorted(by: NowNext.precedes) {
      let key = TextFolding.key(item.room ?? "")
      var activity = rooms[key] ?? RoomActivity(room: item.room, running: [], upcoming: [])
      let start = (item.date?.daysSinceEpoch ?? 0) * 2880 + (item.start?.minutes ?? -1)
      if starts[key, default: []].contains(start) || starts[key, default: []].count < keep {
        starts[key, default: []].insert(start)
        activity.upcoming.append(item)
      }
      rooms[key] = activity
    }
    return rooms.values.filter { !$0.running.isEmpty || !$0.upcoming.isEmpty }
      .sorted { RoomOrder.precedes($0.room, $1.room) }
  }
}
