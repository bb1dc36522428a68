extension TermTable {
  /// Calls `body` with the id of every term one typo away from `word` or equal to it
  /// (`EditDistance.isWithinOne`), reading the table's bytes in place: a search looks for
  /// typos of each of its words over the whole vocabulary, and making a slice of every term
  /// (a retain and a release each) cost more than the comparisons.
  ///
  /// A term one edit away agrees with the word on its first byte, or the edit is there: then
  /// the term's second byte is the word's second (a replaced first letter), or the word's first
  /// (one put in front, or the first two swapped), or its first byte is the word's second (the
  /// first letter left out). Whatever passes that cheap test is compared in full.
  ///
  /// In a sorted (thawed) table the terms that pass are found as ranges, not by a walk over
  /// every term: those that start with the word's first or second byte, and, for each first
  /// byte the table holds, those whose second byte is the word's first or second. The ranges
  /// are visited in id order, each id once, as the walk visits them.
  func forEachTerm(withinOneEditOf word: [UInt8], _ body: (Int) -> Void) {
    guard !word.isEmpty else { return }
    let (w0, w1) = (word[0], word.count > 1 ? word[1] : 0)
    // A word of one byte or with a NUL byte: a term of one byte passes on its missing second
    // byte, which no range finds; walk them all.
    guard isSorted, w0 != 0, w1 != 0 else {
      scan(0..<count, withinOneEditOf: word, body)
      return
    }
    var ranges: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { all in
      starts.withUnsafeBufferPointer { starts in
        // -1, 0 or 1 as term `id` sorts before `key`, starts with it, or sorts after it.
        func order(_ id: Int, _ key: (UInt8, UInt8?)) -> Int {
          let start = Int(starts[id])
          let count = Int(starts[id + 1]) - start
          guard count > 0 else { return -1 }
          if all[start] != key.0 { return all[start] < key.0 ? -1 : 1 }
          guard let second = key.1 else { return 0 }
          guard count > 1 else { return -1 }
          return all[start + 1] < second ? -1 : all[start + 1] == second ? 0 : 1
        }
        // The ids whose terms start with `key`: two binary searches over raw bytes.
        func range(_ key: (UInt8, UInt8?)) -> Range<Int> {
          var (low, high) = (0, count)
          while low < high {
            let middle = (low + high) / 2
            if order(middle, key) < 0 { low = middle + 1 } else { high = middle }
          }
          let lower = low
          high = count
          while low < high {
            let middle = (low + high) / 2
            if order(middle, key) <= 0 { low = middle + 1 } else { high = middle }
          }
          return lower..<low
        }
        ranges.append(range((w0, nil)))
        ranges.append(range((w1, nil)))
        var next = 0
        while next < count {
          let start = Int(starts[next])
          guard Int(starts[next + 1]) > start else {
            next += 1
            continue
          }
          let first = all[start]
          ranges.append(range((first, w0)))
          ranges.append(range((first, w1)))
          next = range((first, nil)).upperBound
        }
      }
    }
    // In id order, overlaps merged.
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for range in ranges where !range.isEmpty {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<Swift.max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    for range in merged { scan(range, withinOneEditOf: word, body) }
  }

  /// The ids of the terms that start with `prefix` (sorted tables only).
  func prefixRange(_ prefix: [UInt8]) -> Range<Int> {
    let lower = lowerBound(prefix)
    var low = lower
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if term(middle).starts(with: prefix) { low = middle + 1 } else { high = middle }
    }
    return lower..<low
  }

  /// The walk of `forEachTerm(withinOneEditOf:)` over some ids.
  private func scan(
    _ ids: Range<Int>, withinOneEditOf word: [UInt8], _ body: (Int) -> Void
  ) {
    bytes.withUnsafeBufferPointer { all in
      starts.withUnsafeBufferPointer { starts in
        word.withUnsafeBufferPointer { word in
          let (w0, w1) = (word[0], word.count > 1 ? word[1] : 0)
          for id in ids {
            let start = Int(starts[id])
            let count = Int(starts[id + 1]) - start
            guard count >= word.count - 1, count <= word.count + 1, count > 0 else { continue }
            let t0 = all[start]
            let t1 = count > 1 ? all[start + 1] : 0
            guard t0 == w0 || t1 == w1 || t1 == w0 || t0 == w1 else { continue }
            let term = UnsafeBufferPointer(rebasing: all[start..<start + count])
            if EditDistance.isWithinOne(term, word) { body(id) }
          }
        }
      }
    }
  }
}
