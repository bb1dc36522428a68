extension TermVectors {
  /// An event's vector (by its index in the schedule), unit length and sorted by term: its
  /// words read as the index read them, each with its shortest form in the event's text.
  public func vector(of event: Int) -> [Weight] {
    guard events.indices.contains(event) else { return [] }
    let item = events[event]
    var bag: [Int32: Weight] = [:]
    var scratch: [UInt8] = []
    func credit(_ term: Int32, _ value: Double, word: Int32) {
      var weight = bag[term] ?? Weight(term: term, value: 0)
      weight.value += value
      if word >= 0, weight.word < 0 || isShorter(word, than: weight.word) { weight.word = word }
      bag[term] = weight
    }
    for (text, weight) in [
      (item.title, Self.titleWeight), (item.abstract, Self.abstractWeight),
      (item.track, Self.trackWeight), (item.session, Self.trackWeight),
    ] {
      guard let text else { continue }
      var counts: [Int32: (count: Int, word: Int32)] = [:]
      forEachTerm(in: text, scratch: &scratch) { term, word in
        var entry = counts[term] ?? (0, word)
        entry.count += 1
        if word >= 0, entry.word < 0 || isShorter(word, than: entry.word) { entry.word = word }
        counts[term] = entry
      }
      for (term, entry) in counts {
        credit(term, weight * Self.logCount(entry.count), word: entry.word)
      }
    }
    for author in item.authors {
      guard Self.authorName(author.name, into: &scratch),
        let id = extras.id(of: scratch)
      else { continue }
      credit(Int32(keyCount + id), Self.authorWeight, word: -1)
    }
    return unitLength(
      bag.values.map { weight in
        var weight = weight
        weight.value *= idf[Int(weight.term)]
        return weight
      })
  }

  /// A free text (interests, a reading list) as a vector in the same space: its words that the
  /// schedule knows.
  public func vector(for text: String) -> [Weight] {
    var counts: [Int32: Weight] = [:]
    var scratch: [UInt8] = []
    forEachTerm(in: text, scratch: &scratch) { term, word in
      var weight = counts[term] ?? Weight(term: term, value: 0, word: word)
      weight.value += 1
      if word >= 0, weight.word < 0 || isShorter(word, than: weight.word) { weight.word = word }
      counts[term] = weight
    }
    return unitLength(
      counts.values.map { weight in
        var weight = weight
        weight.value = Self.logCount(Int(weight.value)) * idf[Int(weight.term)]
        return weight
      })
  }

  /// The sum of some vectors, made unit length again: what a set of events is about.
  public static func centroid(_ vectors: [[Weight]]) -> [Weight] {
    var bag: [Int32: Weight] = [:]
    for vector in vectors {
      for weight in vector {
        var sum = bag[weight.term] ?? Weight(term: weight.term, value: 0, word: weight.word)
        sum.value += weight.value
        bag[weight.term] = sum
      }
    }
    var sum = Array(bag.values)
    let norm = sum.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
    if norm > 0 { sum = sum.map { Weight(term: $0.term, value: $0.value / norm, word: $0.word) } }
    return sum.sorted { $0.term < $1.term }
  }

  /// The words two vectors share, most telling first (authors as their names), each in the
  /// form the first vector's text wrote it (else the second's).
  public func sharedWords(_ first: [Weight], _ second: [Weight], limit: Int = 4) -> [String] {
    var shared: [(Weight, Double)] = []
    for weight in first {
      if let other = Self.weight(of: weight.term, in: second) {
        shared.append((weight.word >= 0 ? weight : other, weight.value * other.value))
      }
    }
    return shared.sorted { ($0.1, $1.0.term) > ($1.1, $0.0.term) }.prefix(limit).map {
      weight, _ in
      if weight.word >= 0 { return index.terms.string(Int(weight.word)) }
      let name = term(weight.term)
      return name.hasPrefix("author:") ? String(name.dropFirst(7)) : name
    }
  }

  /// A term's weight in a vector sorted by term.
  static func weight(of term: Int32, in vector: [Weight]) -> Weight? {
    var low = 0
    var high = vector.count
    while low < high {
      let middle = (low + high) / 2
      if vector[middle].term < term { low = middle + 1 } else { high = middle }
    }
    return low < vector.count && vector[low].term == term ? vector[low] : nil
  }

  // MARK: Words

  /// Weights without the terms left out, made unit length, sorted by term.
  private func unitLength(_ weights: [Weight]) -> [Weight] {
    var vector = weights.filter { $0.value > 0 }
    let norm = vector.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
    if norm > 0 {
      vector = vector.map { Weight(term: $0.term, value: $0.value / norm, word: $0.word) }
    }
    return vector.sorted { $0.term < $1.term }
  }

  /// Whether word `first` of the index is shorter than `second` (the plainer form to show).
  private func isShorter(_ first: Int32, than second: Int32) -> Bool {
    index.terms.term(Int(first)).count < index.terms.term(Int(second)).count
  }

  /// Calls `body` with the term and the index's word number (or -1) of each word of a text, as
  /// the index splits it: keys it knows, else track words it lacks. Terms left out still come.
  private func forEachTerm(
    in text: String, scratch: inout [UInt8], _ body: (Int32, Int32) -> Void
  ) {
    Self.forEachWord(text, scratch: &scratch) { word in
      if let found = Self.key(of: word, in: index) {
        body(found.term, found.word)
      } else if let id = extras.id(of: word) {
        body(Int32(keyCount + id), -1)
      }
    }
  }

  /// Calls `body` with each word of a folded text, split as the index splits it.
  static func forEachWord(
    _ text: String, scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    scratch.removeAll(keepingCapacity: true)
    text.withUTF8Bytes { TextFolding.fold($0, into: &scratch) }
    scratch.withUnsafeBufferPointer { folded in
      var start = 0
      for index in 0...folded.count where index == folded.count || folded[index] == 0x20 {
        if index > start { body(UnsafeBufferPointer(rebasing: folded[start..<index])) }
        start = index + 1
      }
    }
  }

  /// The key a folded word has in the index, with the word's own number when the index has
  /// it as written; nil for a stopword or a word whose key no event has.
  static func key(of word: UnsafeBufferPointer<UInt8>, in index: SearchIndex)
    -> (term: Int32, word: Int32)?
  {
    if let id = index.terms.id(of: word) {
      let key = index.key(ofTerm: id)
      return key >= 0 ? (Int32(key), Int32(id)) : nil
    }
    guard !SearchStopwords.contains(word) else { return nil }
    return index.keys.id(of: WordForms.key(word)).map { (Int32($0), -1) }
  }

  /// A track's terms and their weights: the index's keys for the words it has, new extra terms
  /// for those it lacks (a track is not indexed), letters, numbers and stopwords left out.
  static func trackTerms(
    _ track: String, index: SearchIndex, extras: inout TermTable, scratch: inout [UInt8]
  ) -> [(term: Int32, weight: Double)] {
    var counts: [Int32: Int] = [:]
    forEachWord(track, scratch: &scratch) { word in
      if let found = key(of: word, in: index) {
        counts[found.term, default: 0] += 1
      } else if !isLeftOut(word[...]), !SearchStopwords.contains(word),
        !stopwords.contains(String(decoding: word, as: UTF8.self))
      {
        counts[Int32(index.keys.count + extras.insert(word, 0..<word.count)), default: 0] += 1
      }
    }
    return counts.map { ($0.key, trackWeight * logCount($0.value)) }.sorted { $0.term < $1.term }
  }

  /// `author:` and an author's folded name in `scratch`; false for a name with no letters.
  static func authorName(_ name: String, into scratch: inout [UInt8]) -> Bool {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: "author:".utf8)
    name.withUTF8Bytes { TextFolding.fold($0, into: &scratch) }
    return scratch.count > 7
  }

  /// Whether a word tells nothing: one character, or only digits.
  static func isLeftOut(_ word: some Collection<UInt8>) -> Bool {
    var characters = 0
    var digits = true
    for byte in word {
      if byte & 0xC0 != 0x80 { characters += 1 }
      if byte < 0x30 || byte > 0x39 { digits = false }
    }
    return characters < 2 || digits
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
