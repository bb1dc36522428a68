extension SearchIndex.Builder {
  /// Every key's postings coded as a snapshot keeps them (each a varint of its difference from
  /// the key's previous posting, `SnapshotWriter.write`), the keys in the order of `rank`
  /// (`rank[key]` is a key's place), and where each place's bytes start (and, last, where the
  /// last one's end). The postings are packed as event << 24 | field << 16 | position, each
  /// key's in document order.
  ///
  /// Two passes over the words, with no array of postings between them (eight bytes a word,
  /// 48 MB for the 100x dump): the first counts each key's bytes, the second writes them in
  /// place. With many words each pass runs on two threads, a half of the words each; the
  /// second half's first posting of a key is then coded against the first half's last, so the
  /// bytes are the one thread's.
  func encodedPostings(rank: [Int32], wordsForTwoThreads: Int = Self.wordsForTwoThreads)
    -> (starts: [Int], region: [UInt8])
  {
    let places = rank.count
    let total = wordKeys.count
    // The runs before `cut` hold the first half of the words.
    let cut =
      total >= wordsForTwoThreads
      ? (runs.firstIndex { $0.end >= total / 2 }).map { $0 + 1 } ?? runs.count : runs.count
    let middle = cut > 0 ? runs[cut - 1].end : 0
    let front = runs[..<cut]
    let back = runs[cut...]
    return wordKeys.withUnsafeBufferPointer { keys in
      rank.withUnsafeBufferPointer { rank in
        let shared = Unshared((keys, rank))
        var (first, second) =
          back.isEmpty
          ? (Tally.measuring(front, from: 0, keys, rank, places: places), [])
          : Concurrently.run(
            { Tally.measuring(front, from: 0, keys, rank, places: places) },
            {
              Tally.measuring(back, from: middle, shared.value.0, shared.value.1, places: places)
            })
        // The second half's first posting of each key, coded against the first half's last.
        for place in second.indices where second[place].first != Tally.none {
          let posting = second[place].first
          second[place].bytes +=
            Tally.codedLength(posting &- first[place].last) - Tally.codedLength(posting)
        }
        // Where each place starts, and where each half writes its postings from.
        var starts = [Int](repeating: 0, count: places + 1)
        var frontCursors = [Cursor](repeating: Cursor(at: 0, last: 0), count: places)
        var backCursors = [Cursor](repeating: Cursor(at: 0, last: 0), count: second.count)
        for place in 0..<places {
          frontCursors[place].at = starts[place]
          let end = starts[place] + first[place].bytes
          starts[place + 1] = end
          if !back.isEmpty {
            backCursors[place] = Cursor(at: end, last: first[place].last)
            starts[place + 1] += second[place].bytes
          }
        }
        let length = starts[places]
        let region = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
          guard let base = buffer.baseAddress else {
            initialized = 0
            return
          }
          if back.isEmpty {
            Cursor.write(front, from: 0, keys, rank, frontCursors, into: base)
          } else {
            let into = Unshared(base)
            let backCursors = backCursors
            _ = Concurrently.run(
              { Cursor.write(front, from: 0, keys, rank, frontCursors, into: base) },
              {
                Cursor.write(
                  back, from: middle, shared.value.0, shared.value.1, backCursors,
                  into: into.value)
              })
          }
          initialized = length
        }
        return (starts, region)
      }
    }
  }

  /// From how many words `encodedPostings` codes them on two threads (the tests give others).
  static let wordsForTwoThreads = 1 << 20

  /// Calls `body` with the place of each word's key and the word's packed posting, in
  /// document order, for the words of `runs`, which start at `begin`: the walk both passes take.
  @inline(__always)
  static func forEachPosting(
    _ runs: ArraySlice<Run>, from begin: Int, _ keys: UnsafeBufferPointer<Int32>,
    _ rank: UnsafeBufferPointer<Int32>, _ body: (_ place: Int, _ posting: UInt64) -> Void
  ) {
    var begin = begin
    for run in runs {
      var position = run.position
      for index in begin..<run.end {
        body(Int(rank[Int(keys[index])]), run.base | UInt64(Swift.min(position, 0xFFFF)))
        position += 1
      }
      begin = run.end
    }
  }

  /// What the first pass learns of a stretch of words about one key (each key's three in one
  /// place: a word's pass then touches one cache line, not three).
  struct Tally {
    /// The bytes of the key's postings in the stretch, each coded against the one before it
    /// there (the first against 0).
    var bytes = 0
    /// The key's first posting in the stretch, or `none`.
    var first = Tally.none
    /// The key's last posting in the stretch, or 0.
    var last: UInt64 = 0

    /// No posting: none is this large (an event number takes 40 bits at most).
    static let none = UInt64.max

    /// The bytes `SnapshotWriter.write` takes for `delta`: it writes `delta + 1`, five bits a
    /// byte.
    @inline(__always)
    static func codedLength(_ delta: UInt64) -> Int {
      let bits = 64 - (delta &+ 1).leadingZeroBitCount
      return (bits + 4) / 5
    }

    /// Counts the bytes of each key's postings among the words of `runs`, which start at
    /// `begin`: a tally per place.
    static func measuring(
      _ runs: ArraySlice<SearchIndex.Builder.Run>, from begin: Int,
      _ keys: UnsafeBufferPointer<Int32>, _ rank: UnsafeBufferPointer<Int32>, places: Int
    ) -> [Tally] {
      var tallies = [Tally](repeating: Tally(), count: places)
      tallies.withUnsafeMutableBufferPointer { tallies in
        SearchIndex.Builder.forEachPosting(runs, from: begin, keys, rank) { place, posting in
          if tallies[place].first == none { tallies[place].first = posting }
          tallies[place].bytes += codedLength(posting &- tallies[place].last)
          tallies[place].last = posting
        }
      }
      return tallies
    }
  }

  /// Where the second pass writes a key's next posting, and the posting before it.
  struct Cursor {
    var at: Int
    var last: UInt64

    /// Writes the postings of `runs`, whose words start at `begin`, each key's at its cursor
    /// and on, each coded against the one before it.
    static func write(
      _ runs: ArraySlice<SearchIndex.Builder.Run>, from begin: Int,
      _ keys: UnsafeBufferPointer<Int32>, _ rank: UnsafeBufferPointer<Int32>,
      _ cursors: [Cursor], into base: UnsafeMutablePointer<UInt8>
    ) {
      var cursors = cursors
      cursors.withUnsafeMutableBufferPointer { cursors in
        SearchIndex.Builder.forEachPosting(runs, from: begin, keys, rank) { place, posting in
          cursors[place].at += SnapshotWriter.write(
            Int(posting &- cursors[place].last), at: base + cursors[place].at)
          cursors[place].last = posting
        }
      }
    }
  }
}
