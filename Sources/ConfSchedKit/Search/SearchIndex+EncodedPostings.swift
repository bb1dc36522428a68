extension SearchIndex {
  /// From how many postings they are encoded on two threads, half the keys each: the 100x
  /// dump's (about 6 million) took 50 ms of `sources add` on one, after every other thread's
  /// work was done.
  static let postingsForTwoThreads = 1 << 20

  /// Each key's postings in `order`, as varint deltas from the key's previous posting, and
  /// where each key's begin in them (and, last, where the last one's end). With at least
  /// `forTwoThreads` postings, the keys are split where about half the postings are and the
  /// halves encoded at once into two regions, which follow each other: the bytes are the one
  /// region's.
  func encodedPostings(_ order: [Int], forTwoThreads threshold: Int)
    -> (starts: [Int], regions: [[UInt8]])
  {
    let counts = order.map { postingRange(ofKey: $0).count }
    let total = counts.reduce(0, +)
    guard total >= threshold, order.count >= 2 else {
      let (ends, region) = encodePostings(order[...])
      return ([0] + ends, [region])
    }
    var split = 0
    var before = 0
    while split < order.count - 1, before * 2 < total {
      before += counts[split]
      split += 1
    }
    let index = self
    let rest = order[split...]
    let ((firstEnds, first), (restEnds, second)) = Concurrently.run(
      { encodePostings(order[..<split]) }, { index.encodePostings(rest) })
    return ([0] + firstEnds + restEnds.map { $0 + first.count }, [first, second])
  }

  /// The postings of some keys, one after the other, and where each key's end.
  private func encodePostings(_ keys: ArraySlice<Int>) -> (ends: [Int], region: [UInt8]) {
    var region: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(keys.count)
    // Each key's postings are written into `scratch`, which has room for the longest, then
    // appended at once.
    var scratch: [UInt8] = []
    for id in keys {
      let postings = postings(of: id)
      let room = postings.count * SnapshotWriter.intBytesAtMost
      if scratch.count < room { scratch = [UInt8](repeating: 0, count: Swift.max(room, 4096)) }
      let written = scratch.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        var written = 0
        var previous: UInt64 = 0
        for packed in postings {
          written += SnapshotWriter.write(Int(packed - previous), at: base + written)
          previous = packed
        }
        return written
      }
      region.append(contentsOf: scratch[..<written])
      ends.append(region.count)
    }
    return (ends, region)
  }
}
