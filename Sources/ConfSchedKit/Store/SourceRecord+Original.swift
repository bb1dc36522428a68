#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension SourceRecord {
  /// Whether a source's original is as it was when last read.
  public enum OriginalState: Hashable, Sendable {
    /// Same size and modification time: `update` has nothing to do.
    case unchanged
    /// Another size or modification time: `update` reads it (and compares its hash).
    case changed
    /// Nothing readable is at its path any more; the stored copy is what is read.
    case gone
  }

  /// The original's state, from its status alone (no read).
  public var originalState: OriginalState {
    guard let info = SourceRecord.status(original) else { return .gone }
    return info.size == size && info.modified == modified ? .unchanged : .changed
  }

  /// A path's size and modification time (nanoseconds since 1970), through symbolic links;
  /// nil when nothing is there or it is not a regular file.
  public static func status(_ path: String) -> (size: Int, modified: Int64)? {
    var info = stat()
    guard stat(PathBytes.cString(path), &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    return (Int(info.st_size), modified)
  }

  /// A path made absolute and free of `.`, `..` and links (`realpath`), so that an original is
  /// found again from any directory; the path as given when that fails.
  public static func absolutePath(_ path: String) -> String {
    guard let resolved = realpath(PathBytes.cString(path), nil) else { return path }
    defer { free(resolved) }
    return PathBytes.string(fromCString: resolved)
  }
}
