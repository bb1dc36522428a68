import Synchronization

extension SearchIndex {
  /// One index built by two threads: the events are cut into chunks, which one thread takes
  /// from the front while the other, once done with work of its own, takes them from the back,
  /// until the two meet. The front thread gathers its chunks in one builder; each chunk from the
  /// back gets a builder of its own, taken into the front's in order at the end, so that every
  /// word, key and posting is numbered as one thread reading all the events in order would
  /// have numbered it: the index is the same, byte for byte.
  final class SharedBuild: Sendable {
    /// The events, in lists numbered on from one to the next (a schedule's parts).
    let lists: [[Event]]
    /// Where each list's events start in that numbering; the last is the number of events.
    let starts: [Int]
    /// The events of chunk `c` are `c * chunkSize ..< min((c + 1) * chunkSize, count)`.
    let chunkSize: Int
    /// How many chunks there are (at most `chunks`, at most the number of events).
    let chunkCount: Int
    /// The chunks not yet taken, `front ..< back`: the front's next chunk in the low 16 bits,
    /// one past the back's next chunk in the high 16 (an `Int` of 32 bits holds both).
    private let claims: Atomic<Int>

    /// Cuts the events of `lists` into `chunks` chunks (at most 65,535).
    init(_ lists: [[Event]], chunks: Int = 64) {
      self.lists = lists
      var starts = [0]
      for events in lists { starts.append(starts[starts.count - 1] + events.count) }
      self.starts = starts
      let count = starts[starts.count - 1]
      let chunks = Swift.min(Swift.max(chunks, 1), 0xFFFF)
      chunkSize = Swift.max(1, (count + chunks - 1) / chunks)
      chunkCount = (count + chunkSize - 1) / chunkSize
      claims = Atomic(chunkCount << 16)
    }

    /// The number of events in all the lists.
    var eventCount: Int { starts[starts.count - 1] }

    /// The chunks from the front, as many as the other thread leaves, in one builder.
    func buildFromFront() -> Builder {
      var builder = Builder(eventCount: eventCount)
      while let chunk = claim(fromFront: true) { add(chunk, to: &builder) }
      return builder
    }

    /// Whether the front took every chunk, asked on the thread that ran `buildFromFront`
    /// once it has returned (that thread saw the claims as it left them): the back then takes
    /// none, for the front ends when it meets the back, and has taken the last chunk only
    /// when the back took none.
    var frontTookAll: Bool {
      claims.load(ordering: .relaxed) >> 16 == chunkCount
    }

    /// The chunks from the back that the front has not reached, each in a builder of its own,
    /// the last chunk first.
    func buildFromBack() -> [(chunk: Int, builder: Builder)] {
      var built: [(chunk: Int, builder: Builder)] = []
      while let chunk = claim(fromFront: false) {
        var builder = Builder(eventCount: eventCount)
        add(chunk, to: &builder)
        built.append((chunk, builder))
      }
      return built
    }

    /// The index, once both threads are done: the front's builder with the back's chunks
    /// taken in, in order. Both are consumed, so that their memory goes as soon as it can.
    func index(front builder: consuming Builder, back: consuming [(chunk: Int, builder: Builder)])
      -> SearchIndex
    {
      // Room for all of them at once: a reserve per chunk would move the front's words to an
      // array of exactly the new size each time, all of them once per chunk.
      builder.wordKeys.reserveCapacity(
        builder.wordKeys.count + back.reduce(0) { $0 + $1.builder.wordKeys.count })
      builder.runs.reserveCapacity(
        builder.runs.count + back.reduce(0) { $0 + $1.builder.runs.count })
      for (chunk, other) in back.reversed() {
        builder.absorb(other, events: range(of: chunk))
      }
      back = []  // the back's builders go now, before the postings are coded
      return SearchIndex(built: consume builder, eventCount: eventCount)
    }

    /// The next chunk from the front or from the back; nil when none is left. Relaxed: no data
    /// passes through the claims (the events are read-only, the builders are handed over by
    /// the join).
    private func claim(fromFront: Bool) -> Int? {
      var current = claims.load(ordering: .relaxed)
      while true {
        let front = current & 0xFFFF
        let back = current >> 16
        guard front < back else { return nil }
        let next = fromFront ? current + 1 : current - (1 << 16)
        let (exchanged, original) = claims.compareExchange(
          expected: current, desired: next, ordering: .relaxed)
        if exchanged { return fromFront ? front : back - 1 }
        current = original
      }
    }

    /// The numbers of a chunk's events.
    private func range(of chunk: Int) -> Range<Int> {
      chunk * chunkSize..<Swift.min((chunk + 1) * chunkSize, eventCount)
    }

    /// Adds a chunk's events to a builder, in order.
    private func add(_ chunk: Int, to builder: inout Builder) {
      let numbers = range(of: chunk)
      // The list holding the chunk's first event: the last whose start is not past it.
      var list = 0
      while starts[list + 1] <= numbers.lowerBound { list += 1 }
      for number in numbers {
        while number >= starts[list + 1] { list += 1 }
        builder.add(lists[list][number - starts[list]], number: number)
      }
    }
  }
}

extension SearchIndex.Builder {
  /// Takes in what another builder gathered from later events (`events`, numbered as here): its
  /// new words and keys are numbered after this one's, in the order it met them, its postings
  /// follow this one's.
  mutating func absorb(_ other: SearchIndex.Builder, events: Range<Int>) {
    var keyMap = [Int32](repeating: -1, count: other.keys.count)
    other.keys.bytes.withUnsafeBufferPointer { bytes in
      for key in 0..<other.keys.count {
        let range = Int(other.keys.starts[key])..<Int(other.keys.starts[key + 1])
        keyMap[key] = Int32(keys.insert(bytes, range))
      }
    }
    other.terms.bytes.withUnsafeBufferPointer { bytes in
      for term in 0..<other.terms.count {
        let range = Int(other.terms.starts[term])..<Int(other.terms.starts[term + 1])
        let id = terms.insert(bytes, range)
        if id == termKeys.count {
          let key = other.termKeys[term]
          termKeys.append(key < 0 ? -1 : keyMap[Int(key)])
        }
      }
    }
    let shift = wordKeys.count
    for key in other.wordKeys { wordKeys.append(keyMap[Int(key)]) }
    for run in other.runs {
      runs.append(Run(base: run.base, position: run.position, end: run.end + shift))
    }
    let fields = SearchIndex.Field.allCases.count
    let slots = events.lowerBound * fields..<events.upperBound * fields
    lengths.replaceSubrange(slots, with: other.lengths[slots])
    acronyms.absorb(other.acronyms)
  }
}
