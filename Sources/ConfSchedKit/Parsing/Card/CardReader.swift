/// Reads the card family: one event per card, anchored on its header line.
///
///     Title (one paragraph, or two when the conversion wrapped it)
///
///     Kind | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD #166
///
///     Author · Author · Author          (optional; may be LaTeX)
///
///     Abstract, possibly broken into several paragraphs by page breaks.
///
/// The header is the only reliable anchor: the paragraphs between two headers hold the first
/// card's authors and abstract and then the second card's title.
public enum CardReader: ScheduleReader {
  /// `card`.
  public static let family = DumpFamily.card

  /// Whether any line is a card header with a kind.
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      bytes.eachLine().contains { CardHeader.parse(bytes, $0.start..<$0.end)?.kind != nil }
    }
  }

  /// Reads every card of a dump; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    read(source, options: options, cardsForTwoThreads: cardsForTwoThreads)
  }

  /// From how many cards a dump's events are made on two threads, half each (fewer are made
  /// in less time than a thread takes to start); the 100x dump's 40,900 took 0.15 s on one.
  static let cardsForTwoThreads = 2048

  /// `read(_:options:)`, with the thresholds for two threads given (the tests compare both).
  static func read(
    _ source: DumpSource, options: ReadOptions, cardsForTwoThreads: Int,
    bytesForTwoThreadScan: Int = CardParser.bytesForTwoThreadScan
  ) -> ReadResult {
    source.text.withUTF8Bytes { bytes in
      var parser = CardParser(bytes: bytes, file: source.name, options: options)
      return parser.run(
        cardsForTwoThreads: cardsForTwoThreads, bytesForTwoThreadScan: bytesForTwoThreadScan)
    }
  }
}

