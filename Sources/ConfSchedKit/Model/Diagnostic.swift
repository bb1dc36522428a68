/// A problem a reader found in a dump, with where it stands.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How bad the problem is.
  public enum Severity: String, Hashable, Sendable {
    /// The reader coped: something was guessed, repaired or left out.
    case warning
    /// The reader could not use the input at all.
    case error
  }

  /// How bad the problem is.
  public var severity: Severity
  /// Where the problem stands.
  public var location: SourceLocation
  /// What is wrong, in one sentence without a final period.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:col: warning: message`, the form compilers use.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
