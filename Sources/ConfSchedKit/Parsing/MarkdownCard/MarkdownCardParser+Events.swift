/// A markdown card's event: its header's day and times, its abstract, and the dump's year.
extension MarkdownCardParser {
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
  /// lines (and the gaps between runs) as paragraph breaks, LaTeX text commands and markdown
  /// escapes removed. Built as it goes, not as an array of lines joined at the end.
  func abstract(_ runs: [Paragraph]) -> String? {
    var text = ""
    var hasParagraph = false
    var linesInParagraph = 0
    var previousLine: Int?
    for run in runs {
      if let previousLine, run.firstLine.number > previousLine + 1, linesInParagraph > 0 {
        hasParagraph = true
        linesInParagraph = 0
      }
      previousLine = run.lastLine.number
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

  /// The NeurIPS edition of the year, or another conference when no card's day is in
  /// NeurIPS's season (`NeurIPSSeason`), said at the first header.
  mutating func conference(of cards: [Card], year: Int) -> Conference {
    let days = cards.lazy.compactMap { card in
      card.header.flatMap { header in
        YearInference.date(
          of: YearInference.PrintedDate(
            weekday: header.weekday, month: header.month, day: header.day),
          in: year
        ).date
      }
    }
    let (conference, warning) = NeurIPSSeason.conference(
      year: year, days: days, file: file, zone: options.zone)
    if let warning, let line = cards.compactMap(\.headerLine).first { warn(line, warning) }
    return conference
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

}
