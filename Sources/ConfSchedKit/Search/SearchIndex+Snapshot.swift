extension SearchIndex {
  /// Writes the index for a snapshot: the words in byte order with their keys, the keys in byte
  /// order, each key's postings delta-coded with where each key's postings start, the fields'
  /// lengths and average lengths, and the learnt acronyms. Word keys, postings' starts and
  /// field lengths are columns (`IntColumn`): the keys and starts read in place when thawed,
  /// the lengths, which a ranking reads all over, in one pass.
  ///
  /// The postings are written as they are coded (`encodedPostings`), the keys in the order of
  /// their places there: byte order, for a built index places them so, and a thawed one's are
  /// in the order they were read in.
  func encode(into writer: inout SnapshotWriter) {
    writer.int(eventCount)
    let order = terms.sortedIDs()
    var keyOrder = Array(0..<keys.count)
    for (key, place) in postingPlaces.enumerated() { keyOrder[Int(place)] = key }
    terms.encode(order, into: &writer)
    IntColumn(
      order.map { termKeys[$0] < 0 ? -1 : Int32(postingPlace(ofKey: termKeys[$0])) }
    )
    .encode(into: &writer)
    keys.encode(keyOrder, into: &writer)
    IntColumn.encode((0...keys.count).map { postingStarts[$0] }, into: &writer)
    writer.int(encodedPostings.range.count)
    writer.raw(encodedPostings.bytes)
    IntColumn.encode(fieldLengths.map { Int($0) }, into: &writer)
    // The averages' bits, so that a thaw need not walk every length again.
    for average in averageLengths { writer.int(Int(average.bitPattern)) }
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
  /// With `walkingPostings`, every posting is first checked to name an event and a field of
  /// the index (the ranking indexes arrays by both); bytes that passed their checksum need not
  /// be: walking them cost a search more than it read.
  init(decoding reader: inout SnapshotReader, walkingPostings: Bool = true)
    throws(SnapshotReader.Failure)
  {
    eventCount = try reader.int()
    // Each event's field lengths take a byte at least: a count past the bytes left is damage,
    // not a table to allocate.
    guard eventCount >= 0, eventCount <= reader.endOffset - reader.offset else { throw .badTag }
    terms = try TermTable(decoding: &reader)
    termKeys = try IntColumn(decoding: &reader)
    guard termKeys.count == terms.count else { throw .badTag }
    keys = try TermTable(decoding: &reader)
    postingStarts = try IntColumn(decoding: &reader)
    guard postingStarts.count == keys.count + 1 else { throw .badTag }
    let length = try reader.int()
    guard postingStarts[keys.count] == length else { throw .badTag }
    encodedPostings = try reader.region(length)
    let lengths = try IntColumn(decoding: &reader)
    guard lengths.count == eventCount * Field.allCases.count else { throw .badTag }
    fieldLengths = lengths.uint16s()
    // A damaged average (not finite, or not above 0) would make every score NaN: 1 instead,
    // as `averages` gives a field no event has.
    averageLengths = try Field.allCases.map { _ throws(SnapshotReader.Failure) in
      let average = Float(bitPattern: UInt32(truncatingIfNeeded: try reader.int()))
      return average.isFinite && average > 0 ? average : 1
    }
    if walkingPostings {
      let limit = UInt64(eventCount)
      let fields = UInt64(Field.allCases.count)
      var isSound = true
      for key in 0..<keys.count where isSound {
        forEachPosting(ofKey: key) { posting in
          if posting >> 24 >= limit || (posting >> 16) & 0xFF >= fields { isSound = false }
        }
      }
      guard isSound else { throw .badTag }
    }
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
