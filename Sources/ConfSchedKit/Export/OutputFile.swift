#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an output file (`-o FILE`) was not written. The file, if it existed, is unchanged.
public enum OutputFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file cannot be created there: a directory in its place, a missing directory, a
  /// read-only file.
  case cannotCreate(path: String, reason: String)
  /// Writing failed part way: a full disk, an I/O error.
  case writeFailed(path: String, reason: String)

  /// One line for a user, naming the file.
  public var description: String {
    switch self {
    case .cannotCreate(let path, let reason): return "cannot create '\(path)': \(reason)"
    case .writeFailed(let path, let reason): return "cannot write '\(path)': \(reason)"
    }
  }
}

/// Writes an output file the safe way: a temporary file in the same directory, synced, then
/// renamed over the target, so a reader never sees half a file and a failure leaves the old
/// one as it was.
public enum OutputFile {
  /// Writes `text` to `path`. Refuses a directory, a missing directory and a read-only file.
  public static func write(_ text: String, to path: String) throws(OutputFileError) {
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR {
        throw .cannotCreate(path: path, reason: "it is a directory")
      }
      if info.st_mode & 0o222 == 0 {
        throw .cannotCreate(path: path, reason: "the file is read-only")
      }
    }
    let directory = FileIO.split(path).directory
    guard FileIO.isDirectory(directory) else {
      throw .cannotCreate(path: path, reason: "no directory '\(directory)'")
    }
    do {
      try FileIO.replace(path, with: Array(text.utf8))
    } catch {
      switch error {
      case .cannotWrite(_, let reason)
      where [ENOSPC, EIO, EFBIG, EDQUOT].contains(where: { String(cString: strerror($0)) == reason }
      ):
        throw .writeFailed(path: path, reason: reason)
      default:
        throw .cannotCreate(path: path, reason: error.reasonText)
      }
    }
  }
}

extension ItineraryStoreError {
  /// The system's reason, without the path.
  var reasonText: String {
    switch self {
    case .cannotRead(_, let reason), .cannotCreateDirectory(_, let reason),
      .cannotLock(_, let reason), .cannotWrite(_, let reason):
      return reason
    case .empty: return "empty"
    case .invalid(_, let error): return "\(error)"
    }
  }
}
