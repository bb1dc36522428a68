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
public struct ItineraryStore: Hashable, Sendable {
  /// The itinerary file.
  public let path: String

  /// A store at a path; nothing is read or created until used.
  public init(path: String) {
    self.path = path
  }

  /// The sidecar lock file: the itinerary's path with `.lock` appended.
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
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return defaultPath(environment: environment)
  }

  /// Reads the itinerary: empty when the file does not exist; an error when it exists but is
  /// not a valid itinerary. Takes no lock: writers replace the file atomically.
  public func load() throws(ItineraryStoreError) -> Itinerary {
    guard let bytes = try FileIO.readIfPresent(path) else { return Itinerary() }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .empty(path: path)
    }
    do throws(ItineraryDecodingError) {
      return try Itinerary(utf8: bytes)
    } catch {
      throw .invalid(path: path, error)
    }
  }

  /// Changes the itinerary under an exclusive lock and saves it atomically; returns what
  /// `body` returns.
  ///
  /// Creates the directory if missing. When the file cannot be read as an itinerary, or `body`
  /// throws, or the itinerary comes out unchanged, nothing is written.
  ///
  /// - Throws: `ItineraryStoreError`, or what `body` throws.
  @discardableResult
  public func update<Value>(_ body: (inout Itinerary) throws -> Value) throws -> Value {
    try FileIO.makeDirectories(FileIO.split(path).directory)
    let lock = try FileIO.lockExclusively(lockPath)
    defer { close(lock) }
    var itinerary = try load()
    let before = itinerary
    let result = try body(&itinerary)
    if itinerary != before { try FileIO.replace(path, with: Array(itinerary.serialized().utf8)) }
    return result
  }

  /// Empties the itinerary and returns what it held.
  ///
  /// Without `force`, a file that is not a valid itinerary is an error and stays as it is.
  /// With `force`, it is replaced by an empty itinerary, and nil is returned since its
  /// content could not be read.
  @discardableResult
  public func clear(force: Bool = false) throws(ItineraryStoreError) -> Itinerary? {
    try FileIO.makeDirectories(FileIO.split(path).directory)
    let lock = try FileIO.lockExclusively(lockPath)
    defer { close(lock) }
    let previous: Itinerary?
    do throws(ItineraryStoreError) {
      previous = try load()
    } catch {
      switch error {
      case .empty, .invalid: guard force else { throw error }
      default: throw error
      }
      previous = nil
    }
    if previous != Itinerary() {
      try FileIO.replace(path, with: Array(Itinerary().serialized().utf8))
    }
    return previous
  }

  private static func withoutTrailingSlashes(_ path: String) -> String {
    var path = Substring(path)
    while path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }
}
