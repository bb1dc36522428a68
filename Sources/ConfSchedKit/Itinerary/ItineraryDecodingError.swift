/// Why a text is not an itinerary, naming the place: a line and column for JSON syntax, a path
/// such as `entries[2].start` for content.
public enum ItineraryDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text is not JSON.
  case invalidJSON(JSONParseError)
  /// The `version` is one this code does not know.
  case unknownVersion(Int)
  /// A required member is absent: `version`, `entries[2].title`.
  case missing(path: String)
  /// A member has the wrong type or form: `entries[2].start` should be `HH:MM`.
  case invalidValue(path: String, expected: String)
  /// An event is listed twice.
  case duplicateEntry(path: String, id: EventID)

  /// One line for a user: `3:5: expected ',' or '}'`, `unknown itinerary version 7`,
  /// `entries[2].start: expected a time HH:MM or null`.
  public var description: String {
    switch self {
    case .invalidJSON(let error): return error.description
    case .unknownVersion(let version):
      return "unknown itinerary version \(version) (this version of confsched reads version "
        + "\(Itinerary.version))"
    case .missing(let path): return "\(path) is missing"
    case .invalidValue(let path, let expected):
      return path.isEmpty
        ? "expected \(expected) at the top level" : "\(path): expected \(expected)"
    case .duplicateEntry(let path, let id): return "\(path): event \(id) is listed twice"
    }
  }
}
