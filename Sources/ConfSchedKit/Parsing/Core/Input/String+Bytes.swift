#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Whether the UTF-8 bytes contain `needle`'s bytes: `memchr` and `memcmp`, not a
  /// Character search.
  func containsBytes(_ needle: String) -> Bool {
    withUTF8Bytes { haystack in
      needle.withUTF8Bytes { pattern in
        guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress,
          pattern.count <= haystack.count
        else { return pattern.isEmpty }
        var offset = 0
        let last = haystack.count - pattern.count
        while offset <= last {
          guard let found = memchr(base + offset, Int32(pattern[0]), last - offset + 1) else {
            return false
          }
          let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
          if memcmp(base + position, patternBase, pattern.count) == 0 { return true }
          offset = position + 1
        }
        return false
      }
    }
  }

  /// Whether the UTF-8 bytes contain `byte`: `memchr`.
  func containsByte(_ byte: UInt8) -> Bool {
    withUTF8Bytes { haystack in
      guard let base = haystack.baseAddress else { return false }
      return memchr(base, Int32(byte), haystack.count) != nil
    }
  }
}
