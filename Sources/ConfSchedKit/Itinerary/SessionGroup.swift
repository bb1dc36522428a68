/// Posters or demonstrations of an itinerary shown in the same session: same day, same hours,
/// same hall. They do not clash; one walks from board to board.
public struct SessionGroup: Hashable, Sendable {
  /// The day.
  public var date: CalendarDate
  /// When the session starts.
  public var start: LocalTime
  /// When the session ends.
  public var end: LocalTime
  /// The hall, as the first event of the group writes it.
  public var room: String
  /// The events, in board order (`D2` before `D10`), to visit in that order.
  public var events: [Event]

  /// Creates a group.
  public init(
    date: CalendarDate, start: LocalTime, end: LocalTime, room: String, events: [Event]
  ) {
    self.date = date
    self.start = start
    self.end = end
    self.room = room
    self.events = events
  }
}
