#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped read-only into memory: a compiled schedule is checked and decoded in
/// place, its pages read by the kernel as they are touched, never copied into an array first.
///
/// Sendable: the mapping is read-only and never changes while the value lives (a compiled file
/// is replaced by renaming a new one over it, which leaves this mapping on the old inode).
final class MappedFile: @unchecked Sendable {
  /// The file's bytes, valid while the value lives.
  let bytes: UnsafeRawBufferPointer

  private init(bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  deinit {
    if let base = bytes.baseAddress, bytes.count > 0 {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
  }

  /// Maps a file; nil when nothing is there; an error when it cannot be read or is not a
  /// regular file.
  static func open(_ path: String) throws(ItineraryStoreError) -> MappedFile? {
    let fd = openForReading(path)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .cannotRead(path: path, reason: FileIO.errorText())
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: FileIO.errorText()) }
    if let kind = FileIO.kindOtherThanRegular(info) {
      throw .cannotRead(path: path, reason: "it is \(kind), not a regular file")
    }
    let size = Int(info.st_size)
    guard size > 0 else { return MappedFile(bytes: UnsafeRawBufferPointer(start: nil, count: 0)) }
    // Every byte is read at once (a compiled file's checksum, a dump's hash): on Linux the
    // pages are mapped in one go rather than faulted in a few at a time.
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != MAP_FAILED else {
      throw .cannotRead(path: path, reason: FileIO.errorText())
    }
    return MappedFile(bytes: UnsafeRawBufferPointer(start: base, count: size))
  }
}

/// `open(2)` for reading, without waiting on a FIFO (outside `MappedFile`, whose `open` would
/// hide the system's).
private func openForReading(_ path: String) -> Int32 {
  open(PathBytes.cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
}
