/// A place in the user's own notes that a search reached: a reading list's mention, or an
/// attendee's notes under an event.
public struct NoteHit: Hashable, Sendable {
  /// Where it stands.
  public var source: SourceLocation
  /// The line that matched (a mention's whole line, or the matching line of an event's notes).
  public var text: String
  /// The event whose notes matched, for notes under an event.
  public var event: EventID?
}

/// Finds a query's words in the notes of the loaded dumps: reading lists' mentions and the
/// notes under events. Every word of the query must be there (as a word or the start of one).
public enum NoteSearch {
  /// The note hits of a query, mentions first, in load order.
  public static func hits(_ query: SearchQuery, in schedule: Schedule, mentions: [Mention] = [])
    -> [NoteHit]
  {
    guard !query.isEmpty else { return [] }
    var matcher = Matcher(query)
    var firstWords = Matcher(SearchQuery(query.terms.first?.words.joined(separator: " ") ?? ""))
    var hits: [NoteHit] = []
    for mention in mentions where matcher.matches(mention.context) {
      hits.append(
        NoteHit(source: mention.source, text: mention.context.trimmingSpaces(), event: nil))
    }
    // Only the events with notes: of a frozen schedule, only those are thawed.
    for index in schedule.positionsWithNotes {
      let event = schedule.event(at: index)
      guard let notes = event.notes, matcher.matches(notes) else { continue }
      let lines = notes.split(separator: "\n").map(String.init)
      let line = lines.first { firstWords.matches($0) }
      hits.append(
        NoteHit(
          source: event.source, text: (line ?? lines.first ?? "").trimmingSpaces(), event: event.id)
      )
    }
    return hits
  }

  /// Whether the text has a term of every clause of the query and no excluded one: each word a
  /// prefix of a word or one of its forms (`WordForms`), a phrase's words one after another
  /// (stopwords skipped). Works on the folded bytes.
  static func matches(_ query: SearchQuery, _ text: String) -> Bool {
    var matcher = Matcher(query)
    return matcher.matches(text)
  }

  /// A query made ready to test many texts: each term's words as bytes and their keys, made
  /// once rather than for every note and mention.
  struct Matcher {
    private struct Part {
      var bytes: [UInt8]
      var key: [UInt8]
    }
    /// Each clause's terms (each its parts), and whether the clause excludes.
    private let clauses: [(terms: [[Part]], isExcluded: Bool)]
    // Work space kept from one text to the next, so that testing a hundred notes allocates
    // nothing after the first: the text folded, its words, and what is known of each word.
    private var folded: [UInt8] = []
    private var words: [Range<Int>] = []
    /// Per word: 0 not known yet, 1 a word, 2 a stopword.
    private var kinds: [UInt8] = []
    /// Per word: where its key is in `keyBytes` (made when first needed), or nil.
    private var keys: [Range<Int>?] = []
    private var keyBytes: [UInt8] = []

    init(_ query: SearchQuery) {
      clauses = query.clauses.map { clause in
        let terms = clause.terms.map { term in
          term.words.map { word in
            Part(bytes: Array(word.utf8), key: WordForms.key(Array(word.utf8)))
          }
        }
        return (terms, clause.isExcluded)
      }
    }

    /// See `NoteSearch.matches`. The words are listed with their stopwords, which are told
    /// apart only where a word could match: most words of a note start with a letter no part
    /// starts with and are passed over at the cost of one comparison.
    mutating func matches(_ text: String) -> Bool {
      folded.removeAll(keepingCapacity: true)
      folded.reserveCapacity(text.utf8.count)
      text.withUTF8Bytes { TextFolding.fold($0, into: &folded) }
      // Word starts and ends in the folded text, stopwords included.
      words.removeAll(keepingCapacity: true)
      folded.withUnsafeBufferPointer { folded in
        var start = 0
        for index in 0...folded.count where index == folded.count || folded[index] == 0x20 {
          if index > start { words.append(start..<index) }
          start = index + 1
        }
      }
      kinds.removeAll(keepingCapacity: true)
      kinds.append(contentsOf: repeatElement(0, count: words.count))
      keys.removeAll(keepingCapacity: true)
      keys.append(contentsOf: repeatElement(nil, count: words.count))
      keyBytes.removeAll(keepingCapacity: true)
      for clause in clauses {
        var found = false
        for term in clause.terms where contains(term) {
          found = true
          break
        }
        if found == clause.isExcluded { return false }
      }
      return true
    }

    private mutating func isStopword(_ index: Int) -> Bool {
      if kinds[index] == 0 {
        let range = words[index]
        kinds[index] =
          folded.withUnsafeBufferPointer {
            SearchStopwords.contains(UnsafeBufferPointer(rebasing: $0[range]))
          } ? 2 : 1
      }
      return kinds[index] == 2
    }

    private mutating func word(_ index: Int, matches part: Part) -> Bool {
      let range = words[index]
      // A word's forms share its first letter (`WordForms` only changes endings): a word that
      // starts otherwise is neither the part's prefix nor one of its forms, and its key, the
      // costly part of a note search, is never made.
      if let first = part.bytes.first, folded[range.lowerBound] != first { return false }
      if range.count >= part.bytes.count
        && folded[range.lowerBound..<range.lowerBound + part.bytes.count].elementsEqual(
          part.bytes)
      {
        return true
      }
      if keys[index] == nil {
        let key = WordForms.key(folded[range])
        keys[index] = keyBytes.count..<keyBytes.count + key.count
        keyBytes += key
      }
      return keys[index].map { keyBytes[$0].elementsEqual(part.key) } ?? false
    }

    /// Whether the parts stand one after another in the words that are not stopwords.
    private mutating func contains(_ parts: [Part]) -> Bool {
      guard let head = parts.first else { return true }
      let headByte = head.bytes.first
      for index in words.indices {
        if let headByte, folded[words[index].lowerBound] != headByte { continue }
        guard !isStopword(index), word(index, matches: head) else { continue }
        var next = index + 1
        var found = true
        for part in parts.dropFirst() {
          while next < words.count && isStopword(next) { next += 1 }
          guard next < words.count, word(next, matches: part) else {
            found = false
            break
          }
          next += 1
        }
        if found { return true }
      }
      return false
    }
  }
}
