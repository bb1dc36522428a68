/// What one loaded dump contributed: for `confsched sources`.
public struct SourceSummary: Hashable, Sendable {
  /// The dump's name (a path, or the bundled file's name).
  public var file: String
  /// The family it was read as.
  public var family: DumpFamily?
  /// The conferences its events belong to.
  public var conferences: [Conference]
  /// The days it covers, in order.
  public var days: [CalendarDate]
  /// The events it added.
  public var eventCount: Int
  /// Its events that another dump had already described, merged into those.
  public var mergedCount: Int
  /// Its warnings.
  public var warningCount: Int
  /// The papers it mentions, for a reading list.
  public var mentionCount: Int = 0

  /// Creates a summary.
  public init(
    file: String, family: DumpFamily?, conferences: [Conference], days: [CalendarDate],
    eventCount: Int, mergedCount: Int, warningCount: Int
  ) {
    self.file = file
    self.family = family
    self.conferences = conferences
    self.days = days
    self.eventCount = eventCount
    self.mergedCount = mergedCount
    self.warningCount = warningCount
  }
}
