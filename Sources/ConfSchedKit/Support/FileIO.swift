#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX file operations the itinerary store needs: read, create directories, lock,
/// and replace a file atomically.
enum FileIO {
  /// The whole file, or nil when it does not exist.
  static func readIfPresent(_ path: String) throws(ItineraryStoreError) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .cannotRead(path: path, reason: errorText())
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: errorText()) }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw .cannotRead(path: path, reason: "it is a directory")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(path: path, reason: errorText())
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Creates a directory and its missing parents (`mkdir -p`).
  static func makeDirectories(_ path: String) throws(ItineraryStoreError) {
    if isDirectory(path) { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw .cannotCreateDirectory(path: prefix, reason: errorText())
      }
      prefix += "/"
    }
    guard isDirectory(path) else {
      throw .cannotCreateDirectory(path: path, reason: String(cString: strerror(ENOTDIR)))
    }
  }

  /// Opens (creating it if needed) and locks a lock file exclusively, waiting for other
  /// holders. Returns the descriptor; closing it releases the lock.
  ///
  /// `flock` locks belong to the open file description, so two opens exclude each other
  /// whether they are in two processes or two threads of one.
  static func lockExclusively(_ path: String) throws(ItineraryStoreError) -> Int32 {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .cannotLock(path: path, reason: errorText()) }
    while flock(fd, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let reason = errorText()
      close(fd)
      throw .cannotLock(path: path, reason: reason)
    }
    return fd
  }

  /// Replaces a file's content atomically: writes a uniquely named temporary file in the same
  /// directory, syncs it, renames it over the target and syncs the directory. On failure the
  /// temporary file is removed and the target is untouched.
  static func replace(_ path: String, with bytes: [UInt8]) throws(ItineraryStoreError) {
    let (directory, name) = split(path)
    let prefix = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    var temporary = ""
    var fd: Int32 = -1
    for _ in 0..<100 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      temporary = "\(prefix).\(name).\(getpid()).\(suffix).tmp"
      fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw .cannotWrite(path: path, reason: errorText()) }
    var info = stat()
    if stat(path, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
    var failure: String?
    if !writeAll(fd, bytes) || fsync(fd) != 0 { failure = errorText() }
    if close(fd) != 0 && failure == nil { failure = errorText() }
    if failure == nil && rename(temporary, path) != 0 { failure = errorText() }
    if let failure {
      unlink(temporary)
      throw .cannotWrite(path: path, reason: failure)
    }
    // Make the rename itself durable; a file system that cannot sync a directory is not an
    // error, since the new content is already in place.
    let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if directoryFD >= 0 {
      _ = fsync(directoryFD)
      close(directoryFD)
    }
  }

  /// The directory holding a path and the file's name: `a/b.json` gives `a` and `b.json`,
  /// `b.json` gives `.`, `/b.json` gives `/`.
  static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let name = String(path[path.index(after: slash)...])
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, name)
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Writes every byte, through short writes and interruptions; false on error (see `errno`).
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  static func errorText() -> String {
    String(cString: strerror(errno))
  }
}
