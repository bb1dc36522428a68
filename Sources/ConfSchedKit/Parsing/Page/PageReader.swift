/// Reads the web-page family: the conference site's schedule page as a browser saves it, one
/// event per card (the markup is described at `PageOutline`).
///
/// - The header is the card family's header line (`Tue Dec 10th 10:45 AM -- 12:45 PM @ East
///   Exhibition Hall B + C #1`) and gives the day, times, room and board.
/// - Title, kind, session and authors (split at `&middot;`) have their character references
///   decoded and their white space collapsed; the session is the text of the `In` part's link.
/// - The year is `--year` if given, else the page's (a `/Conferences/YYYY/` link, then its
///   `<title>`), else the one the printed weekdays fit.
/// - The event number (`maincard_14027`, `showDetail(14027)`) gives the link to the event's
///   page.
/// - A card without a header is kept without day, time and room; one without a title gets a
///   placeholder; one with neither is skipped. Each says so in a warning.
public enum PageReader: ScheduleReader {
  /// `page`.
  public static let family = DumpFamily.page

  /// Reads every card of a saved schedule page; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = PageParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }

  /// Whether a dump looks like a saved schedule page, cheaply: an HTML document (`<!DOCTYPE
  /// html` or `<html`, any case, after white space and comments such as a browser's
  /// `<!-- saved from url=... -->`) with event cards (`maincard`).
  public static func sniff(_ source: DumpSource) -> Bool {
    let isHTML = source.text.withUTF8Bytes { bytes in
      var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      while index < bytes.count {
        if bytes[index].isHTMLSpace {
          index += 1
        } else if bytes[index...].starts(with: "<!--".utf8) {
          index = endOfComment(bytes, from: index + 4)
        } else {
          break
        }
      }
      let rest = UnsafeBufferPointer(rebasing: bytes[Swift.min(index, bytes.count)...])
      return rest.startsIgnoringCase("<!doctype html") || rest.startsIgnoringCase("<html")
    }
    return isHTML && source.text.containsBytes("maincard")
  }

  private static func endOfComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while let close = bytes.firstIndex(of: UInt8(ascii: ">"), in: index..<bytes.count) {
      if close - 2 >= start, bytes[close - 1] == UInt8(ascii: "-"),
        bytes[close - 2] == UInt8(ascii: "-")
      {
        return close + 1
      }
      index = close + 1
    }
    return bytes.count
  }
}

