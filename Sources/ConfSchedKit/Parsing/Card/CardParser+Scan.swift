extension CardParser {
  /// The cards of the whole text and the gaps around them, the last gap still open. A large
  /// text is scanned in two halves at once, cut after a blank line past its middle: the
  /// second half on a second thread, with a copy of this parser whose warnings follow this
  /// one's, its lines numbered on from the first half's. A blank line ends every paragraph,
  /// so each half reads its lines as one pass would; the gap the cut falls in is joined again.
  mutating func scanCards(bytesForTwoThreads: Int = CardParser.bytesForTwoThreadScan)
    -> (cards: [Card], gaps: CardGaps)
  {
    guard bytes.count >= Swift.max(bytesForTwoThreads, 1), let cut = cutAfterBlankLine() else {
      return scan(0..<bytes.count, firstNumber: 1)
    }
    let work = Unshared(self)
    let (first, second) = Concurrently.run(
      { () -> (cards: [Card], gaps: CardGaps) in
        var (cards, gaps) = scan(0..<cut, firstNumber: 1)
        // Room for the second half's cards too, by the first half's count per byte and a
        // quarter more, made while the second thread still scans: its cards are then
        // appended without moving these, never held twice. Room not filled is never touched.
        let estimate = cards.count * bytes.count / Swift.max(cut, 1)
        cards.reserveCapacity(estimate + estimate / 4 + 16)
        return (cards, gaps)
      },
      {
        var parser = work.value
        parser.diagnostics = parser.diagnostics.emptied()
        let before = DiagnosticCollector.lineBreaks(parser.bytes, 0..<cut).count
        let (cards, gaps) = parser.scan(cut..<parser.bytes.count, firstNumber: before + 1)
        return Unshared((cards, gaps, parser.diagnostics))
      })
    let (later, gaps, diagnostics) = second.value
    self.diagnostics.append(diagnostics)
    var (cards, joined) = first
    cards.append(contentsOf: later)
    joined.append(gaps)
    return (cards, joined)
  }

  /// From how many bytes the cards are scanned on two threads: 8 MB take about 15 ms on one.
  static let bytesForTwoThreadScan = 8 << 20

  /// Where the second half starts: just after the first blank line that begins past the
  /// middle, looked for over a MB at most; nil when there is none (a text of no family).
  func cutAfterBlankLine() -> Int? {
    guard let newline = bytes.firstIndex(of: 0x0A, in: bytes.count / 2..<bytes.count) else {
      return nil
    }
    let limit = Swift.min(bytes.count, newline + (1 << 20))
    for line in LineSequence(bytes, newline + 1..<limit, stripsLastReturn: false) {
      // Only a line ended by its newline: the cut goes after it.
      guard line.end < limit else { return nil }
      if bytes.isBlank(line.start..<line.end) {
        let next = bytes[line.end] == 0x0D ? line.end + 2 : line.end + 1
        return next < bytes.count ? next : nil
      }
    }
    return nil
  }

  /// The cards in `range` and the gaps before and between them, the last gap open: paragraphs
  /// are runs of non-blank lines, and each card header closes the gap before it.
  mutating func scan(_ range: Range<Int>, firstNumber: Int) -> (cards: [Card], gaps: CardGaps) {
    var gaps = CardGaps()
    var cards: [Card] = []
    var current: Paragraph?
    for line in LineSequence(bytes, range, firstNumber: firstNumber) {
      let range = line.start..<line.end
      if bytes.isBlank(range) {
        if let paragraph = current { gaps.open.append(paragraph) }
        current = nil
      } else if let header = CardHeader.parse(bytes, range) {
        if let paragraph = current { gaps.open.append(paragraph) }
        current = nil
        cards.append(Card(headerLine: line, header: header))
        gaps.close()
      } else {
        if CardHeader.looksLikeHeader(bytes, range) {
          warn(
            line,
            "cannot read this card header ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room'); read as text"
          )
        }
        if let paragraph = current {
          current = Paragraph(from: paragraph.firstLine, to: line)
        } else {
          current = Paragraph(line)
        }
      }
    }
    if let paragraph = current { gaps.open.append(paragraph) }
    return (cards, gaps)
  }
}
