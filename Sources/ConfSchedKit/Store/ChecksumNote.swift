#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A compiled file's checksum, remembered as checked: a note beside it (`NAME.checked`) says
/// that the file `stat` describes as it does now (device, inode, size, modification and change
/// times: `FileIO.fingerprint`), since the machine last started (its boot id), holds bytes with
/// that checksum. A run that finds the note still true of the file takes its checksum as
/// checked instead of hashing it again: hashing the 77 MB compiled form of a 53 MB dump was 13
/// ms of a search's 21. Any write to the file changes its change time, which no user can set
/// back, so a damaged or replaced file is hashed again (and refused when its bytes do not
/// match). Compiled files are written without a sync (`CompiledSchedule.Compiled.write`): a
/// crash may leave one whose size and times reached the disk and whose bytes did not, and the
/// boot id makes every note void after it. What a note cannot see is a disk that changes bytes
/// under unchanged metadata; the file system does not see it either.
///
/// The note is written by the run that wrote the file, which knows its checksum, and by a run
/// that hashed the file and found it whole, unless the file changed in the last two seconds:
/// file times come from a coarse clock, and could still match a later write within the same
/// tick. (The writer's own note is safe: nothing writes a compiled file in place; a new one is
/// renamed over it, a new inode.) Without a boot id (not Linux) no note is used.
enum ChecksumNote {
  /// Where the note of the file at `path` is kept.
  static func path(for path: String) -> String {
    path + ".checked"
  }

  /// The checksum remembered for a mapped file, when the note is still true of it.
  static func remembered(for file: MappedFile) -> ContentHash? {
    guard let boot = bootID else { return nil }
    return HashNote.hash(at: path(for: file.path), fingerprint: boot + " " + file.fingerprint)
  }

  /// Remembers the checksum of the file now at `path`: always when this run wrote it
  /// (`written`), else only when it has not changed for two seconds and is still the file
  /// that was hashed (`hashed`, its `MappedFile.fingerprint`). A note that cannot be written
  /// is no error: the next run hashes the file.
  static func remember(
    _ checksum: ContentHash, forFileAt path: String, written: Bool, hashed: String? = nil
  ) {
    var info = stat()
    guard let boot = bootID, stat(PathBytes.cString(path), &info) == 0 else { return }
    let fingerprint = FileIO.fingerprint(info)
    let now = Int64(time(nil))
    guard
      written
        || (fingerprint == hashed && Int64(info.st_mtim.tv_sec) < now - 2
          && Int64(info.st_ctim.tv_sec) < now - 2)
    else { return }
    HashNote.write(
      self.path(for: path), fingerprint: boot + " " + fingerprint, hash: checksum, durable: false)
  }

  /// The running system's boot id (Linux: a random UUID made at each start); nil elsewhere.
  static let bootID: String? = {
    let fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let text = String(
      decoding: buffer[0..<count].prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    return text.isEmpty || text.contains(" ") ? nil : text
  }()

  /// Removes the note of a file that is removed.
  static func forget(fileAt path: String) {
    unlink(PathBytes.cString(self.path(for: path)))
  }
}
