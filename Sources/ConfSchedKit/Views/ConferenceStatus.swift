/// Where a day falls against the days of a conference the loaded data covers.
public enum ConferenceStatus: Hashable, Sendable {
  /// The day is one of the conference's days.
  case running
  /// The day is before the conference's first day.
  case notStarted(firstDay: CalendarDate)
  /// The day is after the conference's last day.
  case over(lastDay: CalendarDate)
  /// The day is between two of the conference's days, with no event of its own.
  case dayOff(nearestDay: CalendarDate)

  /// Whether the day is one of the conference's days.
  public var isRunning: Bool { self == .running }
}
