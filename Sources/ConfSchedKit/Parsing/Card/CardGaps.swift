/// Every gap of a card dump, in order: the one being read as a `CardGap`, and the closed ones
/// packed, their kept paragraphs (at most five each) one after another in one array, with each
/// gap's start in it and its count. A card of a header alone costs 16 bytes of gap, not the
/// 248 of a `CardGap`: 3.8 million headers without titles held 950 MB of empty gaps.
struct CardGaps {
  /// The gap being read: paragraphs are appended to it until `close()`.
  var open = CardGap()
  private var kept: [Paragraph] = []
  private var spans: [(start: Int, count: Int)] = []

  /// How many gaps are closed.
  var count: Int { spans.count }

  /// Closes the open gap and opens the next.
  mutating func close() {
    let start = kept.count
    for offset in 0..<CardGap.keptCount(open.count) {
      if let paragraph = open.paragraph(CardGap.keptIndex(offset, count: open.count)) {
        kept.append(paragraph)
      }
    }
    spans.append((start, open.count))
    open = CardGap()
  }

  /// Takes in the gaps read from the text that follows this one's (a second thread's half):
  /// the open gap goes on with the later one's first, and the later one's open gap is the one
  /// open here.
  mutating func append(_ later: CardGaps) {
    guard later.count > 0 else {
      open.append(contentsOf: later.open)
      return
    }
    open.append(contentsOf: later[0])
    close()
    for index in 1..<later.count {
      open = later[index]
      close()
    }
    open = later.open
  }

  /// The closed gap at `index`, as the card reader reads gaps.
  subscript(index: Int) -> CardGap {
    let span = spans[index]
    let end = index + 1 < spans.count ? spans[index + 1].start : kept.count
    return CardGap(count: span.count, kept: kept[span.start..<end])
  }
}
