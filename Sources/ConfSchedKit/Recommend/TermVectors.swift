#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every event of a schedule as a vector of weighted words (tf-idf), for "papers like this
/// one": the method `similar`, `recommend` and `plan` share.
///
/// - Words are those the search index keys (`WordForms`: `networks` is `network`, `optimise`
///   is `optimize`); its stopwords, the words every paper of the field writes (`propose`,
///   `results`), single letters and numbers are left out; authors are whole names
///   (`author:yoshua bengio`), so that a shared author counts as one word.
/// - A field's words count with its weight: title 3, authors 2, track and session 1.5,
///   abstract 1 (a title is the paper in a line; an abstract is long and says much else).
/// - tf is `1 + ln(count)` times the weight, idf `ln((N + 1) / (df + 1)) + 1` (the smoothed form
///   scikit-learn uses), and scores are cosines.
///
/// The vectors are never built: they are read off the search index, which is frozen into the
/// binary for the bundled data and into the compiled cache for added files. Building takes one
/// walk over the postings for each event's vector length; a query then walks the postings of
/// its own words only, into an accumulator over the events (the way a search engine ranks),
/// and only the few results shown are read word by word, for the words they share.
///
/// Everything comes from the loaded schedule: no model, no download.
public struct TermVectors: Sendable {
  /// A term and its weight.
  public struct Weight: Hashable, Sendable {
    /// The term's number (`term(_:)` gives it).
    public var term: Int32
    /// Its weight.
    public var value: Double
    /// The word as a text wrote it (a word number of the index), to explain a match in words
    /// rather than keys (`optimization`, not `optimiz`); -1 when there is none.
    var word: Int32 = -1
  }

  /// The search index the vectors are read from.
  let index: SearchIndex
  /// The events, for their authors and tracks, which the index does not hold as whole names.
  let events: [Event]
  /// Terms below `keyCount` are the index's word keys; the others are `extras`.
  let keyCount: Int
  /// Authors as whole names (`author:yoshua bengio`), and track words the index lacks.
  private(set) var extras = TermTable()
  /// The occurrences of terms in authors and tracks: those of term `t` are at
  /// `sideStarts[t]..<sideStarts[t + 1]` of `sideEvents` and `sideWeights`, in event order.
  var sideStarts: [Int32] = []
  var sideEvents: [Int32] = []
  var sideWeights: [Double] = []
  /// Each term's idf; 0 for a term left out (a stopword, a letter, a number) or in no event.
  var idf: [Double] = []
  /// The length of each event's vector before it is made unit length.
  var norms: [Double] = []

  /// The field weights.
  static let titleWeight = 3.0
  static let authorWeight = 2.0
  static let trackWeight = 1.5
  static let abstractWeight = 1.0

  /// The vectors of a schedule's events, from the index of the same events (built here when
  /// it indexes another number of events).
  public init(_ events: [Event], index: SearchIndex) {
    let index = index.eventCount == events.count ? index : SearchIndex(events)
    self.index = index
    self.events = events
    keyCount = index.keys.count
    var side: [(term: Int32, event: Int32, weight: Double)] = []
    var tracks: [String: [(term: Int32, weight: Double)]] = [:]
    var scratch: [UInt8] = []
    // By index, not by element: copying each event would retain all of its strings.
    for number in events.indices {
      if let track = events[number].track {
        let terms =
          tracks[track]
          ?? Self.trackTerms(track, index: index, extras: &extras, scratch: &scratch)
        tracks[track] = terms
        for (term, weight) in terms { side.append((term, Int32(number), weight)) }
      }
      for author in events[number].authors {
        guard Self.authorName(author.name, into: &scratch) else { continue }
        let id = scratch.withUnsafeBufferPointer { extras.insert($0, 0..<$0.count) }
        side.append((Int32(keyCount + id), Int32(number), Self.authorWeight))
      }
    }
    let termCount = keyCount + extras.count
    var starts = [Int32](repeating: 0, count: termCount + 1)
    for entry in side { starts[Int(entry.term) + 1] += 1 }
    for term in 0..<termCount { starts[term + 1] += starts[term] }
    var fill = starts
    sideEvents = [Int32](repeating: 0, count: side.count)
    sideWeights = [Double](repeating: 0, count: side.count)
    for entry in side {
      let at = Int(fill[Int(entry.term)])
      sideEvents[at] = entry.event
      sideWeights[at] = entry.weight
      fill[Int(entry.term)] += 1
    }
    sideStarts = starts
    idf = [Double](repeating: 1, count: termCount)
    for key in 0..<keyCount where Self.isLeftOut(index.keys.term(key)) { idf[key] = 0 }
    for word in Self.stopwords {
      var word = word
      let found = word.withUTF8 { Self.key(of: $0, in: index) }
      if let found { idf[Int(found.term)] = 0 }
    }
    computeNorms()
  }

  /// The vectors of events, with an index built for them.
  public init(_ events: [Event]) {
    self.init(events, index: SearchIndex(events))
  }

