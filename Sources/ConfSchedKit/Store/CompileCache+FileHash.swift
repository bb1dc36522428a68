#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Content hashes of `--data` files, remembered by what `stat` says of each (device, inode,
/// size, modification and change times to the nanosecond), as git's index and make remember
/// files: a second run on an unchanged 50 MB dump reads a 100-byte note instead of hashing the
/// dump. Any change to the file changes its change time (which no user can set back), so an
/// edited file is hashed again.
///
/// A file changed in the last two seconds is hashed but not remembered: its times could still
/// match a version written within the same tick of the clock.
extension CompileCache {
  /// The hash of a regular file's bytes; nil when the path is not a regular file that can be
  /// mapped (the caller reads it the usual way, which says why).
  public func contentHash(ofFileAt path: String) -> ContentHash? {
    contentHash(ofFileAt: path, now: Int64(time(nil)))
  }

  /// `contentHash(ofFileAt:)` at a given time (seconds since 1970), for tests.
  func contentHash(ofFileAt path: String, now: Int64) -> ContentHash? {
    guard path != "-" else { return nil }
    var info = stat()
    guard stat(PathBytes.cString(path), &info) == 0, FileIO.kindOtherThanRegular(info) == nil
    else { return nil }
    let fingerprint = FileIO.fingerprint(info, withInode: false)
    let note = notePath(info)
    if let remembered = HashNote.hash(at: note, fingerprint: fingerprint) { return remembered }
    guard let hash = ContentHash(fileAt: path) else { return nil }
    if Int64(info.st_mtim.tv_sec) < now - 2 && Int64(info.st_ctim.tv_sec) < now - 2 {
      // The cache is an optimisation: a note that cannot be written is no error.
      try? FileIO.makeDirectories(directory)
      HashNote.write(note, fingerprint: fingerprint, hash: hash, durable: true)
    }
    return hash
  }

  /// Where the hash of the file `info` describes is remembered.
  func notePath(_ info: stat) -> String {
    directory + "/file-\(info.st_dev)-\(info.st_ino).hash"
  }
}
