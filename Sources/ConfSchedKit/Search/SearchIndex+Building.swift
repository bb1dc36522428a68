extension SearchIndex {
  /// What building an index gathers from the events, in one pass over their text: every word is
  /// folded, cut and looked up once, and kept as its key's number (four bytes) in document order;
  /// the postings are then put in place key by key from those numbers (a counting sort), with
  /// no per-key array and no second reading of the text.
  struct Builder: Sendable {
    /// The words as written, and their keys; `termKeys[term]` is -1 for a stopword.
    var terms = TermTable(capacity: 4096)
    var keys = TermTable(capacity: 4096)
    var termKeys: [Int32] = []
    /// How many postings each key has.
    var counts: [Int32] = []
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
            let key = Builder.key(of: word, in: &keys)
            termKeys.append(key)
            if Int(key) == counts.count { counts.append(0) }
          }
          let key = termKeys[id]
          if key >= 0 {
            counts[Int(key)] &+= 1
            wordKeys.append(key)
          }
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

    /// Where each key's postings start (and, last, where the last one ends), and the postings,
    /// packed as event << 24 | field << 16 | position, each key's in document order.
    ///
    /// With many words, a second thread places the second half of them, each key's after the
    /// first half's (it counts the first half's per key first): the placing is a random write
    /// per word, and it was the one part of an index built on one thread alone.
    func postings(wordsForTwoThreads: Int = Builder.wordsForTwoThreads)
      -> (starts: [Int32], postings: [UInt64])
    {
      var sums = [Int32](repeating: 0, count: counts.count + 1)
      for id in counts.indices { sums[id + 1] = sums[id] + counts[id] }
      let starts = sums
      let total = wordKeys.count
      // The runs before `cut` hold the first half of the words.
      let cut =
        total >= wordsForTwoThreads
        ? (runs.firstIndex { $0.end >= total / 2 }).map { $0 + 1 } ?? runs.count : runs.count
      let middle = cut > 0 ? runs[cut - 1].end : 0
      let placed = [UInt64](unsafeUninitializedCapacity: total) { buffer, initialized in
        wordKeys.withUnsafeBufferPointer { keys in
          guard cut < runs.count else {
            place(runs[...], from: 0, keys, fill: starts, into: buffer)
            return
          }
          let shared = Unshared((keys, buffer))
          _ = Concurrently.run(
            { place(runs[..<cut], from: 0, keys, fill: starts, into: buffer) },
            {
              let (keys, buffer) = shared.value
              var fill = starts
              for index in 0..<middle { fill[Int(keys[index])] &+= 1 }
              place(runs[cut...], from: middle, keys, fill: fill, into: buffer)
            })
        }
        initialized = total
      }
      return (starts, placed)
    }

    /// From how many words `postings()` places them on two threads (the tests give others).
    static let wordsForTwoThreads = 1 << 20

    /// Places the postings of `runs`, whose words start at `begin`, each key's at its `fill`
    /// and on.
    private func place(
      _ runs: ArraySlice<Run>, from begin: Int, _ keys: UnsafeBufferPointer<Int32>,
      fill: [Int32], into buffer: UnsafeMutableBufferPointer<UInt64>
    ) {
      var fill = fill
      fill.withUnsafeMutableBufferPointer { fill in
        var begin = begin
        for run in runs {
          var position = run.position
          for index in begin..<run.end {
            let key = Int(keys[index])
            buffer[Int(fill[key])] = run.base | UInt64(Swift.min(position, 0xFFFF))
            fill[key] &+= 1
            position += 1
          }
          begin = run.end
        }
      }
    }
  }
}
