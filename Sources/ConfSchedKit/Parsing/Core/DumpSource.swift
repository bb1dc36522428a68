/// A dump to read: its name (a path, or the bundled file's name) and its text.
public struct DumpSource: Sendable {
  /// The name diagnostics and `source` fields use.
  public var name: String
  /// The whole text, UTF-8.
  public var text: String

  /// Creates a source from text already in memory.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}

/// How readers should read: what the user told them.
public struct ReadOptions: Sendable {
  /// The conference year, overriding the year inferred from the dump (`--year`).
  public var year: Int?

  /// Creates options.
  public init(year: Int? = nil) {
    self.year = year
  }
}

/// What a reader got from one dump: the events it could read and what it could not.
public struct ReadResult: Sendable {
  /// The events, in the dump's order, without ids (the `Schedule` assigns them).
  public var events: [Event] = []
  /// Warnings and errors, in the dump's order.
  public var diagnostics: [Diagnostic] = []
  /// The conferences the events belong to.
  public var conferences: [Conference] = []
  /// The family the dump was read as.
  public var family: DumpFamily?
  /// The dump's name.
  public var file = ""
  /// The papers and talks a reading list mentions (reading lists have no events).
  public var mentions: [Mention] = []

  /// Creates an empty result.
  public init() {}
}
