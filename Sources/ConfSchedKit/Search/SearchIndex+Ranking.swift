#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How search ranks: BM25F (Robertson, Zaragoza and Taylor, "Simple BM25 extension to multiple
/// weighted fields", CIKM 2004; the constants of Robertson and Zaragoza, "The Probabilistic
/// Relevance Framework: BM25 and Beyond", 2009), the ranking Giggity's search and most search
/// engines use, plus bonuses for the order of the query's words.
///
/// For each clause of the query, an event's weighted frequency is the sum over its matches of
/// `weight(field) × quality / (1 − b(field) + b(field) × length / average length)`; the clause
/// adds `idf × tf × (k1 + 1) / (k1 + tf)` with `idf = ln(1 + (N − df + 0.5) / (df + 0.5))`.
/// Then, per adjacent pair of plain query words found next to each other in that order,
/// `pairBonus × adjacency(field) × the sum of their idfs` (the rarer word's weight carries a
/// pair with a common one: `meta learning`); for the query's words making up the title
/// from its first word, `titleStartBonus × Σ idf`, or `wholeTitleBonus × Σ idf` when they are the
/// whole title.
extension SearchIndex.Field {
  /// How much a match in the field counts: title over authors over session over abstract over
  /// notes. A title match saturates at 10 (89 % of the most a clause can give with k1 = 1.2), so
  /// it takes ten mentions in an abstract to count as much.
  var weight: Float {
    switch self {
    case .title: return 10
    case .authors: return 6
    case .session: return 3
    case .abstract: return 1
    case .notes: return 0.8
    }
  }

  /// BM25's `b`: how much a long field dilutes a match. An author is an author in a paper of
  /// ten, so authors barely normalize.
  var lengthNormalization: Float {
    switch self {
    case .title, .abstract, .notes: return 0.75
    case .authors: return 0.3
    case .session: return 0.5
    }
  }

  /// How much two query words next to each other count here.
  var adjacency: Float {
    switch self {
    case .title: return 1
    case .authors: return 0.6
    case .session: return 0.5
    case .abstract: return 0.4
    case .notes: return 0.3
    }
  }
}

extension SearchIndex {
  /// BM25's term-frequency saturation.
  static let k1: Float = 1.2
  /// The weight of two query words found next to each other, in order.
  static let pairBonus: Float = 0.6
  /// The weight of a title that begins with the query's words.
  static let titleStartBonus: Float = 0.3
  /// The weight of a title that is the query's words.
  static let wholeTitleBonus: Float = 0.6

