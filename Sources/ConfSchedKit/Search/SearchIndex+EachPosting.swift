extension SearchIndex {
  /// Calls `body` with each posting of key `id`, in order (event, then field, then position),
  /// decoding them as it goes: a walk over every key, as the norms of `TermVectors` take, then
  /// allocates nothing.
  func forEachPosting(ofKey id: Int, _ body: (UInt64) -> Void) {
    encodedPostings.withBytes(postingRange(ofKey: id)) { bytes in
      var value: UInt64 = 0
      var shift: UInt64 = 0
      var previous: UInt64 = 0
      for byte in bytes {
        value |= UInt64(byte & 31) << shift
        if byte & 0x40 != 0 {
          shift += 5
          continue
        }
        previous &+= value &- 1  // the writer stores value + 1
        body(previous)
        value = 0
        shift = 0
      }
    }
  }
}
