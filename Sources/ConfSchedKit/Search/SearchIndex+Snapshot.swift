extension SearchIndex {
  /// Writes the index for a snapshot: the words in byte order with their keys, the keys in byte
  /// order, each key's postings delta-coded with where each key's postings start, the fields'
  /// lengths and the learnt acronyms.
  func encode(into writer: inout SnapshotWriter) {
    writer.int(eventCount)
    let order = terms.sortedIDs()
    let keyOrder = keys.sortedIDs()
    var rank = [Int](repeating: -1, count: keys.count)
    for (position, id) in keyOrder.enumerated() { rank[id] = position }
    terms.encode(order, into: &writer)
    for id in order { writer.int(termKeys[id] < 0 ? -1 : rank[Int(termKeys[id])]) }
    keys.encode(keyOrder, into: &writer)
    var region = SnapshotWriter()
    var lengths: [Int] = []
    for id in keyOrder {
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
    for length in fieldLengths { writer.int(Int(length)) }
    let acronymNames = acronyms.expansions.keys.sorted()
    writer.int(acronymNames.count)
    for name in acronymNames {
      writer.rawString(name)
      let phrases = acronyms.expansions[name] ?? []
      writer.int(phrases.count)
      for phrase in phrases { writer.rawString(phrase.joined(separator: " ")) }
    }
  }

  /// Reads an index that `encode(into:)` wrote. Postings stay encoded and are decoded key by key
  /// when a query needs them, and stay in the snapshot's text: thawing copies the words and keys
  /// and decodes no posting.
  init(decoding reader: inout SnapshotReader) throws(SnapshotReader.Failure) {
    eventCount = try reader.int()
    // Each event's field lengths take a byte at least: a count past the bytes left is damage,
    // not a table to allocate.
    guard eventCount >= 0, eventCount <= reader.endOffset - reader.offset else { throw .badTag }
    terms = try TermTable(decoding: &reader)
    var termKeys = [Int32](repeating: -1, count: terms.count)
    try termKeys.withUnsafeMutableBufferPointer { buffer throws(SnapshotReader.Failure) in
      try reader.forEachInt(buffer.count) { buffer[$0] = Int32(truncatingIfNeeded: $1) }
    }
    keys = try TermTable(decoding: &reader)
    guard termKeys.allSatisfy({ $0 < keys.count }) else { throw .badTag }
    self.termKeys = termKeys
    let count = try reader.int()
    guard count == keys.count else { throw .badTag }
    var starts = [Int32](repeating: 0, count: count + 1)
    try starts.withUnsafeMutableBufferPointer { buffer throws(SnapshotReader.Failure) in
      try reader.deltas(count, into: buffer, at: 1)
    }
    let length = try reader.int()
    guard Int(starts[count]) == length else { throw .badTag }
    encodedPostings = try reader.region(length)
    postingStarts = starts
    var lengths = [UInt16](repeating: 0, count: eventCount * Field.allCases.count)
    try lengths.withUnsafeMutableBufferPointer { buffer throws(SnapshotReader.Failure) in
      try reader.forEachInt(buffer.count) { buffer[$0] = UInt16(clamping: $1) }
    }
    fieldLengths = lengths
    averageLengths = SearchIndex.averages(lengths, eventCount: eventCount)
    for _ in 0..<Swift.max(try reader.int(), 0) {
      let name = try reader.rawString()
      var phrases: [[String]] = []
      for _ in 0..<Swift.max(try reader.int(), 0) {
        phrases.append(Self.words(ofPhrase: try reader.rawString()))
      }
      acronyms.add(name, phrases)
    }
  }

  /// A learnt phrase's words, split at its spaces by hand: the generic `split` cost a thaw
  /// about 3,000 instructions a phrase.
  static func words(ofPhrase phrase: String) -> [String] {
    var phrase = phrase
    return phrase.withUTF8 { bytes in
      var words: [String] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
        if index > start {
          words.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        start = index + 1
      }
      return words
    }
  }
}