  /// The events that match every clause of a query and no excluded one, best first.
  public func search(_ query: SearchQuery) -> SearchResult {
    guard !query.isEmpty, eventCount > 0 else { return SearchResult(hits: [], matchedWords: []) }
    var cache = PostingCache()
    let plan = QueryPlan(query, index: self, postings: &cache)
    let fields = Field.allCases
    let weights = fields.map(\.weight)
    let normalizations = fields.map(\.lengthNormalization)
    let averages = averageLengths
    var score = [Float](repeating: 0, count: eventCount)
    var matched = [Int32](repeating: 0, count: eventCount)
    var fieldsHit = [UInt8](repeating: 0, count: eventCount)
    var scratch = [Float](repeating: 0, count: eventCount)
    var excluded: [Bool] = []
    var touched: [Int] = []
    var idfs = [Float](repeating: 0, count: plan.clauses.count)
    var needed: Int32 = 0
    var firstOccurrences: [Int: [(UInt64, Float)]] = [:]
    let total = Float(eventCount)
    for (number, clause) in plan.clauses.enumerated() {
      touched.removeAll(keepingCapacity: true)
      let spans = plan.spans.filter { $0.first <= number && number < $0.first + $0.count }
      let phrases = clause.phrases + spans.map(\.phrase)
      guard !phrases.isEmpty || clause.isExcluded else {
        return SearchResult(hits: [], matchedWords: [])
      }
      func add(_ packed: UInt64, _ quality: Float) {
        let event = Int(packed >> 24)
        let field = Int((packed >> 16) & 0xFF)
        if scratch[event] == 0 { touched.append(event) }
        let b = normalizations[field]
        let length = Float(fieldLengths[event &* 5 &+ field])
        scratch[event] += weights[field] * quality / (1 - b + b * length / averages[field])
        fieldsHit[event] |= 1 << UInt8(field)
      }
      for (position, phrase) in phrases.enumerated() {
        if phrase.slots.count == 1 {
          let slot = phrase.slots[0]
          let ranges = slot.keys.map { cache.range($0, in: self) }
          cache.withPostings { all in
            for (range, quality) in zip(ranges, slot.qualities) {
              for index in range { add(all[index], quality) }
            }
          }
        } else {
          let starts = phraseStarts(phrase.slots, &cache)
          for (packed, quality) in starts { add(packed, quality) }
          if position == 0 { firstOccurrences[number] = starts }
        }
      }
      if clause.isExcluded {
        if excluded.isEmpty { excluded = [Bool](repeating: false, count: eventCount) }
        for event in touched {
          excluded[event] = true
          scratch[event] = 0
        }
        continue
      }
      needed += 1
      let frequency = Float(touched.count)
      let idf = logf(1 + (total - frequency + 0.5) / (frequency + 0.5))
      idfs[number] = idf
      let k1 = SearchIndex.k1
      for event in touched {
        let tf = scratch[event]
        score[event] += idf * tf * (k1 + 1) / (k1 + tf)
        matched[event] += 1
        scratch[event] = 0
      }
    }
    addBonuses(plan, idfs, firstOccurrences, &cache, into: &score)
    var hits: [SearchHit] = []
    for event in 0..<eventCount where matched[event] == needed {
      if !excluded.isEmpty && excluded[event] { continue }
      hits.append(
        SearchHit(
          eventIndex: event, score: score[event],
          matchedFields: FieldSet(rawValue: fieldsHit[event]))
      )
    }
    hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.eventIndex < $1.eventIndex }
    return SearchResult(hits: hits, matchedWords: Set(plan.keys.map { keys.string($0) }))
  }

  /// Adds the bonuses for the query's words in order: adjacent pairs, a title that begins with
  /// them or is them.
  private func addBonuses(
    _ plan: QueryPlan, _ idfs: [Float], _ firstOccurrences: [Int: [(UInt64, Float)]],
    _ cache: inout PostingCache, into score: inout [Float]
  ) {
    let positive = plan.clauses.indices.filter { !plan.clauses[$0].isExcluded }
    // Adjacent pairs of plain words, or a span standing for both.
    var best = [Float](repeating: 0, count: eventCount)
    var touched: [Int] = []
    var pairStarts: [(UInt64, Float)]?
    for (left, right) in zip(positive, positive.dropFirst()) where right == left + 1 {
      guard let first = plan.clauses[left].word, let second = plan.clauses[right].word else {
        continue
      }
      func note(_ packed: UInt64, _: Float) {
        let event = Int(packed >> 24)
        let field = Field(rawValue: Int((packed >> 16) & 0xFF)) ?? .notes
        if best[event] == 0 { touched.append(event) }
        best[event] = Swift.max(best[event], field.adjacency)
      }
      let starts = forEachOccurrence(of: QueryPlan.Phrase(slots: [first, second]), &cache, note)
      if positive.count == 2 { pairStarts = starts }
      for span in plan.spans where span.first <= left && right < span.first + span.count {
        forEachOccurrence(of: span.phrase, &cache, note)
      }
      let weight = SearchIndex.pairBonus * (idfs[left] + idfs[right])
      for event in touched {
        score[event] += weight * best[event]
        best[event] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
    // The whole query in the title: every clause one term, their words in order.
    guard
      positive.allSatisfy({
        plan.clauses[$0].phrases.count >= 1 && (plan.clauses[$0].word != nil || positive.count == 1)
      })
    else { return }
    var slots: [QueryPlan.Slot] = []
    for number in positive { slots += plan.clauses[number].phrases[0].slots }
    let sum = positive.reduce(Float(0)) { $0 + idfs[$1] }
    func credit(_ packed: UInt64, _: Float) {
      guard (packed >> 16) & 0xFF == UInt64(Field.title.rawValue), packed & 0xFFFF == 0 else {
        return
      }
      let event = Int(packed >> 24)
      if length(event, Field.title.rawValue) == slots.count {
        score[event] += SearchIndex.wholeTitleBonus * sum
      } else if slots.count >= 2 {
        score[event] += SearchIndex.titleStartBonus * sum
      }
    }
    if let occurrences = positive.count == 1 ? firstOccurrences[positive[0]] : pairStarts {
      for (packed, quality) in occurrences { credit(packed, quality) }
    } else {
      forEachOccurrence(of: QueryPlan.Phrase(slots: slots), &cache, credit)
    }
  }

  /// Calls `body` with where each occurrence of a phrase starts and how well it matches; returns
  /// the occurrences of a phrase of several words, which it had to gather.
  @discardableResult
  func forEachOccurrence(
    of phrase: QueryPlan.Phrase, _ cache: inout PostingCache, _ body: (UInt64, Float) -> Void
  ) -> [(UInt64, Float)]? {
    if phrase.slots.count == 1 {
      let slot = phrase.slots[0]
      let ranges = slot.keys.map { cache.range($0, in: self) }
      cache.withPostings { all in
        for (range, quality) in zip(ranges, slot.qualities) {
          for index in range { body(all[index], quality) }
        }
      }
      return nil
    }
    let starts = phraseStarts(phrase.slots, &cache)
    for (packed, quality) in starts { body(packed, quality) }
    return starts
  }
}
