/// A way out of a conflict: skip one event and see the same paper in another slot, such as
/// an oral's poster in the evening session.
public struct ConflictResolution: Hashable, Sendable {
  /// The event to skip.
  public var skipped: Event
  /// The other slot of the same paper, which clashes with nothing else in the itinerary.
  public var alternative: Event
  /// Whether the alternative is already in the itinerary, so skipping is all it takes.
  public var isPlanned: Bool

  /// Creates a resolution.
  public init(skipped: Event, alternative: Event, isPlanned: Bool) {
    self.skipped = skipped
    self.alternative = alternative
    self.isPlanned = isPlanned
  }
}
