/// Why the store of added sources could not be read or changed. Each case names a path.
public enum SourceStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file of the store (or an original) cannot be read, created, locked or replaced.
  case file(ItineraryStoreError)
  /// The list of added sources is not one this confsched can read.
  case invalidList(path: String, reason: String)
  /// A stored copy of an original cannot be read as a dump any more.
  case unreadableCopy(LoadError)

  /// One line for a user.
  public var description: String {
    switch self {
    case .file(let error): return error.description
    case .invalidList(let path, let reason): return "\(path): \(reason)"
    case .unreadableCopy(let error): return error.description
    }
  }
}
