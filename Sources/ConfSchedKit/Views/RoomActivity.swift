/// What one room has at a moment: what runs there, and what comes next.
public struct RoomActivity: Hashable, Sendable {
  /// The room as the schedule writes it; nil for what has no room (a coffee break).
  public var room: String?
  /// What runs at the moment, in time order.
  public var running: [ScheduleItem]
  /// What starts after the moment, in time order.
  public var upcoming: [ScheduleItem]

  /// Creates a room's activity.
  public init(room: String?, running: [ScheduleItem], upcoming: [ScheduleItem]) {
    self.room = room
    self.running = running
    self.upcoming = upcoming
  }
}
