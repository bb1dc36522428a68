/// How alike a mention and a title are, from 0 to 1: a weighted Dice coefficient over their
/// words, where a pair of words counts by how alike the two words are.
///
/// Words pair up one to one: equal words first (the closest in position when a word repeats),
/// then a word with two neighbours it joins (`iresnet` with `i resnet`, `multiagent` with
/// `multi agent`), then the rest, the most alike first. A pair counts its similarity times the
/// two words' weights; the score is what the pairs count over the weight of all words, so a
/// word missing on either side lowers it.
enum TitleSimilarity {
  /// Two words one typo apart (`saerch`, `search`; `modelling`, `modeling`), or a plural.
  static let typo = 0.9
  /// Two long words two typos apart (`impliic`, `implicit`).
  static let twoTypos = 0.75
  /// A word cut short (`algo`, `algorithm`).
  static let abbreviation = 0.7

  /// The similarity of two folded words: 1 when equal; `typo` when one edit apart and five
  /// letters or more (four-letter words are too often other words: `less`, `loss`), or one is
  /// the other's plural; `twoTypos` for two edits in words of seven letters or more;
  /// `abbreviation` when one of four letters or more starts the other; else 0. Numbers must
  /// be equal. The masks (`TitleWords.letterMask`) rule most pairs out before any distance.
  static func words(
    _ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, masks: (UInt32, UInt32)? = nil
  ) -> Double {
    if a.count == b.count, a.elementsEqual(b) { return 1 }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard let first = short.first, !first.isDigit, let longFirst = long.first, !longFirst.isDigit
    else { return 0 }
    let extra = long.count - short.count
    if extra >= 2 {
      guard short.count >= 4, first == longFirst, long.starts(with: short) else {
        return extra == 2 && short.count >= 7 && isWithinTwo(short, long, masks) ? twoTypos : 0
      }
      return abbreviation
    }
    if extra == 1, short.count >= 3, long.last == UInt8(ascii: "s"),
      long.prefix(short.count).elementsEqual(short)
    {
      return typo
    }
    guard short.count >= 5 else { return 0 }
    let differing =
      ((masks?.0 ?? TitleWords.letterMask(a)) ^ (masks?.1 ?? TitleWords.letterMask(b)))
      .nonzeroBitCount
    if differing <= 2, EditDistance.isWithinOne(short, long) { return typo }
    return short.count >= 7 && differing <= 4
      && EditDistance.alignment(short, long, limit: 2) != nil
      ? twoTypos : 0
  }

  private static func isWithinTwo(
    _ short: ArraySlice<UInt8>, _ long: ArraySlice<UInt8>, _ masks: (UInt32, UInt32)?
  ) -> Bool {
    let differing =
      ((masks?.0 ?? TitleWords.letterMask(short)) ^ (masks?.1 ?? TitleWords.letterMask(long)))
      .nonzeroBitCount
    return differing <= 4 && EditDistance.alignment(short, long, limit: 2) != nil
  }

  /// The similarity of a mention and a title. `similar(i, j)` is the similarity of the
  /// mention's word `i` and the title's word `j`, which a caller may cache.
  static func score(
    _ mention: TitleWords, _ title: TitleWords, similar: (Int, Int) -> Double
  ) -> Double {
    let total = mention.totalWeight + title.totalWeight
    guard total > 0 else { return 0 }
    return withUnsafeTemporaryAllocation(of: Bool.self, capacity: mention.count + title.count) {
      used in
      used.initialize(repeating: false)
      var matched = 0.0
      // Equal words first, each with the nearest equal word left; then words joined or split;
      // then the rest, most alike first.
      for i in 0..<mention.count {
        var nearest = -1
        for j in 0..<title.count where !used[mention.count + j] && similar(i, j) == 1 {
          if nearest < 0 || abs(i - j) < abs(i - nearest) { nearest = j }
        }
        if nearest >= 0 {
          used[i] = true
          used[mention.count + nearest] = true
          matched += mention.weights[i] + title.weights[nearest]
        }
      }
      matched += joined(mention, title, used, mentionFirst: true)
      matched += joined(title, mention, used, mentionFirst: false)
      var rest: [(similarity: Double, distance: Int, i: Int, j: Int)] = []
      for i in 0..<mention.count where !used[i] {
        for j in 0..<title.count where !used[mention.count + j] {
          let similarity = similar(i, j)
          if similarity > 0 { rest.append((similarity, abs(i - j), i, j)) }
        }
      }
      rest.sort { ($0.similarity, -$0.distance) > ($1.similarity, -$1.distance) }
      for pair in rest where !used[pair.i] && !used[mention.count + pair.j] {
        used[pair.i] = true
        used[mention.count + pair.j] = true
        matched += pair.similarity * (mention.weights[pair.i] + title.weights[pair.j])
      }
      return min(1, matched / total)
    }
  }

  /// The similarity of a mention and a title, each pair of words compared afresh.
  static func score(_ mention: TitleWords, _ title: TitleWords) -> Double {
    score(mention, title) { i, j in
      words(mention.word(i), title.word(j), masks: (mention.masks[i], title.masks[j]))
    }
  }

  /// Pairs each unused word of `one` with two unused neighbours of `other` that it joins; returns
  /// their weight. `used` holds the mention's flags, then the title's.
  private static func joined(
    _ one: TitleWords, _ other: TitleWords, _ used: UnsafeMutableBufferPointer<Bool>,
    mentionFirst: Bool
  ) -> Double {
    guard other.count >= 2 else { return 0 }
    let oneBase = mentionFirst ? 0 : other.count
    let otherBase = mentionFirst ? one.count : 0
    var matched = 0.0
    for i in 0..<one.count where !used[oneBase + i] {
      let word = one.word(i)
      for j in 0..<other.count - 1 where !used[otherBase + j] && !used[otherBase + j + 1] {
        let left = other.word(j)
        let right = other.word(j + 1)
        guard word.count == left.count + right.count, word.starts(with: left),
          word.dropFirst(left.count).elementsEqual(right)
        else { continue }
        used[oneBase + i] = true
        used[otherBase + j] = true
        used[otherBase + j + 1] = true
        matched += one.weights[i] + other.weights[j] + other.weights[j + 1]
        break
      }
    }
    return matched
  }
}
