/// An inverted index of the loaded events: for every folded word, where it occurs (event, field,
/// position). Built once per run; a query then touches only the postings of its words.
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

    /// How much a match here counts: title over authors over the rest.
    var weight: Float {
      switch self {
      case .title: return 100
      case .authors: return 60
      case .session: return 20
      case .abstract, .notes: return 10
      }
    }
  }

  var terms: TermTable
  /// Postings of term `id` are `postings[postingStarts[id]..<postingStarts[id + 1]]`, each packed
  /// as event << 24 | field << 16 | position.
  var postingStarts: [Int32] = []
  var postings: [UInt64] = []
  /// A thawed index keeps its postings delta-coded in the snapshot, `postingStarts` being byte
  /// offsets in this region of it.
  var encodedPostings: SnapshotRegion?
  /// The number of events indexed.
  public let eventCount: Int

  /// Indexes events; hit numbers refer to positions in this array.
  ///
  /// Two passes over the text, so that memory holds the postings and nothing more: the first
  /// counts each word's occurrences, the second puts them in place.
  public init(_ events: [Event]) {
    eventCount = events.count
    var counts: [Int32] = []
    var table = TermTable(capacity: 4096)
    SearchIndex.forEachWord(of: events, in: &table) { id, _ in
      if id == counts.count { counts.append(0) }
      counts[id] += 1
    }
    var starts = [Int32](repeating: 0, count: counts.count + 1)
    for id in counts.indices { starts[id + 1] = starts[id] + counts[id] }
    var fill = starts
    var placed = [UInt64](repeating: 0, count: Int(starts[counts.count]))
    SearchIndex.forEachWord(of: events, in: &table) { id, packed in
      placed[Int(fill[id])] = packed
      fill[id] += 1
    }
    terms = table
    postingStarts = starts
    postings = placed
  }

  /// Calls `body` with the term id and packed posting (event << 24 | field << 16 | position) of
  /// every word of every event, in order, adding new words to the table.
  private static func forEachWord(
    of events: [Event], in table: inout TermTable, _ body: (Int, UInt64) -> Void
  ) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4096)
    for (eventIndex, event) in events.enumerated() {
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
                let packed =
                  UInt64(eventIndex) << 24 | UInt64(field.rawValue) << 16
                  | UInt64(Swift.min(position, 0xFFFF))
                body(id, packed)
                position += 1
              }
              start = index + 1
            }
            index += 1
          }
        }
      }
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

  /// The number of distinct words.
  public var vocabularySize: Int { terms.count }

  /// The events that match every term of a query, best first.
  public func search(_ query: SearchQuery) -> SearchResult {
    guard !query.terms.isEmpty, eventCount > 0 else {
      return SearchResult(hits: [], matchedWords: [])
    }
    var total = [Float](repeating: 0, count: eventCount)
    // How many of the query's terms each event matched: as many as the query has terms, which
    // a pasted abstract takes past 255 (a UInt8 count overflowed and trapped).
    var matchedTerms = [Int](repeating: 0, count: eventCount)
    var words: Set<String> = []
    for term in query.terms {
      var best = [Float](repeating: 0, count: eventCount)
      let last = term.words.count - 1
      let perWord = term.words.enumerated().map { index, word in
        candidates(for: word, allowPrefix: index == last)
      }
      if perWord.contains(where: \.isEmpty) { return SearchResult(hits: [], matchedWords: []) }
      for candidate in perWord.joined() { words.insert(terms.string(candidate.id)) }
      if term.words.count == 1 {
        for candidate in perWord[0] {
          for packed in postings(of: candidate.id) {
            let event = Int(packed >> 24)
            let field = Field(rawValue: Int((packed >> 16) & 0xFF)) ?? .notes
            best[event] = Swift.max(best[event], field.weight * candidate.quality)
          }
        }
      } else {
        scorePhrase(perWord, into: &best)
      }
      for event in 0..<eventCount where best[event] > 0 {
        total[event] += best[event]
        matchedTerms[event] += 1
      }
    }
    let needed = query.terms.count
    var hits: [SearchHit] = []
    for event in 0..<eventCount where matchedTerms[event] == needed {
      hits.append(SearchHit(eventIndex: event, score: total[event]))
    }
    hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.eventIndex < $1.eventIndex }
    return SearchResult(hits: hits, matchedWords: words)
  }

  /// A vocabulary word a query word matches, and how well.
  struct Candidate {
    var id: Int
    var quality: Float
  }

  /// Exact word (1), a word it begins (0.8, for three letters or more), or else, for five
  /// letters or more, a word one typo away (0.6).
  func candidates(for word: String, allowPrefix: Bool) -> [Candidate] {
    let key = Array(word.utf8)
    var found: [Candidate] = []
    if let id = terms.id(of: key) { found.append(Candidate(id: id, quality: 1)) }
    if allowPrefix && key.count >= 3 {
      if terms.isSorted {
        // Terms that begin with the word sit together after it.
        var id = terms.lowerBound(key)
        while id < terms.count, terms.term(id).starts(with: key) {
          if terms.term(id).count > key.count { found.append(Candidate(id: id, quality: 0.8)) }
          id += 1
        }
      } else {
        for id in 0..<terms.count {
          let term = terms.term(id)
          if term.count > key.count, term.starts(with: key) {
            found.append(Candidate(id: id, quality: 0.8))
          }
        }
      }
    }
    guard found.isEmpty, key.count >= 5 else { return found }
    // No word matches or begins with it: forgive one typo.
    var typos: [Candidate] = []
    let slice = key[...]
    for id in 0..<terms.count {
      let term = terms.term(id)
      if abs(term.count - key.count) <= 1, EditDistance.isWithinOne(term, slice) {
        typos.append(Candidate(id: id, quality: 0.6))
      }
    }
    return typos
  }

  func postings(of id: Int) -> ArraySlice<UInt64> {
    let range = Int(postingStarts[id])..<Int(postingStarts[id + 1])
    guard let encoded = encodedPostings else { return postings[range] }
    var values: [UInt64] = []
    encoded.withBytes(range) { bytes in
      var value: UInt64 = 0
      var shift: UInt64 = 0
      var previous: UInt64 = 0
      for byte in bytes {
        value |= UInt64(byte & 31) << shift
        if byte & 0x40 != 0 {
          shift += 5
          continue
        }
        previous &+= value &- 1  // the writer stores value + 1
        values.append(previous)
        value = 0
        shift = 0
      }
    }
    return values[...]
  }

  /// Scores events where the words occur one after another in one field.
  private func scorePhrase(_ perWord: [[Candidate]], into best: inout [Float]) {
    guard perWord.allSatisfy({ !$0.isEmpty }) else { return }
    let positionMask: UInt64 = ~0xFFFF
    var following: [Set<UInt64>] = []
    for candidates in perWord.dropFirst() {
      var set: Set<UInt64> = []
      for candidate in candidates { set.formUnion(postings(of: candidate.id)) }
      following.append(set)
    }
    for candidate in perWord[0] {
      for packed in postings(of: candidate.id) {
        let position = packed & 0xFFFF
        let matches = following.enumerated().allSatisfy { offset, set in
          set.contains((packed & positionMask) | (position + UInt64(offset) + 1))
        }
        guard matches else { continue }
        let event = Int(packed >> 24)
        let field = Field(rawValue: Int((packed >> 16) & 0xFF)) ?? .notes
        best[event] = Swift.max(best[event], field.weight * candidate.quality * 1.2)
      }
    }
  }
}

/// What a search found.
public struct SearchResult: Sendable {
  /// The matching events, best first.
  public var hits: [SearchHit]
  /// The folded vocabulary words the query matched, for highlighting.
  public var matchedWords: Set<String>
}

/// One matching event.
public struct SearchHit: Hashable, Sendable {
  /// The event's position in the indexed array.
  public var eventIndex: Int
  /// Higher is better.
  public var score: Float
}
