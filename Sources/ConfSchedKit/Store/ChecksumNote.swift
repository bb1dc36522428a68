#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A compiled file's checksum, remembered as checked: a note beside it (`NAME.checked`) says
/// that the file `stat` describes as it does now (device, inode, size, modification and change
/// times to the nanosecond: `FileIO.fingerprint`) holds bytes with that checksum. A run that
/// finds the note still true of the file takes its checksum as checked instead of hashing it
/// again: hashing the 77 MB compiled form of a 53 MB dump was 13 ms of a search's 21. Any write
/// to the file changes its change time, which no user can set back, so a damaged or replaced
/// file is hashed again (and refused when its bytes do not match).
///
/// The note is written by the run that wrote the file, which knows its checksum, and by a run
/// that hashed the file and found it whole, unless the file changed in the last two seconds:
/// its times could still match a later write within the same tick of the clock.
enum ChecksumNote {
  /// Where the note of the file at `path` is kept.
  static func path(for path: String) -> String {
    path + ".checked"
  }

  /// The checksum remembered for a mapped file, when the note is still true of it.
  static func remembered(for file: MappedFile) -> ContentHash? {
    let fd = open(PathBytes.cString(path(for: file.path)), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 17, count < buffer.count else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    guard text.hasSuffix("\n") else { return nil }
    let line = text.dropLast()
    guard let space = line.lastIndex(of: " "), line[..<space] == file.fingerprint else {
      return nil
    }
    return ContentHash(hex: line[line.index(after: space)...])
  }

  /// Remembers the checksum of the file now at `path`: always when this run wrote it
  /// (`written`), else only when it has not changed for two seconds. A note that cannot be
  /// written is no error: the next run hashes the file.
  static func remember(_ checksum: ContentHash, forFileAt path: String, written: Bool) {
    var info = stat()
    guard stat(PathBytes.cString(path), &info) == 0 else { return }
    let now = Int64(time(nil))
    guard written || (Int64(info.st_mtim.tv_sec) < now - 2 && Int64(info.st_ctim.tv_sec) < now - 2)
    else { return }
    try? FileIO.replace(
      self.path(for: path), with: [Array("\(FileIO.fingerprint(info)) \(checksum)\n".utf8)],
      durable: false)
  }

  /// Removes the note of a file that is removed.
  static func forget(fileAt path: String) {
    unlink(PathBytes.cString(self.path(for: path)))
  }
}
