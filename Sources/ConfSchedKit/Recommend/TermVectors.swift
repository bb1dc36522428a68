#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every event of a schedule as a vector of weighted words (tf-idf over its fields), for
/// "papers like this one": the method `similar`, `recommend` and `plan` share.
///
/// - Words are folded (case, accents) and stemmed lightly (`networks` is `network`); stopwords
///   and one-letter words are dropped; authors are whole names (`author:yoshua bengio`), so that
///   a shared author counts as one word.
/// - A field's words count with its weight: title 3, authors 2, track and session 1.5,
///   abstract 1 (a title is the paper in a line; an abstract is long and says much else).
/// - tf is `1 + ln(count)` times the weight, idf `ln((N + 1) / (df + 1)) + 1` (the smoothed form
///   scikit-learn uses), and each vector has unit length, so the dot product of two is their
///   cosine.
///
/// Everything comes from the loaded schedule: no model, no download.
public struct TermVectors: Sendable {
  /// Each event's vector (sorted by term number), in the schedule's order.
  public private(set) var vectors: [[Weight]] = []
  /// The words: numbers below `stopCount` are stopwords, never in a vector.
  private var table = TermTable()
  private var stopCount = 0
  /// For each term, the events whose vector has it: the inverted index cosine scores walk.
  private var postings: [[Int32]] = []
  private var idf: [Double] = []

  /// A term and its weight.
  public struct Weight: Hashable, Sendable {
    /// The term's number (`term(_:)` gives its word).
    public var term: Int32
    /// Its weight.
    public var value: Double
  }

  /// The field weights.
  static let titleWeight = 3.0
  static let authorWeight = 2.0
  static let trackWeight = 1.5
  static let abstractWeight = 1.0

