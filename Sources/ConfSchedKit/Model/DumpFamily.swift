/// A family of schedule files: the form a file is written in, as `--family` names it (`card`,
/// `notes`, `page`, `reading-list`, ...).
///
/// An open vocabulary, like `EventKind`: each reader declares its family in its own folder
/// (`extension DumpFamily { static let card = ... }`), so a new reader adds a family without
/// touching a list here.
public struct DumpFamily: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The name, lowercase with hyphens: `reading-list`.
  public var rawValue: String

  /// A family by its name.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// The name.
  public var description: String { rawValue }
}
