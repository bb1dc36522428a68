#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX file operations the itinerary store and `-o` need: read, create directories,
/// follow links, and replace a file atomically. Paths go to the system as the bytes they stand
/// for (`PathBytes`).
enum FileIO {
  /// The whole file, or nil when it does not exist.
  ///
  /// Only a regular file is read: a FIFO would block the open until someone writes to it, and
  /// a device such as `/dev/zero` never ends. The open does not wait (`O_NONBLOCK`), and what
  /// is not a regular file is refused by kind.
  static func readIfPresent(_ path: String) throws(ItineraryStoreError) -> [UInt8]? {
    let fd = open(PathBytes.cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .cannotRead(path: path, reason: errorText())
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: errorText()) }
    if let kind = kindOtherThanRegular(info) {
      throw .cannotRead(path: path, reason: "it is \(kind), not a regular file")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
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

  /// The path opened for reading, with its status, when it is a regular file: the open does
  /// not wait on a FIFO (`O_NONBLOCK`), and what is not a regular file, or cannot be opened or
  /// stated, is nil (closed again). The caller closes the descriptor.
  static func openRegular(_ path: String) -> (fd: Int32, info: stat)? {
    let fd = open(PathBytes.cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      return nil
    }
    return (fd, info)
  }

  /// `a directory`, `a FIFO`, `a character device` ... for what is not a regular file; nil
  /// for a regular file.
  static func kindOtherThanRegular(_ info: stat) -> String? {
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "a special file"
    }
  }

  /// The file's status through symbolic links, or nil when nothing is there.
  static func status(_ path: String) -> stat? {
    var info = stat()
    return stat(PathBytes.cString(path), &info) == 0 ? info : nil
  }

