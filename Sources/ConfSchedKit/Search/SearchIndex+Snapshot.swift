extension SearchIndex {
  /// Writes the index for a snapshot: the terms in byte order, then each term's postings
  /// delta-coded, with where each term's postings start.
  func encode(into writer: inout SnapshotWriter) {
    writer.int(eventCount)
    let order = terms.sortedIDs()
    terms.encode(order, into: &writer)
    var region = SnapshotWriter()
    var lengths: [Int] = []
    for id in order {
      let before = region.bytes.count
      var previous: UInt64 = 0
      for packed in postings(of: id) {
        region.int(Int(packed - previous))
        previous = packed
      }
      lengths.append(region.bytes.count - before)
    }
    writer.int(lengths.count)
    for length in lengths { writer.int(length) }
    writer.int(region.bytes.count)
    writer.raw(region.bytes)
  }

  /// Reads an index that `encode(into:)` wrote. Postings stay encoded and are decoded term by
  /// term when a query needs them, and stay in the snapshot's text: thawing copies the terms
  /// and decodes nothing.
  init(decoding reader: inout SnapshotReader) throws(SnapshotReader.Failure) {
    eventCount = try reader.int()
    terms = try TermTable(decoding: &reader)
    let count = try reader.int()
    guard count == terms.count else { throw .badTag }
    var starts = [Int32](repeating: 0, count: count + 1)
    try starts.withUnsafeMutableBufferPointer { buffer throws(SnapshotReader.Failure) in
      try reader.deltas(count, into: buffer, at: 1)
    }
    let length = try reader.int()
    guard Int(starts[count]) == length else { throw .badTag }
    encodedPostings = try reader.region(length)
    postingStarts = starts
  }
}
