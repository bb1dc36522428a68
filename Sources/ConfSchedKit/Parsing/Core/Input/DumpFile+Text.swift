#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension DumpFile {
  /// A regular file of plain UTF-8 read straight into the string that holds it: one copy of
  /// the file in memory, where the general path holds its bytes and then a string of them
  /// (200 MB of text peaked at 400 MB before a line of it was read), and one pass of
  /// validation, the standard library's, in place.
  ///
  /// Nil sends the file down the general path, which says what is wrong or repairs it: not a
  /// regular file, small, blank, a byte-order mark, UTF-16 or UTF-32, binary, invalid UTF-8
  /// (the standard library then gives a repaired copy, told apart by its storage), or a file
  /// whose size changed while it was read.
  static func readText(_ path: String) -> String? {
    // A FIFO or a device is not opened here: opening a FIFO waits for its writer, and a
    // second open (the general path's) would then lose what it wrote. Nonblocking, in case
    // the path became one since.
    var before = stat()
    guard path != "-", stat(PathBytes.cString(path), &before) == 0,
      (before.st_mode & S_IFMT) == S_IFREG
    else { return nil }
    guard let (fd, info) = FileIO.openRegular(path) else { return nil }
    defer { close(fd) }
    let size = Int(info.st_size)
    // A small file costs nothing on the general path, and a string this small is stored
    // inline, where its storage cannot be told apart.
    guard size > sampleSize else { return nil }
    var storage: UnsafeMutableRawPointer?
    let text = String(unsafeUninitializedCapacity: size) { buffer in
      guard let base = buffer.baseAddress, readAll(fd, into: buffer) == size,
        isPlainText(UnsafeBufferPointer(buffer))
      else { return 0 }
      storage = UnsafeMutableRawPointer(base)
      return size
    }
    guard let storage, text.utf8.count == size,
      text.utf8.withContiguousStorageIfAvailable({ UnsafeRawPointer($0.baseAddress) })
        == UnsafeRawPointer(storage)
    else { return nil }
    return text
  }

  /// Reads until the buffer is full or the file ends; -1 when reading fails or the file has
  /// more than the buffer holds. A large file is read in two halves at once, the second on a
  /// second thread: copying it in and faulting in the fresh pages it goes to were half of
  /// reading a 50 MB file, and they take no lock the two would share.
  private static func readAll(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return -1 }
    let total = buffer.count
    var count: Int
    if total >= twoThreadRead {
      let half = total / 2
      let second = Unshared(base + half)
      let (first, rest) = Concurrently.run(
        { readFully(fd, into: base, count: half, at: 0) },
        { readFully(fd, into: second.value, count: total - half, at: half) })
      guard first >= 0, rest >= 0 else { return -1 }
      // A file that shrank while it was read is told by its count (not the size asked for).
      count = first < half ? first : half + rest
    } else {
      count = readFully(fd, into: base, count: total, at: 0)
      guard count >= 0 else { return -1 }
    }
    var more: UInt8 = 0
    return pread(fd, &more, 1, off_t(total)) == 0 ? count : -1
  }

  /// From how many bytes a file is read on two threads: a few MB take less than starting one.
  static let twoThreadRead = 8 << 20

  /// Reads `count` bytes at `offset` into `base` with `pread`, until they are all there or the
  /// file ends: how many were read, or -1 when reading fails.
  private static func readFully(
    _ fd: Int32, into base: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int
  ) -> Int {
    var done = 0
    while done < count {
      let got = pread(fd, base + done, count - done, off_t(offset + done))
      if got < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if got == 0 { break }
      done += got
    }
    return done
  }

  /// Whether the bytes need none of `decode`'s checks and repairs but UTF-8 validation.
  private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let head = Array(bytes.prefix(sampleSize))[...]
    if head.starts(with: [0xEF, 0xBB, 0xBF]) || head.starts(with: [0xFF, 0xFE])
      || head.starts(with: [0xFE, 0xFF])
    {
      return false
    }
    guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
      return false
    }
    return utf32Encoding(head) == nil && utf16Order(head) == nil && !hasBinaryControls(head)
      && !containsNUL(UnsafeRawBufferPointer(bytes))
  }
}
