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
  /// The words, by number.
  public private(set) var terms: [String] = []
  /// Each event's vector (sorted by term number), in the schedule's order.
  public private(set) var vectors: [[Weight]] = []
  /// For each term, the events whose vector has it: the inverted index cosine scores walk.
  private var postings: [[Int32]] = []
  private var idf: [Double] = []

  /// A term and its weight.
  public struct Weight: Hashable, Sendable {
    /// The term's number in `terms`.
    public var term: Int32
    /// Its weight.
    public var value: Double
  }

  /// The field weights.
  static let titleWeight = 3.0
  static let authorWeight = 2.0
  static let trackWeight = 1.5
  static let abstractWeight = 1.0

  /// Builds the vectors of a schedule's events.
  public init(_ events: [Event]) {
    var numbers: [String: Int32] = [:]
    var counts: [[Int32: Double]] = []
    counts.reserveCapacity(events.count)
    var documentFrequency: [Int] = []
    for index in events.indices {
      var bag: [Int32: Double] = [:]
      func add(_ text: String?, weight: Double) {
        guard let text else { return }
        var seen: [Int32: Int] = [:]
        for word in Self.words(text) {
          let number: Int32
          if let known = numbers[word] {
            number = known
          } else {
            number = Int32(terms.count)
            numbers[word] = number
            terms.append(word)
            documentFrequency.append(0)
          }
          seen[number, default: 0] += 1
        }
        for (number, count) in seen {
          bag[number, default: 0] += (1 + log(Double(count))) * weight
        }
      }
      let event = events[index]
      add(event.title, weight: Self.titleWeight)
      add(event.abstract, weight: Self.abstractWeight)
      add(event.track, weight: Self.trackWeight)
      add(event.session, weight: Self.trackWeight)
      for author in event.authors {
        let name = "author:" + TextFolding.fold(author.name)
        let number: Int32
        if let known = numbers[name] {
          number = known
        } else {
          number = Int32(terms.count)
          numbers[name] = number
          terms.append(name)
          documentFrequency.append(0)
        }
        bag[number, default: 0] += Self.authorWeight
      }
      for number in bag.keys { documentFrequency[Int(number)] += 1 }
      counts.append(bag)
    }
    let total = Double(events.count)
    idf = documentFrequency.map { frequency -> Double in
      log((total + 1) / (Double(frequency) + 1)) + 1
    }
    postings = Array(repeating: [], count: terms.count)
    vectors = counts.enumerated().map { index, bag in
      var vector = bag.map { Weight(term: $0.key, value: $0.value * idf[Int($0.key)]) }
      let norm = vector.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
      if norm > 0 { vector = vector.map { Weight(term: $0.term, value: $0.value / norm) } }
      vector.sort { $0.term < $1.term }
      for weight in vector { postings[Int(weight.term)].append(Int32(index)) }
      return vector
    }
  }

  /// A free text (interests, a reading list) as a vector in the same space: its words that the
  /// schedule knows.
  public func vector(for text: String) -> [Weight] {
    var numbers: [String: Int32] = [:]
    for (index, term) in terms.enumerated() { numbers[term] = Int32(index) }
    var bag: [Int32: Double] = [:]
    for word in Self.words(text) {
      guard let number = numbers[word] else { continue }
      bag[number, default: 0] += 1
    }
    var vector = bag.map { Weight(term: $0.key, value: (1 + log($0.value)) * idf[Int($0.key)]) }
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
    var scores: [Int: Double] = [:]
    for weight in query {
      for event in postings[Int(weight.term)] {
        let vector = vectors[Int(event)]
        if let match = Self.weight(of: weight.term, in: vector) {
          scores[Int(event), default: 0] += weight.value * match
        }
      }
    }
    return scores
  }

  /// The words two vectors share, most telling first (authors as their names).
  public func sharedWords(_ first: [Weight], _ second: [Weight], limit: Int = 4) -> [String] {
    var shared: [(String, Double)] = []
    for weight in first {
      if let other = Self.weight(of: weight.term, in: second) {
        shared.append((terms[Int(weight.term)], weight.value * other))
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

  /// The folded, stemmed words of a text that carry meaning.
  static func words(_ text: String) -> [String] {
    TextFolding.words(text).compactMap { word in
      guard word.count >= 2, !stopwords.contains(String(word)), !word.allSatisfy(\.isNumber) else {
        return nil
      }
      return stem(String(word))
    }
  }

  /// `networks` is `network`, `studies` is `study`; `loss`, `analysis` and short words stay.
  static func stem(_ word: String) -> String {
    guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      !word.hasSuffix("is")
    else { return word }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    return String(word.dropLast())
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
