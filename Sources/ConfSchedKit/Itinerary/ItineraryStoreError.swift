/// Why an itinerary file could not be read or written. Each case names the path; the file is
/// left as it was.
public enum ItineraryStoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file exists but cannot be read: permissions, a directory, a FIFO or a device in its
  /// place.
  case cannotRead(path: String, reason: String)
  /// The file exists and holds nothing (0 bytes or only white space).
  case empty(path: String)
  /// The file is not a valid itinerary: broken JSON, an unknown version, a malformed entry.
  case invalid(path: String, ItineraryDecodingError)
  /// A directory on the way to the file cannot be created.
  case cannotCreateDirectory(path: String, reason: String)
  /// The sidecar lock file cannot be created or locked.
  case cannotLock(path: String, reason: String)
  /// Another process held the lock for as long as the store's patience allows.
  case lockTimedOut(path: String, holder: LockHolder, seconds: Int64)
  /// The file may not be replaced: it is read-only, it is not a regular file, or no file can
  /// be created in its directory.
  case cannotReplace(path: String, reason: String)
  /// The new content cannot be written, synced or moved into place: a full disk, a
  /// read-only file system, a file-size limit.
  case cannotWrite(path: String, reason: String)

  /// The path the error is about.
  public var path: String {
    switch self {
    case .cannotRead(let path, _), .empty(let path), .invalid(let path, _),
      .cannotCreateDirectory(let path, _), .cannotLock(let path, _), .cannotWrite(let path, _),
      .lockTimedOut(let path, _, _), .cannotReplace(let path, _):
      return path
    }
  }

  /// One line for a user, naming the file: `itinerary.json:3:5: expected ',' or '}'`,
  /// `itinerary.json: unknown itinerary version 7 ...`.
  public var description: String {
    switch self {
    case .cannotRead(let path, let reason): return "cannot read '\(path)': \(reason)"
    case .empty(let path): return "\(path): the itinerary file is empty"
    case .invalid(let path, .invalidJSON(let error)): return "\(path):\(error)"
    case .invalid(let path, let error): return "\(path): \(error)"
    case .cannotCreateDirectory(let path, let reason):
      return "cannot create directory '\(path)': \(reason)"
    case .cannotLock(let path, let reason): return "cannot lock '\(path)': \(reason)"
    case .lockTimedOut(let path, let holder, let seconds):
      return "cannot lock '\(path)': \(holder) has held it for \(seconds) s; gave up"
    case .cannotReplace(let path, let reason): return "cannot replace '\(path)': \(reason)"
    case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
    }
  }
}