private struct PageParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  /// Places warnings and titles, at byte offsets of the page.
  var diagnostics: DiagnosticCollector

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  /// A card's header as read, and where its text starts (the card's `<div` when it has none).
  struct Header {
    var header: CardHeader?
    var offset: Int
    /// The card has no header text at all (rather than one that cannot be read).
    var isMissing = false
  }

  mutating func run() -> ReadResult {
    let outline = PageOutline(bytes)
    var headers: [Header] = []
    headers.reserveCapacity(outline.cards.count)
    for card in outline.cards { headers.append(readHeader(card)) }
    var result = ReadResult()
    let year = resolveYear(outline, headers)
    var reported: Set<YearInference.PrintedDate> = []
    var dates: [CalendarDate?] = []
    dates.reserveCapacity(headers.count)
    for header in headers {
      dates.append(year.flatMap { self.date(header, year: $0, reported: &reported) })
    }
    var conference: Conference?
    if let year {
      let warning: String?
      (conference, warning) = NeurIPSSeason.conference(
        year: year, days: dates.lazy.compactMap(\.self), file: file, zone: options.zone)
      if let warning, let first = headers.first(where: { $0.header != nil }) {
        warn(first.offset, warning)
      }
    }
    if let conference { result.conferences = [conference] }
    // The site's event pages are NeurIPS's only for a NeurIPS page.
    let linkYear = year.flatMap { conference == Conference.neurIPS(year: $0) ? $0 : nil }
    for (index, card) in outline.cards.enumerated() {
      if let event = event(
        card, headers[index], date: dates[index], conference: conference, linkYear: linkYear)
      {
        result.events.append(event)
      }
    }
    result.diagnostics = diagnostics.takeSorted()
    return result
  }

  // MARK: Headers and dates

  mutating func readHeader(_ card: PageOutline.Card) -> Header {
    let text = HTMLText(bytes, card.header ?? [], mapping: true)
    guard let first = text.sources.first else {
      return Header(offset: card.start, isMissing: true)
    }
    let header = text.bytes.withUnsafeBufferPointer { CardHeader.parse($0, 0..<$0.count) }
    guard let header else {
      warn(first, "cannot read the card header '\(text.string)'; kept without day, time and room")
      return Header(offset: first)
    }
    for problem in header.problems {
      warn(text.sources[Swift.min(problem.offset, text.sources.count - 1)], problem.message)
    }
    return Header(header: header, offset: first)
  }

  /// `--year`, else the page's year, else the one the weekdays fit.
  mutating func resolveYear(_ outline: PageOutline, _ headers: [Header]) -> Int? {
    if let year = options.year ?? outline.linkYear ?? outline.titleYear { return year }
    let printed = headers.compactMap { $0.header.map(Self.printedDate) }
    if let inferred = YearInference.infer(Set(printed)) { return inferred.year }
    if let first = headers.first(where: { $0.header != nil }) {
      warn(first.offset, "cannot tell the year from the page or the printed weekdays; pass --year")
    }
    return nil
  }

  /// The date of a header in a year, with a warning (once per printed date) when the day does
  /// not exist or falls on another weekday.
  mutating func date(
    _ header: Header, year: Int, reported: inout Set<YearInference.PrintedDate>
  ) -> CalendarDate? {
    guard let card = header.header else { return nil }
    let printed = Self.printedDate(card)
    let (date, problem) = YearInference.date(of: printed, in: year)
    if let problem, reported.insert(printed).inserted { warn(header.offset, problem) }
    return date
  }

  static func printedDate(_ header: CardHeader) -> YearInference.PrintedDate {
    YearInference.PrintedDate(weekday: header.weekday, month: header.month, day: header.day)
  }

  // MARK: Events

  mutating func event(
    _ card: PageOutline.Card, _ header: Header, date: CalendarDate?, conference: Conference?,
    linkYear year: Int?
  ) -> Event? {
    let title = card.title.map { HTMLText(bytes, $0, mapping: true) }
    let hasTitle = title.map { !$0.isEmpty } ?? false
    if header.isMissing {
      guard hasTitle else {
        warn(card.start, "the card has neither a title nor a header; skipped")
        return nil
      }
      warn(card.start, "the card has no header; kept without day, time and room")
    }
    let kindText = card.kind.map { HTMLText(bytes, $0).string } ?? ""
    let kind = EventKind(
      rawValue: kindText.isEmpty ? header.header?.kind ?? EventKind.unknown.rawValue : kindText)
    var titleText = title?.string ?? ""
    var titleOffset = title?.sources.first ?? card.start
    if !hasTitle {
      warn(card.start, "the card has no title")
      titleText = "(untitled \(kind.rawValue.lowercased()))"
      titleOffset = card.start
    }
    let authors = card.authors.map { AuthorNames.split(HTMLText(bytes, $0).string) } ?? []
    var links: [Link] = []
    if let number = card.number, let year {
      links.append(
        Link(
          label: "Event page",
          url: "https://nips.cc/Conferences/\(year)/Schedule?showEvent=\(number)"))
    }
    return Event(
      kind: kind, title: titleText, authors: authors.map { Author(name: $0) },
      conference: conference, date: date,
      start: header.header?.span.start, end: header.header?.span.end, room: header.header?.room,
      board: header.header?.board, session: session(card), links: links,
      source: location(of: titleOffset))
  }

  /// The link's text, else the part's text after `In `.
  func session(_ card: PageOutline.Card) -> String? {
    if let link = card.sessionLink.map({ HTMLText(bytes, $0).string }), !link.isEmpty {
      return link
    }
    guard var text = card.session.map({ HTMLText(bytes, $0).string }) else { return nil }
    if text.hasPrefix("In ") { text.removeFirst(3) }
    return text.isEmpty ? nil : text
  }

  // MARK: Helpers

  mutating func warn(_ offset: Int, _ message: String) {
    diagnostics.warn(atOffset: offset, message)
  }

  /// The line and column of a document offset.
  mutating func location(of offset: Int) -> SourceLocation {
    diagnostics.location(of: offset)
  }
}

extension DumpFamily {
  /// The conference site's schedule page (2019 and before), saved from a browser.
  public static let page = DumpFamily(rawValue: "page")
}
