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
  var termKeys = IntColumn([Int]())
  /// The distinct keys (`WordForms.key`) of the indexed words.
  var keys: TermTable
  /// The postings of every key, each packed as event << 24 | field << 16 | position, in that
  /// order, and delta-coded as a snapshot keeps them: a thawed index's are in the snapshot, a
  /// built one's in memory (`Builder.encodedPostings`), a third of the eight bytes a posting
  /// takes unpacked. Positions count the indexed words of the field (stopwords take none).
  var encodedPostings = SnapshotRegion(storage: .bytes([]), range: 0..<0)
  /// Where each place's postings start in `encodedPostings` (bytes), and, last, where the last
  /// one's end. The keys' places are their order by bytes, as a snapshot stores them.
  var postingStarts = IntColumn([Int]())
  /// The place of each key, for a built index, whose keys are numbered as it met them; empty
  /// for a thawed one, whose keys are numbered in byte order, each in its place.
  var postingPlaces: [Int32] = []
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
  /// One pass over the text (`Builder`): each word is folded, cut and looked up once, and kept
  /// as a number; the postings are then coded in place from those numbers.
  public init(_ events: [Event]) {
    self.init(eventsOf: [events])
  }

  /// The index of the events of several lists, numbered on from one list to the next: the
  /// index of a schedule built from parts whose events it keeps as they are, in order, made
  /// without waiting for the schedule.
  init(eventsOf lists: [[Event]]) {
    let eventCount = lists.reduce(0) { $0 + $1.count }
    var builder = Builder(eventCount: eventCount)
    var number = 0
    for events in lists {
      for index in events.indices {
        builder.add(events[index], number: number)
        number += 1
      }
    }
    self.init(built: builder, eventCount: eventCount)
  }

  /// The index a builder gathered, over `eventCount` events. The builder is consumed: its
  /// words in document order (four bytes a word, 32 MB for the 100x dump) are let go once the
  /// postings are coded, before anything else is made of them.
  init(built builder: consuming Builder, eventCount: Int) {
    self.eventCount = eventCount
    builder.acronyms.finishLearning()
    var places = [Int32](repeating: 0, count: builder.keys.count)
    for (place, key) in builder.keys.sortedIDs().enumerated() { places[key] = Int32(place) }
    let (starts, region) = builder.encodedPostings(rank: places)
    builder.wordKeys = []
    builder.runs = []
    terms = builder.terms
    keys = builder.keys
    termKeys = IntColumn(builder.termKeys)
    encodedPostings = SnapshotRegion(storage: .bytes(region), range: 0..<region.count)
    postingStarts = IntColumn(starts)
    postingPlaces = places
    fieldLengths = builder.lengths
    averageLengths = SearchIndex.averages(builder.lengths, eventCount: eventCount)
    acronyms = builder.acronyms
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

  /// The number of distinct words.
  public var vocabularySize: Int { terms.count }

  /// The key of word `id` (an index in `keys`), or -1 for a stopword. A thawed index reads it
  /// from the snapshot, checked here rather than all at thawing.
  func key(ofTerm id: Int) -> Int {
    let key = Int(termKeys[id])
    return key < keys.count ? Swift.max(key, -1) : -1
  }

  /// The place of key `id`'s postings in `encodedPostings`.
  func postingPlace(ofKey id: Int) -> Int {
    postingPlaces.isEmpty ? id : Int(postingPlaces[id])
  }

  /// Where the postings of key `id` are in `encodedPostings` (bytes). A thawed index reads
  /// them from the snapshot, checked here: offsets out of order or past the postings give
  /// none.
  func postingRange(ofKey id: Int) -> Range<Int> {
    let place = postingPlace(ofKey: id)
    let lower = postingStarts[place]
    let upper = postingStarts[place + 1]
    let total = encodedPostings.range.count
    return 0 <= lower && lower <= upper && upper <= total ? lower..<upper : 0..<0
  }

  /// The postings of key `id`, decoded.
  func postings(of id: Int) -> [UInt64] {
    var values: [UInt64] = []
    values.reserveCapacity(postingRange(ofKey: id).count)
    forEachPosting(ofKey: id) { values.append($0) }
    return values
  }

  /// The number of indexed words in an event's field.
  func length(_ event: Int, _ field: Int) -> Int {
    Int(fieldLengths[event * Field.allCases.count + field])
  }
}
