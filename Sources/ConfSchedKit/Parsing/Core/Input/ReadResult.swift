/// What a reader got from one dump: the events and mentions it could read, and what it could
/// not (every reader returns this, whatever its family).
public struct ReadResult: Sendable {
  /// The events, in the dump's order, without ids (the `Schedule` assigns them).
  public var events: [Event] = []
  /// The papers and talks the dump mentions without scheduling them (reading lists).
  public var mentions: [Mention] = []
  /// Warnings and errors, in the dump's order.
  public var diagnostics: [Diagnostic] = []
  /// The conferences the events belong to.
  public var conferences: [Conference] = []
  /// The family the dump was read as.
  public var family: DumpFamily?
  /// The dump's name.
  public var file = ""
  /// The groups of events (indices into `events`) the file itself says are one paper's slots
  /// (the virtual site's `related_events_ids`). Nil when the file says nothing: the schedule
  /// then links slots by title.
  public var slotGroups: [[Int]]?

  /// How many events were made and let go, not kept in `events`, when the options did not
  /// keep them (`ReadOptions.keepsEvents`).
  public var droppedEventCount = 0

  /// Creates an empty result.
  public init() {}

  /// How many events the reader found, kept or not.
  public var eventCount: Int { events.count + droppedEventCount }

  /// Whether the reader got nothing at all from the dump: no event and no mention.
  public var isEmpty: Bool { eventCount == 0 && mentions.isEmpty }

  /// What the dump gives a schedule: everything but the mentions.
  public var part: Schedule.Part {
    Schedule.Part(
      file: file, family: family, conferences: conferences, events: events,
      diagnostics: diagnostics, mentionCount: mentions.count, slotGroups: slotGroups)
  }
}