struct CardParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector
  /// The kinds met so far (a dump has a handful): a card of a known kind reuses it rather
  /// than lowercasing its name again.
  var kinds: [EventKind] = []

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  /// A header, and how many paragraphs of the gaps around it are its own: card k's title ends
  /// gap k, its authors and abstract start gap k + 1 (the gaps are not copied into the card).
  struct Card {
    var headerLine: Line
    var header: CardHeader
    var titleCount = 0
    var bodyCount = 0
  }

  mutating func run(cardsForTwoThreads: Int, bytesForTwoThreadScan: Int) -> ReadResult {
    var (cards, gaps) = scanCards(bytesForTwoThreads: bytesForTwoThreadScan)
    gaps.close()

    // Gap k lies before card k: card k-1's authors and abstract, then card k's title.
    for index in cards.indices {
      let gap = gaps[index]
      let titleCount = titleParagraphCount(gap, isFirstGap: index == 0)
      cards[index].titleCount = titleCount
      if index > 0 { cards[index - 1].bodyCount = gap.count - titleCount }
    }
    if let last = cards.indices.last { cards[last].bodyCount = gaps[cards.count].count }

    var result = ReadResult()
    let (conference, dates) = resolveDates(cards)
    if let conference { result.conferences = [conference] }
    // Each card's event depends on its own lines only: with many, a second thread makes the
    // second half's, with a copy of this parser whose warnings follow this one's (the order
    // one thread would report them in).
    let half = cards.count >= Swift.max(cardsForTwoThreads, 2) ? cards.count / 2 : cards.count
    if half < cards.count {
      let work = Unshared((self, cards, gaps, conference, dates))
      let (first, second) = Concurrently.run(
        { events(of: cards, gaps, 0..<half, conference: conference, dates: dates) },
        {
          var (parser, cards, gaps, conference, dates) = work.value
          parser.diagnostics = parser.diagnostics.emptied()
          let events = parser.events(
            of: cards, gaps, half..<cards.count, conference: conference, dates: dates)
          return Unshared((events, parser.diagnostics))
        })
      result.events = first + second.value.0
      diagnostics.append(second.value.1)
    } else {
      result.events = events(
        of: cards, gaps, cards.indices, conference: conference, dates: dates)
    }
    if !options.keepsEvents { result.droppedEventCount = cards.count }
    result.diagnostics = diagnostics.takeSorted()
    return result
  }

  // MARK: Titles

  /// How many paragraphs at the end of a gap form the next card's title: one, or two when the
  /// conversion wrapped the title (`... Generalization in` / `Neural Networks`).
  mutating func titleParagraphCount(_ gap: CardGap, isFirstGap: Bool) -> Int {
    guard let last = gap.paragraph(gap.count - 1) else { return 0 }
    // The paragraph right after a header is that card's authors or abstract, never a title half.
    guard gap.count >= (isFirstGap ? 2 : 3), let before = gap.paragraph(gap.count - 2) else {
      return 1
    }
    // Cheap test first: both halves of a wrapped title are short.
    guard TextAssembler.byteCount(bytes, before) <= 100, TextAssembler.byteCount(bytes, last) <= 100
    else { return 1 }
    let first = TextAssembler.text(bytes, CollectionOfOne(before))
    let endsSentence = first.last.map { ".!?".contains($0) } ?? true
    let startsLowercase = first.first.map { $0.isLowercase } ?? true
    let looksLikeFile = CardReader.looksLikeFileName(first)
    let looksLikeAuthors =
      first.containsBytes("·") || first.containsBytes("\\cdot")
      || first.containsByte(UInt8(ascii: "$"))
    let looksLikeHeader = CardHeader.looksLikeHeader(
      bytes, before.firstLine.start..<before.firstLine.end)
    guard !endsSentence, !startsLowercase, !looksLikeFile, !looksLikeAuthors, !looksLikeHeader,
      first.utf8.count <= 100
    else { return 1 }
    return TextAssembler.text(bytes, CollectionOfOne(last)).utf8.count <= 100 ? 2 : 1
  }

  func titleText(_ paragraphs: some Collection<Paragraph>) -> String {
    TextAssembler.text(bytes, paragraphs, joiningHyphens: true)
  }

  // MARK: Bodies

  /// Authors and abstract from the first `count` paragraphs of the gap after a header.
  mutating func authorsAndAbstract(_ body: CardGap, count: Int) -> ([Author], String?) {
    guard count > 0, let first = body.paragraph(0) else { return ([], nil) }
    var rest = body.span(0..<count)
    var authors: [Author] = []
    if isAuthorLine(first) {
      let firstText = TextAssembler.text(bytes, CollectionOfOne(first), cleaning: false)
      rest = body.span(1..<count)
      var names: [String]
      if firstText.containsByte(UInt8(ascii: "$")) || firstText.containsByte(UInt8(ascii: "\\")) {
        if let cleaned = LaTeX.authorNames(firstText) {
          names = cleaned
        } else {
          warn(first.firstLine, "unreadable LaTeX author line; the card is left without authors")
          names = []
        }
      } else {
        names = AuthorNames.split(firstText)
      }
      authors = names.map { Author(name: $0) }
    }
    guard let rest else { return (authors, nil) }
    if !authors.isEmpty, let next = body.paragraph(1), next.lineCount == 1, isAuthorLine(next),
      bytes.contains(Self.middleDot, in: next.firstLine.start..<next.firstLine.end)
    {
      warn(
        next.firstLine,
        "a second author line after the card's authors; read as the start of the abstract")
    }
    // What the card prints is kept, even an abstract that is only a file name (a demo's
    // `NIPS Demo Submission 2.pdf`).
    let abstract = TextAssembler.text(bytes, CollectionOfOne(rest))
    return (authors, abstract.isEmpty ? nil : abstract)
  }

  /// An author line: names separated by ` · ` or `\cdot`, LaTeX, or a short line of capitalised
  /// words with no sentence punctuation (`Edward W Felten`).
  func isAuthorLine(_ paragraph: Paragraph) -> Bool {
    let line = paragraph.firstLine
    let range = bytes.trimmed(line.start..<line.end)
    let head = bytes[range].prefix(7)
    if head.first == UInt8(ascii: "$") || head.starts(with: "{\\it".utf8)
      || head.starts(with: "\\textit".utf8)
    {
      return true
    }
    let start = range.lowerBound..<Swift.min(range.upperBound, range.lowerBound + 400)
    if bytes.contains(Self.middleDot, in: start) || bytes.contains(Self.cdot, in: start) {
      return true
    }
    guard paragraph.lineCount == 1, range.count <= 80 else { return false }
    // ASCII is valid UTF-8 as it stands; other bytes are read as the text they decode to.
    return bytes[range].allSatisfy { $0 < 0x80 }
      ? AuthorNames.isNameLine(bytes, range) : AuthorNames.isNameLine(bytes.string(range))
  }

  static let middleDot = Array("·".utf8)
  static let cdot = Array("\\cdot".utf8)

  // MARK: Dates

  mutating func resolveDates(_ cards: [Card]) -> (Conference?, [CalendarDate?]) {
    let printed = cards.map {
      YearInference.PrintedDate(
        weekday: $0.header.weekday, month: $0.header.month, day: $0.header.day)
    }
    var year = options.year
    if year == nil, let first = cards.first {
      if let inferred = YearInference.infer(Set(printed)) {
        year = inferred.year
      } else {
        warn(first.headerLine, "cannot tell the year from the printed weekdays; pass --year")
      }
    }
    guard let year else { return (nil, cards.map { _ in nil }) }
    var reported: Set<YearInference.PrintedDate> = []
    // Cards come in runs of one day: the last day's answer is reused.
    var last: (printed: YearInference.PrintedDate, date: CalendarDate?, problem: String?)?
    // By index: a card is not copied for its header line.
    let dates = printed.indices.map { index -> CalendarDate? in
      let printed = printed[index]
      let (date, problem) =
        last.flatMap { $0.printed == printed ? ($0.date, $0.problem) : nil }
        ?? YearInference.date(of: printed, in: year)
      last = (printed, date, problem)
      if let problem, reported.insert(printed).inserted { warn(cards[index].headerLine, problem) }
      return date
    }
    let (conference, warning) = NeurIPSSeason.conference(
      year: year, days: dates.lazy.compactMap(\.self), file: file, zone: options.zone)
    if let warning, let first = cards.first { warn(first.headerLine, warning) }
    return (conference, dates)
  }

}

extension DumpFamily {
  /// One event per card, anchored on `Kind | Tue Dec 4th 10:05 -- 10:20 AM @ Room`: the
  /// conference book as text, or its markdown form.
  public static let card = DumpFamily(rawValue: "card")
}
