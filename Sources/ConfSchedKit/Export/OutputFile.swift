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
///
/// What is not a regular file is written through, never replaced: a symbolic link's target
/// gets the new content (the link stays), and a device or a pipe (`/dev/stdout`, a FIFO)
/// receives the bytes as they are. Renaming over `/dev/null` would put a regular file there.
public enum OutputFile {
  /// Writes `text` to `path`. Refuses a directory, a missing directory, a read-only file, and
  /// a file that is one of the command's `inputs` (same device and inode, however it is
  /// named: `list --data d.md -o d.md` would replace the dump with its own listing).
  ///
  /// - Parameter inputs: what the command reads, each with what it is for the message:
  ///   `("the dump", "d.md")`, `("the itinerary", path)`.
  public static func write(
    _ text: String, to path: String, inputs: [(role: String, path: String)] = []
  ) throws(OutputFileError) {
    try write(StreamedOutput(text: text), to: path, inputs: inputs)
  }

  /// Writes `output` to `path`, a piece at a time, as `write(_:to:inputs:)` writes text.
  public static func write(
    _ output: StreamedOutput, to path: String, inputs: [(role: String, path: String)] = []
  ) throws(OutputFileError) {
    let system = PathBytes.cString(path)
    var info = stat()
    let exists = stat(system, &info) == 0  // through symbolic links
    var link = stat()
    let isLink = lstat(system, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
    if exists {
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        throw .cannotCreate(path: path, reason: "it is a directory")
      }
      if type != S_IFREG {
        // A device or a pipe, named directly or through a link (/dev/stdout).
        try writeThrough(output, to: path)
        return
      }
      for input in inputs where input.path != "-" {
        guard let read = FileIO.status(input.path), read.st_dev == info.st_dev,
          read.st_ino == info.st_ino
        else { continue }
        let named = input.path == path ? "" : " '\(input.path)'"
        throw .cannotCreate(
          path: path, reason: "it is \(input.role)\(named) this command reads; write elsewhere")
      }
      if info.st_mode & 0o222 == 0 {
        throw .cannotCreate(path: path, reason: "the file is read-only")
      }
      if isLink, let resolved = realpath(system, nil) {
        // Replace the file the link points to, and keep the link.
        defer { free(resolved) }
        try write(output, to: PathBytes.string(fromCString: resolved))
        return
      }
    } else if isLink {
      throw .cannotCreate(path: path, reason: "it is a symbolic link to nothing")
    }
    let directory = FileIO.split(path).directory
    guard FileIO.isDirectory(directory) else {
      throw .cannotCreate(path: path, reason: "no directory '\(directory)'")
    }
    do {
      try FileIO.replace(path) { fd in output.written(to: fd) }
    } catch {
      switch error {
      case .cannotWrite(_, let reason): throw .writeFailed(path: path, reason: reason)
      default: throw .cannotCreate(path: path, reason: error.reasonText)
      }
    }
  }
}

extension OutputFile {
  /// Writes into a device or a pipe as it stands.
  private static func writeThrough(_ output: StreamedOutput, to path: String)
    throws(OutputFileError)
  {
    let fd = open(PathBytes.cString(path), O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotCreate(path: path, reason: FileIO.errorText()) }
    let written = output.written(to: fd)
    let failure = written ? nil : FileIO.errorText()
    close(fd)
    if let failure { throw .writeFailed(path: path, reason: failure) }
  }
}

extension ItineraryStoreError {
  /// The system's reason, without the path.
  var reasonText: String {
    switch self {
    case .cannotRead(_, let reason), .cannotCreateDirectory(_, let reason),
      .cannotLock(_, let reason), .cannotWrite(_, let reason), .cannotReplace(_, let reason):
      return reason
    case .lockTimedOut(_, let holder, _): return "locked by \(holder)"
    case .empty: return "empty"
    case .invalid(_, let error): return "\(error)"
    }
  }
}

extension StreamedOutput {
  /// Writes every piece to `fd`; false when a write failed, with `errno` as that write left
  /// it (whatever `produce` did after).
  func written(to fd: Int32) -> Bool {
    var failure: Int32 = 0
    let finished = produce { piece in
      if FileIO.writeAll(fd, piece) { return true }
      failure = errno
      return false
    }
    if !finished, failure != 0 { errno = failure }
    return finished
  }
}
