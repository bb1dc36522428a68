/// Reads the card family in its markdown form:
///
///     ## [Workshop on Security in Machine Learning](https://neurips.cc/...?showEvent=10939)
///     **Workshop | Fri Dec 7th 08:00 AM -- 06:30 PM @ None **
///     *Nicolas Papernot · Jacob Steinhardt · Matt Fredrikson*
///     The abstract, over several lines,\
///     with hard line breaks and LaTeX.
///
///     _________________
///
/// Cards are separated by a rule of underscores (a conversion left `_n` before some headings:
/// `_n## [Title](link)`). The header may be wrapped in `**...**` or `__...__`, with a space before
/// the closing marks; authors in `*...*` or `_..._`; a room of `None` or nothing is no room. The
/// heading's link becomes the event's page, and its `/Conferences/2018/` the year.
public enum MarkdownCardReader: ScheduleReader {
  /// `card`: the card family in another markup.
  public static let family = DumpFamily.card

  /// Reads every card of a dump; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = MarkdownCardParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }

  /// Whether a text looks like this form: headings with a link and bold card headers.
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      var headings = 0
      var headers = 0
      for line in bytes.eachLine().prefix(400) {
        let range = bytes.trimmed(line.start..<line.end)
        if MarkdownCardParser.heading(bytes, range) != nil { headings += 1 }
        if let first = range.first,
          bytes[first] == UInt8(ascii: "*") || bytes[first] == UInt8(ascii: "_"),
          CardHeader.parse(bytes, range)?.kind != nil
        {
          headers += 1
        }
      }
      return headings > 0 && headers > 0
    }
  }
}

struct MarkdownCardParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  struct Card {
    var title: String?
    var link: String?
    var titleLine: Line?
    var headerLine: Line?
    var header: CardHeader?
    var authors: [Author] = []
    /// The lines of the body (the abstract), as runs of consecutive lines: a body of millions
    /// of lines is one run, not an array of them.
    var body: [Paragraph] = []

