/// One conference day of a frab schedule, and how an event is placed on it.
///
/// An event belongs to the day the file lists it under: its start is its local time on that
/// day's clock, which runs past midnight (an event at 01:30 the next morning starts at 25:30),
/// up to the day's `end` or the next morning's day change (`<day_change>`, else 06:00),
/// whichever is later.
///
/// A day whose date disagrees with its own `start` instant (wafer writes the date of the
/// start in UTC), or an event that does not fit its day's clock, is placed by its instant
/// instead: on its local date, or on the day before when it starts before the day change (the
/// day's start hour when earlier than that).
///
/// A Pentabarf day has no instants: an event's `<start>` before the day change is on the next
/// morning.
struct FrabDayClock {
  /// The day's date, when known.
  private(set) var date: CalendarDate?
  /// How far the day's clock runs, in minutes: events starting later belong elsewhere.
  private var limit = LocalTime.maximumMinutes
  /// Before this time of day, an instant belongs to the day before.
  private var dayChange: Int
  /// Whether the day's date disagrees with its start instant.
  private var isOff = false
  /// What could not be read of the day, for the day's diagnostics.
  private(set) var problems: [String] = []

  /// Where an event goes: a day and a start on its clock.
  struct Placement {
    var date: CalendarDate
    var minutes: Int
    /// Whether the day was taken from the instant rather than from the file's day.
    var byInstant: Bool
  }

  /// Whether the file gave the day a date.
  var isDated: Bool { date != nil }

  /// The clock for events listed under no day.
  init(dayChange: Int) {
    self.dayChange = dayChange
  }

  /// The clock of a `<day>` (or `days` object).
  init(_ day: FrabDocument.Day, zone: ZoneRule?, dayChange: Int) {
    self.dayChange = dayChange
    if let text = day.date {
      date = CalendarDate(iso: text.trimmingSpaces())
      if date == nil { problems.append("cannot read the day's date '\(text)' (YYYY-MM-DD)") }
    }
    let start = day.start.flatMap(FrabTime.stamp).map { Self.local($0, in: zone) }
    if let text = day.start, start == nil {
      problems.append("cannot read the day's start '\(text)'")
    }
    if date == nil { date = start?.date }
    guard let date else { return }
    if let start {
      self.dayChange = Swift.min(dayChange, start.minutes)
      isOff = start.date != date
    }
    var limit = 1440 + dayChange
    if let text = day.end, let end = FrabTime.stamp(text).map({ Self.local($0, in: zone) }) {
      limit = Swift.max(limit, (end.date.daysSinceEpoch - date.daysSinceEpoch) * 1440 + end.minutes)
    }
    self.limit = Swift.min(limit, LocalTime.maximumMinutes)
  }

  /// Places an event whose local date and time are known (from its instant).
  func place(local: (date: CalendarDate, minutes: Int)) -> Placement {
    if let date, !isOff {
      let minutes = (local.date.daysSinceEpoch - date.daysSinceEpoch) * 1440 + local.minutes
      if minutes >= 0 && minutes < limit {
        return Placement(date: date, minutes: minutes, byInstant: false)
      }
    }
    if local.minutes < dayChange {
      return Placement(
        date: local.date.adding(days: -1), minutes: local.minutes + 1440, byInstant: isDated)
    }
    return Placement(date: local.date, minutes: local.minutes, byInstant: isDated)
  }

  /// Places an event with only a local start on the day's clock (Pentabarf); nil without a day.
  func place(start: Int) -> Placement? {
    guard let date else { return nil }
    let minutes = start < dayChange ? start + 1440 : start
    return Placement(date: date, minutes: minutes, byInstant: false)
  }

  /// The local date and time of a stamp: its instant in the zone, else as written.
  static func local(_ stamp: FrabTime.Stamp, in zone: ZoneRule?) -> (
    date: CalendarDate, minutes: Int
  ) {
    guard let zone, let instant = stamp.instant else { return (stamp.date, stamp.minutes) }
    let local = zone.localDateTime(at: UTCDateTime(secondsSinceEpoch: instant * 60))
    return (local.date, local.time.minutes)
  }

  /// The instant of a stamp in minutes since the epoch: by its offset, else by the zone; nil
  /// for a time with neither.
  static func instant(_ stamp: FrabTime.Stamp, in zone: ZoneRule?) -> Int? {
    if let instant = stamp.instant { return instant }
    guard let zone, let time = LocalTime(minutes: stamp.minutes) else { return nil }
    return zone.utcMinutes(on: stamp.date, at: time)
  }
}
