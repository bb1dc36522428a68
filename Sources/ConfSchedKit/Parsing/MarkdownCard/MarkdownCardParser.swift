/// The pass over a markdown card dump: lines into cards, cards into events.
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
    /// Whether the author line was read (it may be empty: `__`).
    var hasAuthorLine = false
    /// The lines of the body (the abstract), as runs of consecutive lines: a body of millions
    /// of lines is one run, not an array of them. A gap between runs is a paragraph break.
    var body: [Paragraph] = []

    mutating func appendBody(_ line: Line) {
      if let last = body.last, last.lastLine.number + 1 == line.number {
        body[body.count - 1].lastLine = line
      } else {
        body.append(Paragraph(line))
      }
    }
  }

  /// A heading met inside a card's body: a new card's title when a header follows it.
  struct Heading {
    var title: String
    var link: String?
    var line: Line
  }

  mutating func run() -> ReadResult {
    var cards: [Card] = []
    var current = Card()
    var started = false
    var pendingHeading: Heading?
    for line in bytes.eachLine() {
      let range = bytes.trimmed(line.start..<line.end)
      if Self.isRule(bytes, range) {
        if let heading = pendingHeading { current.appendBody(heading.line) }
        pendingHeading = nil
        if started { cards.append(current) }
        current = Card()
        started = false
        continue
      }
      if range.isEmpty { continue }
      if let heading = pendingHeading {
        pendingHeading = nil
        if let header = CardHeader.parse(bytes, range) {
          // The heading opened the next card: no rule between the two.
          cards.append(current)
          current = Card(title: heading.title, link: heading.link, titleLine: heading.line)
          current.header = header
          current.headerLine = line
          continue
        }
        current.appendBody(heading.line)
      }
      started = true
      if current.title == nil, current.header == nil, let heading = Self.heading(bytes, range) {
        current.title = heading.title
        current.link = heading.link
        current.titleLine = line
      } else if current.header == nil, let header = CardHeader.parse(bytes, range) {
        if let stray = current.body.first?.firstLine {
          warn(stray, "text between the card's title and its header; read as part of the abstract")
        }
        current.header = header
        current.headerLine = line
      } else if current.header != nil, !current.hasAuthorLine, current.body.isEmpty,
        let names = authorLine(range, line)
      {
        current.authors = names
        current.hasAuthorLine = true
      } else if current.header != nil, let heading = Self.heading(bytes, range) {
        pendingHeading = Heading(title: heading.title, link: heading.link, line: line)
      } else {
        placeInBody(range, line, of: current)
        current.appendBody(line)
      }
    }
    if let heading = pendingHeading { current.appendBody(heading.line) }
    if started { cards.append(current) }

    var result = ReadResult()
    let year = options.year ?? Self.linkYear(cards.compactMap(\.link)) ?? inferYear(cards)
    var conference: Conference?
    if let year { conference = self.conference(of: cards, year: year) }
    if let conference { result.conferences = [conference] }
    for card in cards {
      if let event = event(card, year: year, conference: conference) { result.events.append(event) }
    }
    result.diagnostics = diagnostics.takeSorted()
    return result
  }

  /// Warns about a line that reads as part of the abstract but looks like a card's own line.
  mutating func placeInBody(_ range: Range<Int>, _ line: Line, of card: Card) {
    if card.header == nil, card.title != nil, card.body.isEmpty,
      CardHeader.looksLikeHeader(bytes, range)
    {
      warn(line, "cannot read this card header ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room')")
    } else if card.header != nil, card.hasAuthorLine, card.body.isEmpty,
      Self.authorNames(bytes, range) != nil
    {
      warn(line, "a second author line after the card's authors; read as the start of the abstract")
    }
  }

  // MARK: Lines

  /// `_________________`: five or more underscores and nothing else.
  static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    range.count >= 5 && range.allSatisfy { bytes[$0] == UInt8(ascii: "_") }
  }

  /// `## [Title](link)`, `_n## [Title](link)`, `## Title` or `## **[Title](link)**`: the title
  /// and the link.
  static func heading(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
    title: String, link: String?
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
    let content = bytes.unwrappingEmphasis(bytes.trimmed(start..<range.upperBound))
    guard !content.isEmpty else { return nil }
    if let link = MarkdownLink.read(bytes, at: content.lowerBound, limit: content.upperBound),
      bytes.trimmed(link.end..<content.upperBound).isEmpty
    {
      return (Markup.cleanTitle(MarkdownText.unescaped(link.label)), link.url)
    }
    return (Markup.cleanTitle(MarkdownText.unescaped(bytes.string(content))), nil)
  }

  /// The authors of the line after a header, or nil when it is not an author line; `__` or
  /// `**` alone is an empty author line.
  mutating func authorLine(_ range: Range<Int>, _ line: Line) -> [Author]? {
    if range.count <= 3,
      range.allSatisfy({ bytes[$0] == UInt8(ascii: "*") || bytes[$0] == UInt8(ascii: "_") })
    {
      return []
    }
    switch Self.authorNames(bytes, range) {
    case nil:
      return nil
    case .unreadableLaTeX?:
      warn(line, "unreadable LaTeX author line; the card is left without authors")
      return []
    case .names(let names)?:
      return names.map { Author(name: $0) }
    }
  }

  /// What an author line says.
  enum AuthorLine {
    case names([String])
    case unreadableLaTeX
  }

  /// The names of an author line: emphasis around names joined by ` · ` (or LaTeX's `\\cdot`),
  /// or around one name (`_Edward W Felten_`), or names joined by ` · ` without emphasis; nil
  /// when the line is not one.
  static func authorNames(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> AuthorLine? {
    let inner = bytes.unwrappingEmphasis(range)
    let isWrapped = inner != range
    let text = bytes.string(inner)
    let isLaTeX =
      text.containsByte(UInt8(ascii: "$")) || text.containsBytes("\\cdot")
      || text.hasPrefix("{\\it") || text.hasPrefix("\\textit")
    let names: [String]
    if isLaTeX {
      guard isWrapped || text.hasPrefix("$") else { return nil }
      // The names `LaTeX.authorLine` would join, without joining and splitting them again.
      guard let cleaned = LaTeX.authorNames(text) else { return .unreadableLaTeX }
      names = cleaned
    } else {
      names = AuthorNames.split(text)
    }
    guard !names.isEmpty, names.count <= 500 else { return nil }
    if names.count == 1 {
      // One name: only with emphasis around it, and only a name.
      guard isWrapped || isLaTeX, AuthorNames.isNameLine(names[0]) else { return nil }
      return .names(names)
    }
    // Several names joined by ` · `: each a short run of words, not a sentence.
    guard names.allSatisfy({ $0.utf8.count <= 100 && Self.wordCount($0) <= 10 }) else {
      return nil
    }
    return .names(names)
  }

  /// The runs of characters between spaces: `split(separator: " ").count`, counted on the
  /// bytes when the name is ASCII (no space there can carry a combining mark).
  static func wordCount(_ name: String) -> Int {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ").count }
    var words = 0
    var previous: UInt8 = 0x20
    for byte in name.utf8 {
      if byte != 0x20, previous == 0x20 { words += 1 }
      previous = byte
    }
    return words
  }

  mutating func warn(_ line: Line, _ message: String) {
    diagnostics.warn(line, message)
  }
}
