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
