extension EditDistance {
  /// The optimal-string-alignment distance between two words (insertions, deletions,
  /// substitutions, and swaps of neighbouring letters, each counting one), or nil when it is more
  /// than `limit` or a word is longer than 64 bytes: `impliic` is two from `implicit`. Three rows
  /// on the stack, no allocation.
  static func alignment(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit, a.count <= 64, b.count <= 64 else { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
      guard let base = rows.baseAddress else { return nil }
      var beforePrevious = base
      var previous = base + width
      var current = base + 2 * width
      for j in 0..<width { previous[j] = j }
      var i = 0
      for aByte in a {
        i += 1
        current[0] = i
        var rowMinimum = i
        var j = 0
        for bByte in b {
          j += 1
          var value = min(
            previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (aByte == bByte ? 0 : 1))
          if i > 1, j > 1, aByte == b[b.startIndex + j - 2], a[a.startIndex + i - 2] == bByte {
            value = min(value, beforePrevious[j - 2] + 1)
          }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return nil }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
      }
      return previous[width - 1] <= limit ? previous[width - 1] : nil
    }
  }
}
