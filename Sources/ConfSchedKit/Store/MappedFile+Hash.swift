#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension MappedFile {
  /// How much of the file `contentHash(of:)` holds in memory at a time.
  static let hashWindow = 4 << 20

  /// The hash of a range of the file's bytes, read a window at a time, each window let go of
  /// once hashed: checking a 77 MB compiled file leaves its pages in the system's cache, not
  /// in this process's memory (what `ru_maxrss` and the out-of-memory killer count).
  /// `window` (rounded down to a multiple of 32 bytes) is for tests.
  func contentHash(of range: Range<Int>, window: Int = hashWindow) -> ContentHash {
    let size = Swift.max(window / 32 * 32, 32)
    var stream = ContentHash.Stream(count: range.count)
    var start = range.lowerBound
    while range.upperBound - start > size {
      let window = start..<start + size
      prefetch(window)
      stream.absorb(UnsafeRawBufferPointer(rebasing: bytes[window]))
      release(window)
      start = window.upperBound
    }
    prefetch(start..<range.upperBound)
    let hash = stream.finish(UnsafeRawBufferPointer(rebasing: bytes[start..<range.upperBound]))
    release(start..<range.upperBound)
    return hash
  }

  /// The whole pages that cover a range: (address, length) for `madvise`.
  private func pages(_ range: Range<Int>) -> (UnsafeMutableRawPointer, Int)? {
    guard let base = bytes.baseAddress, !range.isEmpty else { return nil }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let first = range.lowerBound / page * page
    let last = Swift.min((range.upperBound + page - 1) / page * page, bytes.count)
    return (UnsafeMutableRawPointer(mutating: base + first), last - first)
  }

  /// Maps a window's pages in one call, rather than a fault at a time (`MADV_POPULATE_READ`,
  /// 22, Linux 5.14 and later, which Glibc's headers may not name; elsewhere, or on an older
  /// kernel, the pages fault in as they are read).
  private func prefetch(_ range: Range<Int>) {
    #if os(Linux)
      let populateRead: Int32 = 22
      if let (address, length) = pages(range) { _ = madvise(address, length, populateRead) }
    #endif
  }

  /// Lets go of a window's pages: this process no longer holds them, and reading them again
  /// maps them again from the file.
  private func release(_ range: Range<Int>) {
    if let (address, length) = pages(range) { _ = madvise(address, length, MADV_DONTNEED) }
  }
}
