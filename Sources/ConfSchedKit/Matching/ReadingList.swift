/// What a reading-list reader got from one dump: the titles it mentions and what it could not
/// read.
public struct ReadingList: Sendable {
  /// The mentions, in the dump's order (by line, then column); a title named twice is listed
  /// twice.
  public var mentions: [Mention] = []
  /// Warnings, in the dump's order.
  public var diagnostics: [Diagnostic] = []

  /// Creates an empty list.
  public init() {}
}
