/// An itinerary entry matched against the loaded schedule.
public struct ResolvedEntry: Hashable, Sendable {
  /// The entry as saved.
  public var entry: ItineraryEntry
  /// The live event when its id is loaded; otherwise the entry's snapshot as an event.
  public var event: Event
  /// Whether the id is not in the loaded schedule (the dumps changed or are not loaded), so
  /// `event` is only the snapshot.
  public var isMissing: Bool

  /// Creates a resolved entry.
  public init(entry: ItineraryEntry, event: Event, isMissing: Bool) {
    self.entry = entry
    self.event = event
    self.isMissing = isMissing
  }
}