  /// Sets each term's idf from the number of events that have it, and each event's vector
  /// length: one walk over every posting.
  private mutating func computeNorms() {
    var squares = [Double](repeating: 0, count: events.count)
    let total = Double(events.count)
    var idf = self.idf
    withAccumulator { accumulator in
      for term in idf.indices where idf[term] > 0 {
        collect(Int32(term), into: &accumulator)
        let weight =
          accumulator.count == 0
          ? 0 : log((total + 1) / (Double(accumulator.count) + 1)) + 1
        idf[term] = weight
        accumulator.drain { event, raw in
          let value = raw * weight
          squares[event] += value * value
        }
      }
    }
    self.idf = idf
    norms = squares.map { $0.squareRoot() }
  }

  /// Each event's raw weight of a term (before idf), and the events it is not zero for, in
  /// buffers allocated once for all the terms a walk collects.
  struct Accumulator {
    var raw: UnsafeMutableBufferPointer<Double>
    var touched: UnsafeMutableBufferPointer<Int32>
    var count = 0

    mutating func add(_ event: Int, _ weight: Double) {
      guard event < raw.count, weight > 0 else { return }
      if raw[event] == 0 {
        touched[count] = Int32(event)
        count += 1
      }
      raw[event] += weight
    }

    /// Calls `body` with each touched event and its weight, and clears them.
    mutating func drain(_ body: (Int, Double) -> Void) {
      for position in 0..<count {
        let event = Int(touched[position])
        body(event, raw[event])
        raw[event] = 0
      }
      count = 0
    }
  }

  /// Runs `body` with an empty accumulator over the events.
  func withAccumulator<R>(_ body: (inout Accumulator) -> R) -> R {
    let raw = UnsafeMutableBufferPointer<Double>.allocate(capacity: events.count)
    raw.initialize(repeating: 0)
    // An event is touched once per term: as many slots as events.
    let touched = UnsafeMutableBufferPointer<Int32>.allocate(capacity: events.count)
    defer {
      raw.deallocate()
      touched.deallocate()
    }
    var accumulator = Accumulator(raw: raw, touched: touched)
    return body(&accumulator)
  }

  /// Adds each event's raw weight of a term (before idf) to the accumulator: the index's
  /// postings of a key grouped by event and field, then the term's authors and tracks.
  func collect(_ term: Int32, into accumulator: inout Accumulator) {
    if Int(term) < keyCount {
      var event = -1
      var field: UInt64 = 0
      var count = 0
      index.forEachPosting(ofKey: Int(term)) { packed in
        let postingEvent = Int(packed >> 24)
        let postingField = (packed >> 16) & 0xFF
        if postingEvent == event && postingField == field {
          count += 1
        } else {
          if count > 0 { accumulator.add(event, Self.fieldWeight(field) * Self.logCount(count)) }
          event = postingEvent
          field = postingField
          count = 1
        }
      }
      if count > 0 { accumulator.add(event, Self.fieldWeight(field) * Self.logCount(count)) }
    }
    for at in Int(sideStarts[Int(term)])..<Int(sideStarts[Int(term) + 1]) {
      accumulator.add(Int(sideEvents[at]), sideWeights[at])
    }
  }

  /// The weight of an index field: authors are counted as whole names instead, and notes are
  /// the attendee's, not the paper's.
  static func fieldWeight(_ field: UInt64) -> Double {
    switch field {
    case UInt64(SearchIndex.Field.title.rawValue): return titleWeight
    case UInt64(SearchIndex.Field.session.rawValue): return trackWeight
    case UInt64(SearchIndex.Field.abstract.rawValue): return abstractWeight
    default: return 0
    }
  }

  /// `1 + ln(count)`, without a logarithm for the usual count of one.
  static func logCount(_ count: Int) -> Double {
    count == 1 ? 1 : count < logCounts.count ? logCounts[count] : 1 + log(Double(count))
  }

  /// `1 + ln(count)` for the counts a word has in one field of most events.
  private static let logCounts: [Double] = (0..<64).map { 1 + log(Double(Swift.max($0, 1))) }

  /// The cosine of a vector with every event that shares a term with it, best first (ties in
  /// the schedule's order).
  public func scores(_ query: [Weight]) -> [(index: Int, score: Double)] {
    var dot = [Double](repeating: 0, count: events.count)
    var hits: [Int32] = []
    withAccumulator { accumulator in
      for weight in query where weight.term >= 0 && Int(weight.term) < idf.count {
        let factor = weight.value * idf[Int(weight.term)]
        guard factor > 0 else { continue }
        collect(weight.term, into: &accumulator)
        accumulator.drain { event, raw in
          if dot[event] == 0 { hits.append(Int32(event)) }
          dot[event] += factor * raw
        }
      }
    }
    var scores: [(index: Int, score: Double)] = []
    scores.reserveCapacity(hits.count)
    for event in hits where norms[Int(event)] > 0 {
      scores.append((Int(event), dot[Int(event)] / norms[Int(event)]))
    }
    scores.sort { ($0.score, $1.index) > ($1.score, $0.index) }
    return scores
  }

  /// The word of a term number (an author as `author:name`; a word key as the index keys it).
  public func term(_ number: Int32) -> String {
    Int(number) < keyCount
      ? index.keys.string(Int(number)) : extras.string(Int(number) - keyCount)
  }
}
