/// Why the store of added sources could not be read or changed. Each case names a path.
public enum SourceStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file of the store (or an original) cannot be read, created, locked or replaced.
  case file(ItineraryStoreError)
  /// The list of added sources is not one this confsched can read.
  case invalidList(path: String, reason: String)
  /// A stored copy of an original cannot be read as a dump any more.
  case unreadableCopy(LoadError)
  /// No added source has this name; the names that are added.
  case notAdded(name: String, added: [String])

  /// One line for a user.
  public var description: String {
    switch self {
    case .file(let error): return error.description
    case .invalidList(let path, let reason): return "\(path): \(reason)"
    case .unreadableCopy(let error): return error.description
    case .notAdded(let name, let added):
      return added.isEmpty
        ? "no source named '\(name)' is added; none is"
        : "no source named '\(name)' is added; added: \(added.joined(separator: ", "))"
    }
  }
}
