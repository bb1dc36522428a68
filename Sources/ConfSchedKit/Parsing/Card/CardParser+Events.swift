/// Making the events of a card dump's cards, once `CardParser.run` has found them.
extension CardParser {
  /// The events of the cards in `range`; none when the options do not keep them, each made
  /// (for its warnings) and let go.
  mutating func events(
    of cards: [Card], _ gaps: CardGaps, _ range: Range<Int>, conference: Conference?,
    dates: [CalendarDate?]
  ) -> [Event] {
    guard options.keepsEvents else {
      for index in range {
        _ = event(ofCard: index, cards, gaps, conference: conference, date: dates[index])
      }
      return []
    }
    return range.map { index in
      event(ofCard: index, cards, gaps, conference: conference, date: dates[index])
    }
  }

  /// The event of card `index`.
  private mutating func event(
    ofCard index: Int, _ cards: [Card], _ gaps: CardGaps, conference: Conference?,
    date: CalendarDate?
  ) -> Event {
    let card = cards[index]
    let gap = gaps[index]
    // Most titles are one paragraph: no array for them.
    if card.titleCount == 1, let title = gap.paragraph(gap.count - 1) {
      return event(
        card, title: CollectionOfOne(title), body: gaps[index + 1], conference: conference,
        date: date)
    }
    return event(
      card, title: gap.last(card.titleCount), body: gaps[index + 1], conference: conference,
      date: date)
  }

  /// The event of one card.
  mutating func event(
    _ card: Card, title titleParagraphs: some Collection<Paragraph>, body: CardGap,
    conference: Conference?, date: CalendarDate?
  ) -> Event {
    diagnostics.warn(card.headerLine, card.header.problems)
    let kind = eventKind(card.header.kind ?? EventKind.unknown.rawValue)
    var title = titleText(titleParagraphs)
    var titleLine = titleParagraphs.first?.firstLine ?? card.headerLine
    if title.isEmpty {
      warn(card.headerLine, "the card has no title before its header")
      title = "(untitled \(kind.rawValue.lowercased()))"
      titleLine = card.headerLine
    }
    let (authors, abstract) = authorsAndAbstract(body, count: card.bodyCount)
    let start = bytes.trimmed(titleLine.start..<titleLine.end).lowerBound
    return Event(
      kind: kind, title: title, authors: authors, conference: conference, date: date,
      start: card.header.span.start, end: card.header.span.end, room: card.header.room,
      board: card.header.board, abstract: abstract,
      source: diagnostics.location(titleLine, at: start))
  }

  // MARK: Helpers

  /// The kind named `rawValue`, byte for byte: one met before, or a new one.
  mutating func eventKind(_ rawValue: String) -> EventKind {
    // Only ASCII names are kept: `==` on two ASCII strings compares their bytes (on others it
    // is canonical equivalence, and a kind keeps its bytes as written).
    guard rawValue.utf8.allSatisfy({ $0 < 0x80 }) else { return EventKind(rawValue: rawValue) }
    if let known = kinds.first(where: { $0.rawValue == rawValue }) { return known }
    let kind = EventKind(rawValue: rawValue)
    if kinds.count < 16 { kinds.append(kind) }
    return kind
  }

  mutating func warn(_ line: Line, _ message: String) {
    diagnostics.warn(line, message)
  }
}
