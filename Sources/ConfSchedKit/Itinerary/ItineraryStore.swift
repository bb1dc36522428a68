#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An itinerary saved as a JSON file, safe to change from several processes at once.
///
/// Reading never changes the file. A change takes an exclusive `flock` on a sidecar lock file
/// (`itinerary.json.lock`, beside the itinerary), re-reads the file under the lock, applies the
/// change and replaces the file atomically (temporary file, `fsync`, `rename`, directory
/// `fsync`), so concurrent additions all land and a crash leaves the old or the new file,
/// never a mix. A file that cannot be read as an itinerary (empty, broken, of an unknown
/// version) is never overwritten, except by `clear(force: true)`.
///
/// The itinerary must be a regular file: a FIFO, a device or a directory at the path is
/// refused, never read to its end nor replaced. A symbolic link (even one to a file not yet
/// there) is followed: the file it leads to is locked and replaced, and the link stays. A
/// read-only file is refused rather than replaced. Temporary files left by writers that were
/// killed part way are removed under the lock. A writer waits for the lock with `patience`,
/// then gives up.
public struct ItineraryStore: Hashable, Sendable {
  /// The itinerary file.
  public let path: String
  /// How long a change waits for another process's lock.
  public var patience: LockPatience

  /// A store at a path; nothing is read or created until used.
  public init(path: String, patience: LockPatience = LockPatience()) {
    self.path = path
    self.patience = patience
  }

  /// The sidecar lock file of a path: the file's path with `.lock` appended. (Changes lock
  /// the file a symbolic link leads to, beside that file.)
  public var lockPath: String { path + ".lock" }

  /// The default itinerary file for an environment: `$XDG_DATA_HOME/confsched/itinerary.json`
  /// when `XDG_DATA_HOME` is an absolute path, else `$HOME/.local/share/confsched/itinerary.json`;
  /// nil when neither is set, and the caller must be given a path.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return withoutTrailingSlashes(data) + "/confsched/itinerary.json"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return withoutTrailingSlashes(home) + "/.local/share/confsched/itinerary.json"
    }
    return nil
  }

  /// The default itinerary file for this process's environment.
  public static func defaultPath() -> String? {
    var environment: [String: String] = [:]
    for name in ["XDG_DATA_HOME", "HOME"] {
      if let value = getenv(name) { environment[name] = PathBytes.string(fromCString: value) }
    }
    return defaultPath(environment: environment)
  }

  /// Reads the itinerary: empty when the file does not exist; an error when it exists but is
  /// not a valid itinerary. Takes no lock: writers replace the file atomically.
  public func load() throws(ItineraryStoreError) -> Itinerary {
    try load(from: path)
  }

  /// Changes the itinerary under an exclusive lock and saves it atomically; returns what
  /// `body` returns.
  ///
  /// Creates the directory if missing. When the file cannot be read as an itinerary, or `body`
  /// throws, or the itinerary comes out unchanged, nothing is written. `waiting` is told who
  /// holds the lock when the wait passes `patience.noticeAfter`.
  ///
  /// - Throws: `ItineraryStoreError`, or what `body` throws.
  @discardableResult
  public func update<Value>(
    waiting: (LockHolder) -> Void = { _ in }, _ body: (inout Itinerary) throws -> Value
  ) throws -> Value {
    try withLock(waiting: waiting) { target throws in
      var itinerary = try load(from: target)
      let before = itinerary
      let result = try body(&itinerary)
      if itinerary != before {
        try FileIO.replace(target, with: Array(itinerary.serialized().utf8))
      }
      return result
    }
  }

  /// Empties the itinerary and returns what it held.
  ///
  /// Without `force`, a file that is not a valid itinerary is an error and stays as it is.
  /// With `force`, it is replaced by an empty itinerary, and nil is returned since its
  /// content could not be read. Either way, a file that is not a regular file is refused.
  @discardableResult
  public func clear(force: Bool = false, waiting: (LockHolder) -> Void = { _ in })
    throws(ItineraryStoreError) -> Itinerary?
  {
    do {
      return try withLock(waiting: waiting) { target throws(ItineraryStoreError) in
        let previous: Itinerary?
        do throws(ItineraryStoreError) {
          previous = try load(from: target)
        } catch {
          switch error {
          case .empty, .invalid: guard force else { throw error }
          default: throw error
          }
          previous = nil
        }
        // What the file holds besides its entries stays.
        var emptied = previous ?? Itinerary()
        emptied.clear()
        if previous != emptied {
          try FileIO.replace(target, with: Array(emptied.serialized().utf8))
        }
        return previous
      }
    } catch let error as ItineraryStoreError {
      throw error
    } catch {
      throw .cannotWrite(path: path, reason: "\(error)")
    }
  }

  /// Runs `body` with the file the path leads to, locked, after checking that it may be
  /// replaced and removing dead writers' temporary files.
  private func withLock<Value>(
    waiting: (LockHolder) -> Void, _ body: (String) throws -> Value
  ) throws -> Value {
    let target = try FileIO.target(of: path)
    try checkReplaceable(target)
    try FileIO.makeDirectories(FileIO.split(target).directory)
    let lock = try FileLock.acquire(target + ".lock", patience: patience, waiting: waiting)
    defer { close(lock) }
    // Checked again under the lock: the path may have changed while this process waited.
    try checkReplaceable(target)
    FileIO.removeStaleTemporaries(of: target)
    return try body(target)
  }

  /// Refuses, before anything is created, a path where the itinerary cannot be a regular
  /// file that this process may replace. Errors name the path as given.
  private func checkReplaceable(_ target: String) throws(ItineraryStoreError) {
    guard let info = FileIO.status(target) else { return }
    if let kind = FileIO.kindOtherThanRegular(info) {
      throw .cannotRead(path: path, reason: "it is \(kind), not a regular file")
    }
    if info.st_mode & 0o222 == 0 || access(PathBytes.cString(target), W_OK) != 0 {
      throw .cannotReplace(path: path, reason: "the file is read-only")
    }
  }

  private func load(from target: String) throws(ItineraryStoreError) -> Itinerary {
    do throws(ItineraryStoreError) {
      guard let bytes = try FileIO.readIfPresent(target) else { return Itinerary() }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
        throw .empty(path: path)
      }
      do throws(ItineraryDecodingError) {
        return try Itinerary(utf8: bytes)
      } catch {
        throw .invalid(path: path, error)
      }
    } catch {
      // Errors name the path the caller gave, not the link's target.
      switch error {
      case .cannotRead(_, let reason): throw .cannotRead(path: path, reason: reason)
      default: throw error
      }
    }
  }

  private static func withoutTrailingSlashes(_ path: String) -> String {
    var path = Substring(path)
    while path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }
}
