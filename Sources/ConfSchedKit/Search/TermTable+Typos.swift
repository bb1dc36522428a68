extension TermTable {
  /// Calls `body` with the id of every term one typo away from `word` or equal to it
  /// (`EditDistance.isWithinOne`), reading the table's bytes in place: a search looks for
  /// typos of each of its words over the whole vocabulary, and making a slice of every term
  /// (a retain and a release each) cost more than the comparisons.
  ///
  /// A term one edit away agrees with the word on its first byte, or the edit is there: then
  /// the term's second byte is the word's second (a replaced first letter), or the word's first
  /// (one put in front, or the first two swapped), or its first byte is the word's second (the
  /// first letter left out). Whatever passes that cheap test is compared in full.
  func forEachTerm(withinOneEditOf word: [UInt8], _ body: (Int) -> Void) {
    guard !word.isEmpty else { return }
    bytes.withUnsafeBufferPointer { all in
      starts.withUnsafeBufferPointer { starts in
        word.withUnsafeBufferPointer { word in
          let (w0, w1) = (word[0], word.count > 1 ? word[1] : 0)
          for id in 0..<(starts.count - 1) {
            let start = Int(starts[id])
            let count = Int(starts[id + 1]) - start
            guard count >= word.count - 1, count <= word.count + 1, count > 0 else { continue }
            let t0 = all[start]
            let t1 = count > 1 ? all[start + 1] : 0
            guard t0 == w0 || t1 == w1 || t1 == w0 || t0 == w1 else { continue }
            let term = UnsafeBufferPointer(rebasing: all[start..<start + count])
            if EditDistance.isWithinOne(term, word) { body(id) }
          }
        }
      }
    }
  }
}