    mutating func appendBody(_ line: Line) {
      if let last = body.last, last.lastLine.number + 1 == line.number {
        body[body.count - 1].lastLine = line
      } else {
        body.append(Paragraph(line))
      }
    }
  }

  mutating func run() -> ReadResult {
    var cards: [Card] = []
    var current = Card()
    var started = false
    for line in bytes.eachLine() {
      let range = bytes.trimmed(line.start..<line.end)
      if Self.isRule(bytes, range) {
        if started { cards.append(current) }
        current = Card()
        started = false
        continue
      }
      if range.isEmpty {
        if current.header != nil { current.appendBody(line) }
        continue
      }
      started = true
      if current.title == nil, current.header == nil, let (title, link) = Self.heading(bytes, range)
      {
        current.title = title
        current.link = link
        current.titleLine = line
      } else if current.header == nil, let header = CardHeader.parse(bytes, range) {
        current.header = header
        current.headerLine = line
      } else if current.header != nil, current.authors.isEmpty, current.body.isEmpty,
        let names = authorLine(range, line)
      {
        current.authors = names
      } else {
        current.appendBody(line)
      }
    }
    if started { cards.append(current) }

    var result = ReadResult()
    let year = options.year ?? Self.linkYear(cards.compactMap(\.link)) ?? inferYear(cards)
    let conference = year.map { Conference.neurIPS(year: $0) }
    if let conference { result.conferences = [conference] }
    for card in cards {
      if let event = event(card, year: year, conference: conference) { result.events.append(event) }
    }
    result.diagnostics = diagnostics.sorted
    return result
  }

  // MARK: Lines

  /// `_________________`: five or more underscores and nothing else.
  static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    range.count >= 5 && range.allSatisfy { bytes[$0] == UInt8(ascii: "_") }
  }

  /// `## [Title](link)`, `_n## [Title](link)` or `## Title`: the title and the link.
  static func heading(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
    String, String?
  )? {
    var start = range.lowerBound
    if range.count > 2, bytes[start] == UInt8(ascii: "_"), bytes[start + 1] == UInt8(ascii: "n") {
      start += 2
    }
    var hashes = 0
    while start < range.upperBound, bytes[start] == UInt8(ascii: "#") {
      hashes += 1
      start += 1
    }
    guard (1...6).contains(hashes), start < range.upperBound, bytes[start] == 0x20 else {
      return nil
    }
    let content = bytes.trimmed(start..<range.upperBound)
    guard !content.isEmpty else { return nil }
    if let link = MarkdownLink.read(bytes, at: content.lowerBound, limit: content.upperBound),
      bytes.trimmed(link.end..<content.upperBound).isEmpty
    {
      return (Markup.cleanTitle(MarkdownText.unescaped(link.label)), link.url)
    }
    return (Markup.cleanTitle(MarkdownText.unescaped(bytes.string(content))), nil)
  }

  /// `*A · B*` or `_A · B_` (not `**`): the authors; `**` alone is an empty author line.
  mutating func authorLine(_ range: Range<Int>, _ line: Line) -> [Author]? {
    let text = bytes.string(range)
    if text == "**" || text == "__" { return [] }
    guard text.count >= 3, let first = text.first, first == "*" || first == "_", text.last == first,
      !text.hasPrefix("\(first)\(first)")
    else { return nil }
    var inner = String(text.dropFirst().dropLast()).trimmingSpaces()
    if inner.containsByte(UInt8(ascii: "$")) || inner.containsByte(UInt8(ascii: "\\")) {
      guard let cleaned = LaTeX.authorLine(inner) else {
        warn(line, "unreadable LaTeX author line; the card is left without authors")
        return []
      }
      inner = cleaned
    }
    return AuthorNames.split(inner).map { Author(name: $0) }
  }

  // MARK: Events

  mutating func event(_ card: Card, year: Int?, conference: Conference?) -> Event? {
    guard let header = card.header, let headerLine = card.headerLine else {
      if let line = card.titleLine ?? card.body.first?.firstLine {
        warn(
          line,
          "a card without a header line ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room'); left out")
      }
      return nil
    }
    diagnostics.warn(headerLine, header.problems)
    let kind = EventKind(rawValue: header.kind ?? EventKind.unknown.rawValue)
    var title = card.title ?? ""
    if title.isEmpty {
      warn(headerLine, "the card has no title heading")
      title = "(untitled \(kind.rawValue.lowercased()))"
    }
    var date: CalendarDate?
    if let year {
      let printed = YearInference.PrintedDate(
        weekday: header.weekday, month: header.month, day: header.day)
      let problem: String?
      (date, problem) = YearInference.date(of: printed, in: year)
      if let problem { warn(headerLine, problem) }
    }
    let titleLine = card.titleLine ?? headerLine
    let start = bytes.trimmed(titleLine.start..<titleLine.end).lowerBound
    return Event(
      kind: kind, title: title, authors: card.authors, conference: conference, date: date,
      start: header.span.start, end: header.span.end, room: header.room, board: header.board,
      abstract: abstract(card.body),
      links: card.link.map { [Link(label: "Event page", url: $0)] } ?? [],
      source: diagnostics.location(titleLine, at: start))
  }

  /// The abstract: lines kept as lines (the dump breaks them where the source did), blank
  /// lines as paragraph breaks, LaTeX text commands and markdown escapes removed. Built as it
  /// goes, not as an array of lines joined at the end.
  func abstract(_ runs: [Paragraph]) -> String? {
    var text = ""
    var hasParagraph = false
    var linesInParagraph = 0
    for run in runs {
      for line in run.lines(in: bytes) {
        var range = bytes.trimmed(line.start..<line.end)
        if let last = range.last, bytes[last] == UInt8(ascii: "\\") {
          range = range.lowerBound..<last  // a hard line break
        }
        if range.isEmpty || (range.count == 2 && bytes.string(range) == "**") {
          if linesInParagraph > 0 { hasParagraph = true }
          linesInParagraph = 0
          continue
        }
        if linesInParagraph > 0 {
          text += "\n"
        } else if hasParagraph {
          text += "\n\n"
        }
        text += Markup.cleanProse(MarkdownText.unescaped(bytes.string(range)))
        linesInParagraph += 1
      }
    }
    return text.isEmpty ? nil : text
  }

  /// The year in event links: `https://neurips.cc/Conferences/2018/Schedule?...`.
  static func linkYear(_ links: [String]) -> Int? {
    for link in links {
      guard let range = link.firstRange(of: "/Conferences/") else { continue }
      let digits = link[range.upperBound...].prefix { $0.isNumber }
      if digits.count == 4, let year = Int(digits) { return year }
    }
    return nil
  }

  mutating func inferYear(_ cards: [Card]) -> Int? {
    let printed = Set(
      cards.compactMap(\.header).map {
        YearInference.PrintedDate(weekday: $0.weekday, month: $0.month, day: $0.day)
      })
    if let inferred = YearInference.infer(printed) { return inferred.year }
    if let line = cards.compactMap(\.headerLine).first {
      warn(line, "cannot tell the year from the links or the printed weekdays; pass --year")
    }
    return nil
  }

  mutating func warn(_ line: Line, _ message: String) {
    diagnostics.warn(line, message)
  }
}