  /// Builds the vectors of a schedule's events. Each field is folded into one buffer and its
  /// words counted in arrays indexed by term number: no `String` but for a word seen the first
  /// time, so that a 6,000-event program takes tens of milliseconds, not a second.
  public init(_ events: [Event]) {
    var table = TermTable()
    for word in Self.stopwords {
      var word = word
      _ = word.withUTF8 { table.insert($0, 0..<$0.count) }
    }
    let stopCount = table.count
    var documentFrequency = [Int](repeating: 0, count: table.count)
    var fieldCount = [Int32](repeating: 0, count: table.count)
    var bag = [Double](repeating: 0, count: table.count)
    var touchedField: [Int32] = []
    var touchedBag: [Int32] = []
    var scratch: [UInt8] = []
    var ranges: [Range<Int>] = []
    var raw: [[Weight]] = []
    raw.reserveCapacity(events.count)
    func number(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
      let known = table.count
      let number = Int32(table.insert(word, 0..<word.count))
      if number == known {
        documentFrequency.append(0)
        fieldCount.append(0)
        bag.append(0)
      }
      return number
    }
    func credit(_ term: Int32, _ weight: Double) {
      if bag[Int(term)] == 0 { touchedBag.append(term) }
      bag[Int(term)] += weight
    }
    for event in events {
      for (text, weight) in [
        (event.title, Self.titleWeight), (event.abstract, Self.abstractWeight),
        (event.track, Self.trackWeight), (event.session, Self.trackWeight),
      ] {
        guard let text else { continue }
        Self.words(text, scratch: &scratch, ranges: &ranges)
        scratch.withUnsafeMutableBufferPointer { folded in
          for range in ranges {
            let word = UnsafeMutableBufferPointer(rebasing: folded[range])
            let length = Self.stem(word)
            // A stopword is dropped as written (`results`), before its stem is looked up.
            if length != word.count, let known = table.id(of: UnsafeBufferPointer(word)),
              known < stopCount
            {
              continue
            }
            let term = number(UnsafeBufferPointer(rebasing: word[0..<length]))
            if Int(term) < stopCount { continue }
            if fieldCount[Int(term)] == 0 { touchedField.append(term) }
            fieldCount[Int(term)] += 1
          }
        }
        for term in touchedField {
          credit(term, (1 + log(Double(fieldCount[Int(term)]))) * weight)
          fieldCount[Int(term)] = 0
        }
        touchedField.removeAll(keepingCapacity: true)
      }
      for author in event.authors {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: "author:".utf8)
        author.name.withUTF8Bytes { TextFolding.fold($0, into: &scratch) }
        credit(scratch.withUnsafeBufferPointer { number($0) }, Self.authorWeight)
      }
      var vector: [Weight] = []
      vector.reserveCapacity(touchedBag.count)
      for term in touchedBag {
        documentFrequency[Int(term)] += 1
        vector.append(Weight(term: term, value: bag[Int(term)]))
        bag[Int(term)] = 0
      }
      touchedBag.removeAll(keepingCapacity: true)
      raw.append(vector)
    }
    let total = Double(events.count)
    let idf = documentFrequency.map { frequency -> Double in
      log((total + 1) / (Double(frequency) + 1)) + 1
    }
    var postings = [[Int32]](repeating: [], count: table.count)
    for index in raw.indices {
      var norm = 0.0
      for position in raw[index].indices {
        let value = raw[index][position].value * idf[Int(raw[index][position].term)]
        raw[index][position].value = value
        norm += value * value
      }
      norm = norm.squareRoot()
      if norm > 0 {
        for position in raw[index].indices { raw[index][position].value /= norm }
      }
      raw[index].sort { $0.term < $1.term }
      for weight in raw[index] { postings[Int(weight.term)].append(Int32(index)) }
    }
    self.table = table
    self.stopCount = stopCount
    self.idf = idf
    self.postings = postings
    self.vectors = raw
  }

  /// The word of a term number (an author as `author:name`).
  public func term(_ number: Int32) -> String { table.string(Int(number)) }

  /// A free text (interests, a reading list) as a vector in the same space: its words that the
  /// schedule knows.
  public func vector(for text: String) -> [Weight] {
    var counts: [Int32: Double] = [:]
    var scratch: [UInt8] = []
    var ranges: [Range<Int>] = []
    Self.words(text, scratch: &scratch, ranges: &ranges)
    scratch.withUnsafeMutableBufferPointer { folded in
      for range in ranges {
        let word = UnsafeMutableBufferPointer(rebasing: folded[range])
        let length = Self.stem(word)
        if length != word.count, let known = table.id(of: UnsafeBufferPointer(word)),
          known < stopCount
        {
          continue
        }
        guard let found = table.id(of: UnsafeBufferPointer(rebasing: word[0..<length])),
          found >= stopCount
        else { continue }
        counts[Int32(found), default: 0] += 1
      }
    }
    var vector = counts.map {
      Weight(term: $0.key, value: (1 + log($0.value)) * idf[Int($0.key)])
    }
    let norm = vector.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
    if norm > 0 { vector = vector.map { Weight(term: $0.term, value: $0.value / norm) } }
    return vector.sorted { $0.term < $1.term }
  }

  /// The sum of some vectors, made unit length again: what a set of events is about.
  public static func centroid(_ vectors: [[Weight]]) -> [Weight] {
    var bag: [Int32: Double] = [:]
    for vector in vectors {
      for weight in vector { bag[weight.term, default: 0] += weight.value }
    }
    var sum = bag.map { Weight(term: $0.key, value: $0.value) }
    let norm = sum.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
    if norm > 0 { sum = sum.map { Weight(term: $0.term, value: $0.value / norm) } }
    return sum.sorted { $0.term < $1.term }
  }

  /// The cosine of a vector with every event that shares a word with it, by event index.
  public func scores(_ query: [Weight]) -> [Int: Double] {
    var dense = [Double](repeating: 0, count: vectors.count)
    var touched: [Int32] = []
    for weight in query where Int(weight.term) < postings.count {
      for event in postings[Int(weight.term)] {
        if let match = Self.weight(of: weight.term, in: vectors[Int(event)]) {
          if dense[Int(event)] == 0 { touched.append(event) }
          dense[Int(event)] += weight.value * match
        }
      }
    }
    var scores: [Int: Double] = [:]
    scores.reserveCapacity(touched.count)
    for event in touched { scores[Int(event)] = dense[Int(event)] }
    return scores
  }

  /// The words two vectors share, most telling first (authors as their names).
  public func sharedWords(_ first: [Weight], _ second: [Weight], limit: Int = 4) -> [String] {
    var shared: [(String, Double)] = []
    for weight in first {
      if let other = Self.weight(of: weight.term, in: second) {
        shared.append((table.string(Int(weight.term)), weight.value * other))
      }
    }
    return shared.sorted { $0.1 > $1.1 }.prefix(limit).map { term, _ in
      term.hasPrefix("author:") ? String(term.dropFirst(7)) : term
    }
  }

  static func weight(of term: Int32, in vector: [Weight]) -> Double? {
    var low = 0
    var high = vector.count
    while low < high {
      let middle = (low + high) / 2
      if vector[middle].term < term { low = middle + 1 } else { high = middle }
    }
    return low < vector.count && vector[low].term == term ? vector[low].value : nil
  }

  // MARK: Words

  /// Folds a text into `scratch` and puts in `ranges` where its words are: those of two
  /// characters or more that are not all digits.
  static func words(_ text: String, scratch: inout [UInt8], ranges: inout [Range<Int>]) {
    scratch.removeAll(keepingCapacity: true)
    ranges.removeAll(keepingCapacity: true)
    text.withUTF8Bytes { TextFolding.fold($0, into: &scratch) }
    scratch.withUnsafeBufferPointer { folded in
      var start = 0
      var characters = 0
      var digits = true
      for index in 0...folded.count {
        guard index < folded.count, folded[index] != 0x20 else {
          if characters >= 2 && !digits { ranges.append(start..<index) }
          start = index + 1
          characters = 0
          digits = true
          continue
        }
        let byte = folded[index]
        if byte & 0xC0 != 0x80 { characters += 1 }
        if byte < 0x30 || byte > 0x39 { digits = false }
      }
    }
  }

  /// The length of a word's stem, written in place: `networks` is `network`, `studies` is
  /// `study`; `loss`, `analysis`, `corpus` and words of four letters or fewer stay.
  static func stem(_ word: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let count = word.count
    guard count > 4, word[count - 1] == 0x73 else { return count }  // s
    let before = word[count - 2]
    guard before != 0x73, before != 0x75, before != 0x69 else { return count }  // ss us is
    if before == 0x65 && word[count - 3] == 0x69 {  // ies
      word[count - 3] = 0x79  // y
      return count - 2
    }
    return count - 1
  }

  /// The stem of a word given as text (see the buffer form).
  static func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    let count = bytes.withUnsafeMutableBufferPointer { stem($0) }
    return String(decoding: bytes[0..<count], as: UTF8.self)
  }

  /// English function words, and the words every paper of the field writes.
  static let stopwords: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for",
    "from", "has", "have", "how", "however", "in", "into", "is", "it", "its", "of", "on", "or",
    "our", "such", "than", "that", "the", "their", "them", "then", "there", "these", "this",
    "those", "through", "to", "under", "up", "via", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "why", "will", "with", "without", "you", "your", "not", "no", "also",
    "both", "each", "more", "most", "other", "some", "only", "over", "same", "so", "very", "all",
    "any", "between", "here", "show", "shows", "paper", "propose", "proposed", "approach",
    "method", "methods", "results", "result", "new", "novel", "use", "using", "used", "based",
    "well", "one", "two", "first", "work", "problem", "problems", "existing", "state", "art",
    "demonstrate", "present", "study", "provide", "provides", "allow", "allows", "thus", "often",
    "many", "much", "can", "may", "would", "could", "should", "et", "al", "i", "e", "g",
  ]
}
