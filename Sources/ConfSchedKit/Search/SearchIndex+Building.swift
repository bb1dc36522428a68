extension SearchIndex {
  /// What building an index gathers from the events, in one pass over their text: every word is
  /// folded, cut and looked up once, and kept as its key's number (four bytes) in document order;
  /// the postings are then coded in place key by key from those numbers (`encodedPostings`),
  /// with no per-key array and no second reading of the text.
  struct Builder: Sendable {
    /// The words as written, and their keys; `termKeys[term]` is -1 for a stopword.
    var terms = TermTable(capacity: 4096)
    var keys = TermTable(capacity: 4096)
    var termKeys: [Int32] = []
    /// The key of every indexed word, in document order.
    var wordKeys: [Int32] = []
    /// Stretches of `wordKeys` that are one text of one field of one event, whose positions
    /// run on one by one.
    var runs: [Run] = []
    /// The number of indexed words of each event's fields.
    var lengths: [UInt16]
    var acronyms = Acronyms()
    private var scratch: [UInt8] = []

    /// Where a run's postings point, and where it ends in `wordKeys`.
    struct Run {
      /// event << 24 | field << 16 of every posting of the run.
      var base: UInt64
      /// The position of the run's first word.
      var position: Int
      /// The index in `wordKeys` just past its last word.
      var end: Int
    }

    init(eventCount: Int) {
      lengths = [UInt16](repeating: 0, count: eventCount * Field.allCases.count)
    }

    /// Adds an event's words: each field's positions count from 0, the authors' with a gap of
    /// two between people (no phrase spans two of them).
    mutating func add(_ event: Event, number: Int) {
      var position = 0
      add(event.title, event: number, .title, position: &position)
      position = 0
      for author in event.authors {
        add(author.name, event: number, .authors, position: &position)
        if let affiliation = author.affiliation {
          add(affiliation, event: number, .authors, position: &position)
        }
        position += 2
      }
      if let session = event.session {
        position = 0
        add(session, event: number, .session, position: &position)
      }
      if let abstract = event.abstract {
        position = 0
        add(abstract, event: number, .abstract, position: &position)
      }
      if let notes = event.notes {
        position = 0
        add(notes, event: number, .notes, position: &position)
      }
      acronyms.learn(from: event.title)
      if let abstract = event.abstract { acronyms.learn(from: abstract) }
      if let notes = event.notes { acronyms.learn(from: notes) }
    }

    /// Adds the words of one text of a field, from `position` on.
    private mutating func add(
      _ text: String, event: Int, _ field: Field, position: inout Int
    ) {
      let first = wordKeys.count
      let start = position
      var buffer: [UInt8] = []
      swap(&buffer, &scratch)
      text.withUTF8Bytes { bytes in
        TextFolding.forEachWord(bytes, scratch: &buffer) { word in
          let id = terms.insert(word, 0..<word.count)
          if id == termKeys.count {
            termKeys.append(Builder.key(of: word, in: &keys))
          }
          let key = termKeys[id]
          if key >= 0 { wordKeys.append(key) }
        }
      }
      swap(&buffer, &scratch)
      let added = wordKeys.count - first
      guard added > 0 else { return }
      position += added
      let slot = event * Field.allCases.count + field.rawValue
      lengths[slot] = UInt16(clamping: Int(lengths[slot]) + added)
      runs.append(
        Run(
          base: UInt64(event) << 24 | UInt64(field.rawValue) << 16, position: start,
          end: wordKeys.count))
    }

    /// The key id of a new word, adding the key: -1 for a stopword.
    private static func key(of word: UnsafeBufferPointer<UInt8>, in keyTable: inout TermTable)
      -> Int32
    {
      guard !SearchStopwords.contains(word) else { return -1 }
      let key = WordForms.key(word)
      return Int32(key.withUnsafeBufferPointer { keyTable.insert($0, 0..<$0.count) })
    }
  }
}
