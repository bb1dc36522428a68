#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped read-only into memory: a compiled schedule is checked and decoded in
/// place, its pages read by the kernel as they are touched, never copied into an array first.
/// Checking it (`contentHash(of:)`) does not keep its pages mapped, and a few scattered
/// records are read with `pread` (`copy(_:)`) rather than faulted in: a fault maps the 64 KB
/// around the page it needs, so thawing 300 search hits through the mapping kept 40 MB of a 77
/// MB file in the process's memory.
///
/// Sendable: the mapping is read-only and never changes while the value lives (a compiled file
/// is replaced by renaming a new one over it, which leaves this mapping on the old inode).
final class MappedFile: @unchecked Sendable {
  /// The file's bytes, valid while the value lives.
  let bytes: UnsafeRawBufferPointer
  /// The file, open for `copy(_:)` while the value lives.
  private let descriptor: Int32
  /// The path it was opened at.
  let path: String
  /// What `stat` said of the file mapped (`FileIO.fingerprint`, with its device and inode).
  let fingerprint: String

  private init(bytes: UnsafeRawBufferPointer, descriptor: Int32, path: String, info: stat) {
    self.bytes = bytes
    self.descriptor = descriptor
    self.path = path
    fingerprint = FileIO.fingerprint(info)
  }

  deinit {
    if let base = bytes.baseAddress, bytes.count > 0 {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
    close(descriptor)
  }

  /// The bytes of a range, read from the file into memory of their own; nil when reading
  /// fails (the caller then reads the mapping, which holds the same bytes).
  func copy(_ range: Range<Int>) -> [UInt8]? {
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
    var copied = [UInt8](repeating: 0, count: range.count)
    let complete = copied.withUnsafeMutableBytes { buffer in
      var done = 0
      while done < buffer.count {
        let count = pread(
          descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done,
          off_t(range.lowerBound + done))
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        done += count
      }
      return true
    }
    return complete ? copied : nil
  }

  /// Maps a file; nil when nothing is there; an error when it cannot be read or is not a
  /// regular file.
  static func open(_ path: String) throws(ItineraryStoreError) -> MappedFile? {
    // Not opened unless regular: even a nonblocking open of a FIFO lets its writer's open go
    // on, and closing it again then costs the writer its bytes (SIGPIPE) and leaves the
    // reader that follows waiting for another writer.
    var before = stat()
    if stat(PathBytes.cString(path), &before) == 0, let kind = FileIO.kindOtherThanRegular(before) {
      throw .cannotRead(path: path, reason: "it is \(kind), not a regular file")
    }
    let fd = openForReading(path)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .cannotRead(path: path, reason: FileIO.errorText())
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let reason = FileIO.errorText()
      close(fd)
      throw .cannotRead(path: path, reason: reason)
    }
    if let kind = FileIO.kindOtherThanRegular(info) {
      close(fd)
      throw .cannotRead(path: path, reason: "it is \(kind), not a regular file")
    }
    let size = Int(info.st_size)
    guard size > 0 else {
      return MappedFile(
        bytes: UnsafeRawBufferPointer(start: nil, count: 0), descriptor: fd, path: path, info: info)
    }
    // Pages are faulted in as they are touched, not read ahead of time: a search reads the
    // index and a few records of a compiled file, and only those count in its memory.
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      let reason = FileIO.errorText()
      close(fd)
      throw .cannotRead(path: path, reason: reason)
    }
    return MappedFile(
      bytes: UnsafeRawBufferPointer(start: base, count: size), descriptor: fd, path: path,
      info: info)
  }
}

/// `open(2)` for reading, without waiting on a FIFO (outside `MappedFile`, whose `open` would
/// hide the system's).
private func openForReading(_ path: String) -> Int32 {
  open(PathBytes.cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
}
