/// The postings of the keys one search touches, decoded for this search (each once), as ranges
/// of one buffer: the loops over postings then read memory through one pointer instead of
/// retaining an array per key.
struct PostingCache {
  private var decoded: [UInt64] = []
  private var ranges: [Int: Range<Int>] = [:]
  private var frequencies: [Int: Int] = [:]

  /// Where the postings of a key are in the buffer.
  mutating func range(_ key: Int, in index: SearchIndex) -> Range<Int> {
    if let range = ranges[key] { return range }
    let start = decoded.count
    index.forEachPosting(ofKey: key) { decoded.append($0) }
    let range = start..<decoded.count
    ranges[key] = range
    return range
  }

  /// Calls `body` with the buffer the ranges point into.
  func withPostings<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
    decoded.withUnsafeBufferPointer(body)
  }

  /// The number of events a key occurs in.
  mutating func documentFrequency(_ key: Int, in index: SearchIndex) -> Int {
    if let count = frequencies[key] { return count }
    let range = range(key, in: index)
    let count = withPostings { all in
      var count = 0
      var last = UInt64.max
      for packed in all[range] where packed >> 24 != last {
        last = packed >> 24
        count += 1
      }
      return count
    }
    frequencies[key] = count
    return count
  }
}

extension SearchIndex {
  /// Where a phrase occurs: each start (packed as a posting) and the quality of its worst word.
  ///
  /// Driven by the rarest slot: for each of its postings, every other slot must have the posting
  /// shifted by the distance between them, which a cursor per key finds by galloping forward,
  /// since the postings of a key are sorted and the targets only grow. The cost is that of the
  /// rarest word times the logarithm of the others', not the sum of all: `"reinforcement
  /// learning"` reads the postings of `reinforcement` and probes those of `learning`.
  func phraseStarts(_ slots: [QueryPlan.Slot], _ cache: inout PostingCache) -> [(UInt64, Float)] {
    // Every slot's keys as flat lists: range, quality, and which slot.
    var ranges: [Range<Int>] = []
    var qualities: [Float] = []
    var firstOfSlot: [Int] = []
    var sizes: [Int] = []
    for slot in slots {
      firstOfSlot.append(ranges.count)
      var size = 0
      for (key, quality) in zip(slot.keys, slot.qualities) {
        let range = cache.range(key, in: self)
        ranges.append(range)
        qualities.append(quality)
        size += range.count
      }
      sizes.append(size)
    }
    firstOfSlot.append(ranges.count)
    guard let driver = sizes.indices.min(by: { sizes[$0] < sizes[$1] }) else { return [] }
    let span = UInt64(slots.count)
    return cache.withPostings { all in
      var found: [(UInt64, Float)] = []
      var cursors = ranges.map(\.lowerBound)
      for driving in firstOfSlot[driver]..<firstOfSlot[driver + 1] {
        for list in ranges.indices { cursors[list] = ranges[list].lowerBound }
        for index in ranges[driving] {
          let packed = all[index]
          let position = packed & 0xFFFF
          guard position >= UInt64(driver), position - UInt64(driver) + span < 0xFFFF else {
            continue
          }
          let start = packed - UInt64(driver)
          var quality = qualities[driving]
          var matches = true
          for other in slots.indices where other != driver {
            let target = start + UInt64(other)
            var best: Float = 0
            for list in firstOfSlot[other]..<firstOfSlot[other + 1] {
              let cursor = SearchIndex.gallop(all, cursors[list], ranges[list].upperBound, target)
              cursors[list] = cursor
              if cursor < ranges[list].upperBound && all[cursor] == target {
                best = Swift.max(best, qualities[list])
              }
            }
            guard best > 0 else {
              matches = false
              break
            }
            quality = Swift.min(quality, best)
          }
          if matches { found.append((start, quality)) }
        }
      }
      return found
    }
  }

  /// The first index in `from..<end` whose posting is not less than `target`, or `end`.
  static func gallop(
    _ postings: UnsafeBufferPointer<UInt64>, _ from: Int, _ end: Int, _ target: UInt64
  ) -> Int {
    var low = from
    guard low < end, postings[low] < target else { return low }
    var step = 1
    var high = low + 1
    while high < end, postings[high] < target {
      low = high
      step <<= 1
      high = low + step
    }
    high = Swift.min(high, end)
    // postings[low] < target <= postings[high] (or high is the end).
    while low + 1 < high {
      let middle = (low + high) / 2
      if postings[middle] < target { low = middle } else { high = middle }
    }
    return high
  }
}
