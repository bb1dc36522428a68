/// The paragraphs between two card headers (or before the first, or after the last), as the
/// card reader needs them: the first two (the authors, and the start of the abstract) and the
/// last three (the end of the abstract and the next card's title), with their count. A gap of
/// millions of paragraphs, as in a file of no family, costs no more than a short one.
struct CardGap {
  /// How many paragraphs the gap holds.
  private(set) var count = 0
  private var head: [Paragraph] = []
  private var tail: [Paragraph] = []

  mutating func append(_ paragraph: Paragraph) {
    if head.count < 2 { head.append(paragraph) }
    // The last three, by index modulo three.
    if tail.count < 3 { tail.append(paragraph) } else { tail[count % 3] = paragraph }
    count += 1
  }

  /// The paragraph at `index`, one of the first two or the last three.
  func paragraph(_ index: Int) -> Paragraph? {
    guard index >= 0, index < count else { return nil }
    if index < head.count { return head[index] }
    return index >= count - tail.count ? tail[index % 3] : nil
  }

  /// The last `suffix` paragraphs, at most two.
  func last(_ suffix: Int) -> [Paragraph] {
    (count - Swift.min(suffix, 2)..<count).compactMap(paragraph)
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
