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
          ? (Stretch.measuring(front, from: 0, keys, rank, places: places), Stretch(places: 0))
          : Concurrently.run(
            { Stretch.measuring(front, from: 0, keys, rank, places: places) },
            {
              Stretch.measuring(
                back, from: middle, shared.value.0, shared.value.1, places: places)
            })
        // The second half's first posting of each key, coded against the first half's last.
        if !back.isEmpty {
          for place in 0..<places where second.first[place] != Stretch.none {
            let posting = second.first[place]
            second.bytes[place] +=
              Stretch.codedLength(posting &- first.last[place]) - Stretch.codedLength(posting)
          }
        }
        var starts = [Int](repeating: 0, count: places + 1)
        var secondCursors = [Int](repeating: 0, count: back.isEmpty ? 0 : places)
        for place in 0..<places {
          let end = starts[place] + first.bytes[place]
          if !back.isEmpty { secondCursors[place] = end }
          starts[place + 1] = end + (back.isEmpty ? 0 : second.bytes[place])
        }
        let length = starts[places]
        let region = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
          guard let base = buffer.baseAddress else {
            initialized = 0
            return
          }
          let firstCursors = Array(starts.dropLast())
          let firstLast = [UInt64](repeating: 0, count: places)
          if back.isEmpty {
            Stretch.write(front, from: 0, keys, rank, firstCursors, firstLast, into: base)
          } else {
            let into = Unshared(base)
            let (secondCursors, secondLast) = (secondCursors, first.last)
            _ = Concurrently.run(
              { Stretch.write(front, from: 0, keys, rank, firstCursors, firstLast, into: base) },
              {
                Stretch.write(
                  back, from: middle, shared.value.0, shared.value.1, secondCursors,
                  secondLast, into: into.value)
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

  /// What the first pass learns of a stretch of words, per key place.
  struct Stretch {
    /// The bytes of the key's postings in the stretch, each coded against the one before it
    /// there (the first against 0).
    var bytes: [Int]
    /// The key's first posting in the stretch, or `none`.
    var first: [UInt64]
    /// The key's last posting in the stretch, or 0.
    var last: [UInt64]

    /// No posting: none is this large (an event number takes 40 bits at most).
    static let none = UInt64.max

    init(places: Int) {
      bytes = [Int](repeating: 0, count: places)
      first = [UInt64](repeating: Self.none, count: places)
      last = [UInt64](repeating: 0, count: places)
    }

    /// The bytes `SnapshotWriter.write` takes for `delta`: it writes `delta + 1`, five bits a
    /// byte.
    @inline(__always)
    static func codedLength(_ delta: UInt64) -> Int {
      let bits = 64 - (delta &+ 1).leadingZeroBitCount
      return (bits + 4) / 5
    }

    /// Counts the bytes of the postings of `runs`, whose words start at `begin`.
    static func measuring(
      _ runs: ArraySlice<SearchIndex.Builder.Run>, from begin: Int,
      _ keys: UnsafeBufferPointer<Int32>, _ rank: UnsafeBufferPointer<Int32>, places: Int
    ) -> Stretch {
      var stretch = Stretch(places: places)
      stretch.bytes.withUnsafeMutableBufferPointer { bytes in
        stretch.first.withUnsafeMutableBufferPointer { first in
          stretch.last.withUnsafeMutableBufferPointer { last in
            var begin = begin
            for run in runs {
              var position = run.position
              for index in begin..<run.end {
                let place = Int(rank[Int(keys[index])])
                let posting = run.base | UInt64(Swift.min(position, 0xFFFF))
                if first[place] == none { first[place] = posting }
                bytes[place] += codedLength(posting &- last[place])
                last[place] = posting
                position += 1
              }
              begin = run.end
            }
          }
        }
      }
      return stretch
    }

    /// Writes the postings of `runs`, whose words start at `begin`, each key's at its cursor
    /// and on, each coded against the one before it (`last` holds the one before the first).
    static func write(
      _ runs: ArraySlice<SearchIndex.Builder.Run>, from begin: Int,
      _ keys: UnsafeBufferPointer<Int32>, _ rank: UnsafeBufferPointer<Int32>,
      _ cursors: [Int], _ last: [UInt64], into base: UnsafeMutablePointer<UInt8>
    ) {
      var cursors = cursors
      var last = last
      cursors.withUnsafeMutableBufferPointer { cursors in
        last.withUnsafeMutableBufferPointer { last in
          var begin = begin
          for run in runs {
            var position = run.position
            for index in begin..<run.end {
              let place = Int(rank[Int(keys[index])])
              let posting = run.base | UInt64(Swift.min(position, 0xFFFF))
              cursors[place] += SnapshotWriter.write(
                Int(posting &- last[place]), at: base + cursors[place])
              last[place] = posting
              position += 1
            }
            begin = run.end
          }
        }
      }
    }
  }
}