  /// The path a chain of symbolic links in the last component leads to, followed even when
  /// it ends nowhere (a dangling link names the file to create). A path that is not a link is
  /// its own target. Directories on the way are left as they are: renaming through them
  /// reaches the same place.
  static func target(of path: String) throws(ItineraryStoreError) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(PathBytes.cString(current), &info) == 0, info.st_mode & S_IFMT == S_IFLNK
      else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(PathBytes.cString(current), &buffer, buffer.count - 1)
      guard length > 0 else { throw .cannotRead(path: path, reason: errorText()) }
      let link = buffer.withUnsafeBufferPointer { pointer in
        pointer.withMemoryRebound(to: UInt8.self) {
          PathBytes.string(from: UnsafeBufferPointer(rebasing: $0[0..<length]))
        }
      }
      if link.hasPrefix("/") {
        current = link
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + link
      } else {
        current = link
      }
    }
    throw .cannotRead(path: path, reason: String(cString: strerror(ELOOP)))
  }

  /// Creates a directory and its missing parents (`mkdir -p`).
  static func makeDirectories(_ path: String) throws(ItineraryStoreError) {
    if isDirectory(path) { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(PathBytes.cString(prefix), 0o755) != 0 && errno != EEXIST {
        throw .cannotCreateDirectory(path: prefix, reason: errorText())
      }
      prefix += "/"
    }
    guard isDirectory(path) else {
      throw .cannotCreateDirectory(path: path, reason: String(cString: strerror(ENOTDIR)))
    }
  }

  /// Replaces a regular file's content atomically (or creates it): writes a uniquely named
  /// temporary file in the same directory, syncs it, renames it over the target and syncs the
  /// directory. On failure the temporary file is removed and the target is untouched.
  ///
  /// Never replaces what is not a regular file: a rename over a device node, a FIFO or a
  /// directory would put a regular file in its place (as root, over `/dev/null`). The caller
  /// resolves symbolic links first (`target(of:)`), or the link itself would be replaced.
  static func replace(_ path: String, with bytes: [UInt8]) throws(ItineraryStoreError) {
    try replace(path, with: [bytes])
  }

  /// `replace(_:with:)` with the new contents in pieces, written one after the other.
  ///
  /// `durable: false` (here and in `replace(_:durable:writer:)`) skips the syncs, for a file
  /// that is checked when it is read and made again from its sources when found wrong (a
  /// compiled schedule: its checksum, or a `ChecksumNote` that does not outlive a restart): a
  /// crash soon after may leave the old file or a damaged one, which the next run rebuilds,
  /// and no run waits for the disk (about 50 ms for the 77 MB compiled form of a 53 MB dump).
  static func replace(_ path: String, with pieces: [[UInt8]], durable: Bool = true)
    throws(ItineraryStoreError)
  {
    try replace(path, durable: durable) { fd in pieces.allSatisfy { writeAll(fd, $0) } }
  }

  /// `replace(_:with:)` with the new contents written by `writer` to the temporary file, which
  /// returns false when a write failed (with `errno` set).
  static func replace(_ path: String, durable: Bool = true, writer: (Int32) -> Bool)
    throws(ItineraryStoreError)
  {
    try stage(path, durable: durable, writer: writer).commit(durable: durable)
  }

  /// What `stat` says of a file that changes whenever its bytes do, as git's index and make
  /// compare files: size, and modification and change times as the file system keeps them
  /// (nanoseconds, from a clock that ticks every few milliseconds; any write changes the
  /// change time, which no user can set back); with its device and inode, unless the caller
  /// keeps those elsewhere.
  static func fingerprint(_ info: stat, withInode: Bool = true) -> String {
    (withInode ? "\(info.st_dev) \(info.st_ino) " : "")
      + "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) "
      + "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
  }

  /// How `replace` names its temporary files: `.itinerary.json.<pid>.<random>.tmp`.
  static let temporarySuffix = ".tmp"

  /// Removes the temporary files `replace` left beside `path` in processes that died before
  /// renaming them (`kill -9` part way): `.NAME.PID.RANDOM.tmp` whose process is gone. Call it
  /// under the file's lock, so that no live writer of the file is between its write and its
  /// rename; a process that is still alive keeps its file whatever it is doing. Returns the
  /// names removed.
  @discardableResult
  static func removeStaleTemporaries(of path: String) -> [String] {
    let (directory, name) = split(path)
    return removeStaleTemporaries(in: directory) { $0 == name }
  }

  /// `removeStaleTemporaries(of:)` for every file in `directory` whose name `names` accepts
  /// (the copies of added sources, whatever their names: `sources add` stages them before it
  /// takes the lock).
  @discardableResult
  static func removeStaleTemporaries(in directory: String, of names: (Substring) -> Bool)
    -> [String]
  {
    guard let stream = opendir(PathBytes.cString(directory)) else { return [] }
    defer { closedir(stream) }
    var removed: [String] = []
    while let entry = readdir(stream) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 }).withUnsafeBufferPointer { PathBytes.string(from: $0) }
      }
      // .NAME.PID.RANDOM.tmp: the name is what is left of the two last dotted parts.
      guard entryName.hasPrefix("."), entryName.hasSuffix(temporarySuffix) else { continue }
      let middle = entryName.dropFirst().dropLast(temporarySuffix.count)
      let parts = middle.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]), pid > 0,
        pid != getpid(), !parts[parts.count - 1].isEmpty,
        names(middle.dropLast(parts[parts.count - 1].count + parts[parts.count - 2].count + 2)),
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      let full = (directory == "/" ? "/" : directory + "/") + entryName
      if unlink(PathBytes.cString(full)) == 0 { removed.append(entryName) }
    }
    return removed
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
    status(path).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false
  }

  /// Writes every byte, through short writes and interruptions; false on error (see `errno`).
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { writeAll(fd, $0) }
  }

  static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
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

  /// Writes every byte at `offset` in the file (`pwrite`: the file's offset is left as it
  /// is), through short writes and interruptions; false on error (see `errno`).
  static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    var done = 0
    while done < buffer.count {
      let written = pwrite(
        fd, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      done += written
    }
    return true
  }

  static func errorText() -> String {
    String(cString: strerror(errno))
  }
}
