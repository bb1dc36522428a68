/// How human output is decorated: ANSI colours and emphasis, or plain text.
public struct TextStyle: Sendable {
  /// Whether escape sequences are written.
  public var usesColor: Bool

  /// Creates a style.
  public init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  /// No decoration at all.
  public static let plain = TextStyle(usesColor: false)

  /// A matched search word: bold red, as grep shows matches.
  public func highlight(_ text: String) -> String { wrap(text, "1;31") }
  /// Headings.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Secondary details: authors, sources.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Event ids, which a user copies into other commands.
  public func id(_ text: String) -> String { wrap(text, "36") }
  /// Warnings.
  public func warning(_ text: String) -> String { wrap(text, "1;33") }
  /// Errors.
  public func error(_ text: String) -> String { wrap(text, "1;31") }

  private func wrap(_ text: String, _ code: String) -> String {
    usesColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
