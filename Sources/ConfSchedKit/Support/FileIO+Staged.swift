#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileIO {
  /// A file's new content written (and synced, when durable) to a uniquely named temporary
  /// file beside it, not yet renamed into place: `replace` is `stage` then `commit`. Staged
  /// apart, the slow half (the write and its sync) can run before the lock is taken, or on
  /// another thread, and only the rename under the lock.
  struct Staged: Sendable {
    /// The path the content was staged for.
    let path: String
    /// The temporary file holding it, `.NAME.PID.RANDOM.tmp` beside `path`, which
    /// `removeStaleTemporaries(of: path)` removes once this process is gone.
    let temporary: String

    /// Renames the temporary file over `destination` (by default the path it was staged for,
    /// else another path in the same directory) and, when durable, syncs the directory. On
    /// failure the temporary file is removed and the destination is untouched.
    func commit(to destination: String? = nil, durable: Bool) throws(ItineraryStoreError) {
      let target = destination ?? path
      if target != path, let info = status(target), let kind = kindOtherThanRegular(info) {
        discard()
        throw .cannotReplace(path: target, reason: "it is \(kind), not a regular file")
      }
      guard rename(PathBytes.cString(temporary), PathBytes.cString(target)) == 0 else {
        let failure = errorText()
        discard()
        throw .cannotWrite(path: target, reason: failure)
      }
      // Make the rename itself durable; a file system that cannot sync a directory is not an
      // error, since the new content is already in place.
      guard durable else { return }
      let directoryFD = open(
        PathBytes.cString(split(target).directory), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      if directoryFD >= 0 {
        _ = fsync(directoryFD)
        close(directoryFD)
      }
    }

    /// Removes the temporary file: the content is not wanted after all.
    func discard() {
      unlink(PathBytes.cString(temporary))
    }
  }

  /// Writes the new content of `path` with `writer` (false when a write failed, with `errno`
  /// set) to a temporary file beside it, synced when durable, and keeps it there for `commit`.
  ///
  /// Never stages over what is not a regular file: a rename over a device node, a FIFO or a
  /// directory would put a regular file in its place (as root, over `/dev/null`). The caller
  /// resolves symbolic links first (`target(of:)`), or the link itself would be replaced.
  static func stage(_ path: String, durable: Bool, writer: (Int32) -> Bool)
    throws(ItineraryStoreError) -> Staged
  {
    if let info = status(path), let kind = kindOtherThanRegular(info) {
      throw .cannotReplace(path: path, reason: "it is \(kind), not a regular file")
    }
    let name = split(path).name
    let prefix = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    var temporary = ""
    var fd: Int32 = -1
    for _ in 0..<100 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      temporary = "\(prefix).\(name).\(getpid()).\(suffix)\(temporarySuffix)"
      fd = open(PathBytes.cString(temporary), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else {
      // A full disk is a write failure; anything else (permissions, a read-only file system)
      // means the file cannot be created there.
      if [ENOSPC, EDQUOT, EIO].contains(errno) {
        throw .cannotWrite(path: path, reason: errorText())
      }
      throw .cannotReplace(path: path, reason: errorText())
    }
    if let info = status(path) { _ = fchmod(fd, info.st_mode & 0o7777) }
    var failure: String?
    if !writer(fd) || (durable && fsync(fd) != 0) {
      failure = errorText()
    }
    if close(fd) != 0 && failure == nil { failure = errorText() }
    if let failure {
      unlink(PathBytes.cString(temporary))
      throw .cannotWrite(path: path, reason: failure)
    }
    return Staged(path: path, temporary: temporary)
  }
}
