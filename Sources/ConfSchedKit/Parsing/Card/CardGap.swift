/// The paragraphs between two card headers (or before the first, or after the last), as the
/// card reader needs them: the first two (the authors, and the start of the abstract) and the
/// last three (the end of the abstract and the next card's title), with their count. A gap of
/// millions of paragraphs, as in a file of no family, costs no more than a short one.
///
/// The five are kept in fields, not arrays: a gap a card is a value with no heap storage.
struct CardGap {
  /// How many paragraphs the gap holds.
  private(set) var count = 0
  private var head0 = CardGap.placeholder
  private var head1 = CardGap.placeholder
  /// The last three, by index modulo three.
  private var tail0 = CardGap.placeholder
  private var tail1 = CardGap.placeholder
  private var tail2 = CardGap.placeholder

  private static let placeholder = Paragraph(Line(start: 0, end: 0, number: 0))

  mutating func append(_ paragraph: Paragraph) {
    if count == 0 { head0 = paragraph } else if count == 1 { head1 = paragraph }
    switch count % 3 {
    case 0: tail0 = paragraph
    case 1: tail1 = paragraph
    default: tail2 = paragraph
    }
    count += 1
  }

  /// Appends the paragraphs of a gap that follows this one in the text: the ones it keeps,
  /// and the count of the ones it does not (in its middle).
  mutating func append(contentsOf later: CardGap) {
    for offset in 0..<CardGap.keptCount(later.count) {
      let index = CardGap.keptIndex(offset, count: later.count)
      // Past the first two, the kept ones start `index - 2` paragraphs on: counted, not kept.
      if offset == 2 { count += index - 2 }
      if let paragraph = later.paragraph(index) { append(paragraph) }
    }
  }

  /// A gap of `count` paragraphs of which `kept` are the ones it keeps (`keptIndex`), in order.
  init(count: Int, kept: some Collection<Paragraph>) {
    for (offset, paragraph) in kept.enumerated() {
      let index = CardGap.keptIndex(offset, count: count)
      if index == 0 { head0 = paragraph } else if index == 1 { head1 = paragraph }
      switch index % 3 {
      case 0: tail0 = paragraph
      case 1: tail1 = paragraph
      default: tail2 = paragraph
      }
    }
    self.count = count
  }

  /// An empty gap.
  init() {}

  /// How many paragraphs a gap of `count` keeps: the first two and the last three.
  static func keptCount(_ count: Int) -> Int { Swift.min(count, 5) }

  /// The index in the gap of the `offset`th paragraph a gap of `count` keeps.
  static func keptIndex(_ offset: Int, count: Int) -> Int {
    let heads = Swift.min(count, 2)
    return offset < heads ? offset : Swift.max(2, count - 3) + offset - heads
  }

  /// The paragraph at `index`, one of the first two or the last three.
  func paragraph(_ index: Int) -> Paragraph? {
    guard index >= 0, index < count else { return nil }
    if index < 2 { return index == 0 ? head0 : head1 }
    guard index >= count - 3 else { return nil }
    switch index % 3 {
    case 0: return tail0
    case 1: return tail1
    default: return tail2
    }
  }

  /// The last `suffix` paragraphs, at most two.
  func last(_ suffix: Int) -> [Paragraph] {
    let take = Swift.min(suffix, 2, count)
    guard take > 0, let final = paragraph(count - 1) else { return [] }
    guard take == 2, let before = paragraph(count - 2) else { return [final] }
    return [before, final]
  }

  /// The paragraphs in `range` as one run of lines (the blank lines between them join them
  /// as a line break would), or nil for an empty range. The range must start among the first
  /// two paragraphs and end among the last three.
  func span(_ range: Range<Int>) -> Paragraph? {
    guard !range.isEmpty, let first = paragraph(range.lowerBound),
      let last = paragraph(range.upperBound - 1)
    else { return nil }
    return Paragraph(from: first.firstLine, to: last.lastLine)
  }
}
