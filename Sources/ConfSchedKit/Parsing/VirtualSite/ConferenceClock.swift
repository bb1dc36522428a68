/// Instants placed on a conference's days: the wall clock of the conference's zone, each
/// event on its conference day, a day running from 06:00 to 06:00 the next morning as the
/// iCalendar reader places them (`ICalendarParser.dayStartMinutes`): a 01:00 social belongs to
/// the evening before and is 25:00 on that day's clock.
struct ConferenceClock {
  /// The conference's zone; nil for times with no zone anywhere, shown as written.
  let zone: ZoneRule?

  /// Where an event falls: its day, its start and end on that day's clock, and what is wrong
  /// with its end.
  struct Slot: Equatable {
    var date: CalendarDate
    var start: LocalTime
    var end: LocalTime?
    var problem: Problem?
  }

  enum Problem: Equatable {
    /// The end is before the start: left out.
    case endsBeforeStart
    /// The end is more than a day after the start's day: left out.
    case endsTooLate
  }

  /// The wall-clock moment of an instant (minutes since the epoch, UTC) in the zone.
  func local(utcMinutes: Int) -> LocalDateTime {
    guard let zone else { return LocalDateTime(minutesSinceEpoch: utcMinutes) }
    return zone.localDateTime(at: UTCDateTime(secondsSinceEpoch: utcMinutes * 60))
  }

  /// The slot of a start and an optional end, as wall-clock moments of the conference's zone.
  func slot(start: LocalDateTime, end: LocalDateTime?) -> Slot {
    var day = start.date
    var startMinutes = start.time.minutes
    if startMinutes < ICalendarParser.dayStartMinutes {
      day = day.adding(days: -1)
      startMinutes += 1440
    }
    var slot = Slot(date: day, start: LocalTime(clamping: startMinutes))
    guard let end else { return slot }
    let endMinutes = end.minutesSinceEpoch - day.daysSinceEpoch * 1440
    if endMinutes < startMinutes {
      slot.problem = .endsBeforeStart
    } else if let time = LocalTime(minutes: endMinutes) {
      slot.end = time
    } else {
      slot.problem = .endsTooLate
    }
    return slot
  }

  /// The slot of two instants (minutes since the epoch, UTC).
  func slot(startUTC: Int, endUTC: Int?) -> Slot {
    slot(start: local(utcMinutes: startUTC), end: endUTC.map { local(utcMinutes: $0) })
  }

  /// The instant of a wall-clock moment of this clock's zone, in minutes since the epoch (the
  /// moment itself, for a clock with no zone).
  func utcMinutes(of moment: LocalDateTime) -> Int {
    guard let zone else { return moment.minutesSinceEpoch }
    return zone.utcMinutes(on: moment.date, at: moment.time)
  }
}

extension ConferenceClock {
  /// The wall-clock moments of instants already converted, per zone: a program's 6,000 events
  /// start and end at a few hundred distinct instants, and each conversion searches the zone's
  /// history.
  struct Memo {
    private var zones: [(identifier: String?, moments: [Int: LocalDateTime])] = []

    /// The wall-clock moment of an instant (minutes since the epoch, UTC) on a clock.
    mutating func local(_ utcMinutes: Int, on clock: ConferenceClock) -> LocalDateTime {
      let identifier = clock.zone?.identifier
      guard let zone = zones.firstIndex(where: { $0.identifier == identifier }) else {
        let moment = clock.local(utcMinutes: utcMinutes)
        zones.append((identifier, [utcMinutes: moment]))
        return moment
      }
      if let moment = zones[zone].moments[utcMinutes] { return moment }
      let moment = clock.local(utcMinutes: utcMinutes)
      zones[zone].moments[utcMinutes] = moment
      return moment
    }
  }
}

extension ConferenceClock.Problem {
  /// What a warning says.
  var message: String {
    switch self {
    case .endsBeforeStart: return "the event ends before it starts; its end is left out"
    case .endsTooLate: return "the event ends more than a day after it starts; its end is left out"
    }
  }
}
