/// Two events of an itinerary that run at the same time, and the ways out.
public struct Conflict: Hashable, Sendable {
  /// The event that comes first in time (then by room, board and title).
  public var first: Event
  /// The other event.
  public var second: Event
  /// When the overlap begins: the later of the two starts.
  public var overlapStart: LocalTime
  /// When the overlap ends: the earlier of the two ends.
  public var overlapEnd: LocalTime
  /// Other slots of either paper that clash with nothing else in the itinerary: skip one
  /// event and see its paper there instead. Those replacing `first` come first, each side in
  /// time order.
  public var resolutions: [ConflictResolution]

  /// Creates a conflict.
  public init(
    first: Event, second: Event, overlapStart: LocalTime, overlapEnd: LocalTime,
    resolutions: [ConflictResolution]
  ) {
    self.first = first
    self.second = second
    self.overlapStart = overlapStart
    self.overlapEnd = overlapEnd
    self.resolutions = resolutions
  }

  /// The event of the pair that is not `id`: what a candidate clashes with.
  public func event(otherThan id: EventID) -> Event {
    first.id == id ? second : first
  }
}
