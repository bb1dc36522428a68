/// An inverted index of the loaded events: for every word key (`WordForms`: the forms a
/// researcher treats as one word share a key), where it occurs (event, field, position). Built
/// once per run, or frozen into the binary for the bundled data; a query then touches only the
/// postings of its words. Ranking is in `SearchIndex+Ranking.swift`.
public struct SearchIndex: Sendable {
  /// The parts of an event a word can match, from the most telling to the least.
  public enum Field: Int, CaseIterable, Sendable {
    /// The title.
    case title
    /// An author's name or affiliation.
    case authors
    /// The poster session or track.
    case session
    /// The abstract.
    case abstract
    /// An attendee's notes.
    case notes
  }

  /// The words as written (folded, `TextFolding`), for prefixes and typos.
  var terms: TermTable
  /// The key of each word (an index in `keys`), or -1 for a stopword, which is not indexed.
  var termKeys: [Int32] = []
  /// The distinct keys (`WordForms.key`) of the indexed words.
  var keys: TermTable
  /// Postings of key `id` are `postings[postingStarts[id]..<postingStarts[id + 1]]`, each packed
  /// as event << 24 | field << 16 | position, in that order. Positions count the indexed words
  /// of the field (stopwords take none).
  var postingStarts: [Int32] = []
  var postings: [UInt64] = []
  /// A thawed index keeps its postings delta-coded in the snapshot, `postingStarts` being byte
  /// offsets in this region of it.
  var encodedPostings: SnapshotRegion?
  /// The number of indexed words of each event's fields: `fieldLengths[event * 5 + field]`.
  var fieldLengths: [UInt16] = []
  /// The average of each field's length over the events that have it.
  var averageLengths: [Float] = []
  /// The acronyms the events define ("neural tangent kernel (NTK)").
  var acronyms = Acronyms()
  /// The number of events indexed.
  public let eventCount: Int

  /// Indexes events; hit numbers refer to positions in this array.
  ///
  /// Two passes over the text, so that memory holds the postings and nothing more: the first
  /// counts each key's occurrences and each field's length, and learns the acronyms, the second
  /// puts the postings in place.
  public init(_ events: [Event]) {
    eventCount = events.count
    var counts: [Int32] = []
    var table = TermTable(capacity: 4096)
    var keyTable = TermTable(capacity: 4096)
    var termKeys: [Int32] = []
    var lengths = [UInt16](repeating: 0, count: events.count * Field.allCases.count)
    SearchIndex.forEachWord(of: events, in: &table, &keyTable, &termKeys) { key, packed in
      if key == counts.count { counts.append(0) }
      counts[key] += 1
      let slot = Int(packed >> 24) * Field.allCases.count + Int((packed >> 16) & 0xFF)
      lengths[slot] &+= lengths[slot] == .max ? 0 : 1
    }
    var starts = [Int32](repeating: 0, count: counts.count + 1)
    for id in counts.indices { starts[id + 1] = starts[id] + counts[id] }
    var fill = starts
    var placed = [UInt64](repeating: 0, count: Int(starts[counts.count]))
    SearchIndex.forEachWord(of: events, in: &table, &keyTable, &termKeys) { key, packed in
      placed[Int(fill[key])] = packed
      fill[key] += 1
    }
    var acronyms = Acronyms()
    for index in events.indices {
      acronyms.learn(from: events[index].title)
      if let abstract = events[index].abstract { acronyms.learn(from: abstract) }
      if let notes = events[index].notes { acronyms.learn(from: notes) }
    }
    acronyms.finishLearning()
    terms = table
    keys = keyTable
    self.termKeys = termKeys
    postingStarts = starts
    postings = placed
    fieldLengths = lengths
    averageLengths = SearchIndex.averages(lengths, eventCount: events.count)
    self.acronyms = acronyms
  }

  /// Each field's average length over the events where it is not empty.
  static func averages(_ lengths: [UInt16], eventCount: Int) -> [Float] {
    let fields = Field.allCases.count
    var sums = [Float](repeating: 0, count: fields)
    var counts = [Float](repeating: 0, count: fields)
    for event in 0..<eventCount {
      for field in 0..<fields where lengths[event * fields + field] > 0 {
        sums[field] += Float(lengths[event * fields + field])
        counts[field] += 1
      }
    }
    return (0..<fields).map { counts[$0] > 0 ? sums[$0] / counts[$0] : 1 }
  }

  /// Calls `body` with the key id and packed posting (event << 24 | field << 16 | position) of
  /// every indexed word of every event, in order, adding new words and keys to the tables.
  private static func forEachWord(
    of events: [Event], in table: inout TermTable, _ keyTable: inout TermTable,
    _ termKeys: inout [Int32], _ body: (Int, UInt64) -> Void
  ) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4096)
    for eventIndex in events.indices {
      func add(_ text: String, _ field: Field, position: inout Int) {
        buffer.removeAll(keepingCapacity: true)
        text.withUTF8Bytes { TextFolding.fold($0, into: &buffer) }
        buffer.withUnsafeBufferPointer { folded in
          var start = 0
          var index = 0
          while index <= folded.count {
            if index == folded.count || folded[index] == 0x20 {
              if index > start {
                let id = table.insert(folded, start..<index)
                if id == termKeys.count {
                  termKeys.append(SearchIndex.key(of: folded[start..<index], in: &keyTable))
                }
                let key = termKeys[id]
                if key >= 0 {
                  let packed =
                    UInt64(eventIndex) << 24 | UInt64(field.rawValue) << 16
                    | UInt64(Swift.min(position, 0xFFFF))
                  body(Int(key), packed)
                  position += 1
                }
              }
              start = index + 1
            }
            index += 1
          }
        }
      }
      let event = events[eventIndex]
      var position = 0
      add(event.title, .title, position: &position)
      position = 0
      for author in event.authors {
        add(author.name, .authors, position: &position)
        if let affiliation = author.affiliation { add(affiliation, .authors, position: &position) }
        position += 2  // no phrase spans two people
      }
      if let session = event.session {
        position = 0
        add(session, .session, position: &position)
      }
      if let abstract = event.abstract {
        position = 0
        add(abstract, .abstract, position: &position)
      }
      if let notes = event.notes {
        position = 0
        add(notes, .notes, position: &position)
      }
    }
  }

  /// The key id of a new word, adding the key: -1 for a stopword.
  private static func key(of word: Slice<UnsafeBufferPointer<UInt8>>, in keyTable: inout TermTable)
    -> Int32
  {
    guard !SearchStopwords.contains(word) else { return -1 }
    let key = WordForms.key(word)
    return Int32(key.withUnsafeBufferPointer { keyTable.insert($0, 0..<$0.count) })
  }

  /// The number of distinct words.
  public var vocabularySize: Int { terms.count }

  /// The postings of key `id`, decoded when the index was thawed.
  func postings(of id: Int) -> ArraySlice<UInt64> {
    let range = Int(postingStarts[id])..<Int(postingStarts[id + 1])
    guard encodedPostings != nil else { return postings[range] }
    var values: [UInt64] = []
    values.reserveCapacity(range.count)
    forEachPosting(ofKey: id) { values.append($0) }
    return values[...]
  }

  /// The number of indexed words in an event's field.
  func length(_ event: Int, _ field: Int) -> Int {
    Int(fieldLengths[event * Field.allCases.count + field])
  }
}
