/// The pass from a saved page's cards to events (the form is described at
/// `VirtualSitePageReader`): the outline, each card's fields, then its time placed on the
/// conference's clock (`VirtualSitePageParser+Times`).
struct VirtualSitePageParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector
  var outline: VirtualSiteOutline
  var series = VirtualSiteEdition.Series.neurIPS
  /// The conferences of editions the table lacks, by year, once warned about.
  var unlisted: [Int: Conference] = [:]
  var untimed: (count: Int, offset: Int)?
  var unknownKinds: [String: (count: Int, offset: Int)] = [:]
  var hasWarnedZoneless = false
  var warnedZones: Set<String> = []
  /// The offsets the page prints its times at, for an edition the table lacks.
  var printedOffsets: [Int] = []
  var reportedDates: Set<YearInference.PrintedDate> = []

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
    self.outline = VirtualSiteOutline(bytes)
  }

  /// A card's fields, read before any is placed (the year of a page without links comes from
  /// all of its printed dates).
  struct Draft {
    var card: VirtualSiteOutline.Card
    var title: HTMLText?
    var link: String?
    var time: PrintedTime?
    var timeOffset: Int
    var year: Int?
  }

  mutating func run() -> ReadResult {
    var result = ReadResult()
    read(into: &result)
    result.diagnostics = diagnostics.takeSorted()
    return result
  }

  private mutating func read(into result: inout ReadResult) {
    if let stray = outline.strayPart {
      diagnostics.warn(
        atOffset: stray,
        "the page starts inside a card: the card's parts before the first whole card are skipped")
    }
    guard !outline.cards.isEmpty else {
      diagnostics.error(atOffset: 0, "a page of the virtual site with no event cards in it")
      return
    }
    series = VirtualSiteEdition.series(fileName: file, urls: outline.siteLink.map { [$0] } ?? [])
    var drafts: [Draft] = []
    for card in outline.cards { drafts.append(draft(card)) }
    printedOffsets = drafts.compactMap { draft in
      guard case .offset(let offset, _)? = draft.time?.start.zone else { return nil }
      return offset
    }
    let pageYear = options.year ?? outline.linkYear ?? inferredYear(drafts)
    for index in drafts.indices where drafts[index].year == nil {
      drafts[index].year = pageYear
    }
    for (number, draft) in drafts.enumerated() {
      if !draft.card.isClosed {
        let isLast = number == drafts.count - 1
        diagnostics.warn(
          atOffset: draft.card.start,
          isLast
            ? "the card is cut off: the file ends inside it; read as far as it goes"
            : "the card does not end before the next one starts; read up to there")
      }
      if let event = event(draft) { result.events.append(event) }
    }
    reportTotals()
    for event in result.events {
      if let conference = event.conference, !result.conferences.contains(conference) {
        result.conferences.append(conference)
      }
    }
  }

  // MARK: Cards

  mutating func draft(_ card: VirtualSiteOutline.Card) -> Draft {
    let title = card.parts[.title].map { HTMLText(bytes, $0, mapping: true) }
    let link = card.titleLink.map { HTMLEntities.decode(bytes.string($0)) }
    let timeText = text(card.parts[.time])
    let timeOffset = card.parts[.time].flatMap(firstOffset) ?? card.start
    var time: PrintedTime?
    if !timeText.isEmpty {
      time = PrintedTime.parse(timeText)
      if time == nil {
        diagnostics.warn(
          atOffset: timeOffset, "cannot read the time '\(timeText)'; kept without day and time")
      }
    }
    let year = options.year ?? link.flatMap(VirtualSiteEdition.year(ofVirtualURL:))
    return Draft(
      card: card, title: title, link: link, time: time, timeOffset: timeOffset,
      year: year ?? time?.start.year)
  }

  mutating func event(_ draft: Draft) -> Event? {
    let card = draft.card
    let kind = self.kind(card, link: draft.link)
    var title = draft.title?.string ?? ""
    var titleOffset = draft.title?.sources.first ?? card.start
    if title.isEmpty {
      guard draft.time != nil else {
        diagnostics.warn(atOffset: card.start, "a card with neither a title nor a time; skipped")
        return nil
      }
      title = "(untitled \(kind.rawValue.lowercased()))"
      titleOffset = card.start
      diagnostics.warn(atOffset: card.start, "the card has no title; kept as '\(title)'")
    }
    let (room, board) = location(card, time: draft.time)
    let abstract = VirtualSiteText.prose(text(card.parts[.abstract]))
    var event = Event(
      kind: kind, title: title,
      authors: AuthorNames.split(text(card.parts[.speakers])).map { Author(name: $0) },
      room: room, board: board, sourceIDs: card.eventID.map { [$0] } ?? [],
      abstract: abstract.isEmpty ? nil : abstract, links: links(draft),
      source: diagnostics.location(of: titleOffset))
    guard let year = draft.year else { return event }
    let conference = conference(year: year, room: room, at: card.start)
    event.conference = conference
    if let time = draft.time {
      place(&event, time, year: year, conference: conference, at: draft.timeOffset)
    } else {
      untimed = untimed.map { ($0.count + 1, $0.offset) } ?? (1, card.start)
    }
    return event
  }

  /// `data-event-type`, else the badge or label, else the kind of the link.
  mutating func kind(_ card: VirtualSiteOutline.Card, link: String?) -> EventKind {
    var written = card.dataKind.map { VirtualSiteText.line(bytes.string($0)) } ?? ""
    if written.isEmpty { written = text(card.parts[.kind]) }
    if written.isEmpty {
      return link.flatMap(VirtualSiteKinds.kind(ofVirtualURL:)) ?? .unknown
    }
    if !VirtualSiteKinds.isKnown(written) {
      unknownKinds[written] =
        unknownKinds[written].map { ($0.count + 1, $0.offset) }
        ?? (1, card.start)
    }
    return EventKind(rawValue: written)
  }

  /// The room and board: the location pill (`Hall B #1010`), else a room in brackets after the
  /// time or on a line of its own (`(Great Hall & Hall B1+B2 #1010)`).
  func location(_ card: VirtualSiteOutline.Card, time: PrintedTime?) -> (String?, String?) {
    var place = text(card.parts[.location])
    if place.isEmpty {
      let candidates = [time?.rest ?? ""] + card.loose.map { HTMLText(bytes, $0).string }
      place = candidates.lazy.compactMap(Self.bracketed).first ?? ""
    }
    guard !place.isEmpty else { return (nil, nil) }
    if let hash = place.lastIndex(of: "#") {
      let board = place[place.index(after: hash)...].trimmingSpaces()
      let room = place[..<hash].trimmingSpaces()
      if !board.isEmpty, !board.contains(" ") {
        return (room.isEmpty ? nil : room, board)
      }
    }
    return (place, nil)
  }

  /// The text inside `( … )` or `[ … ]` that is the whole of a text.
  static func bracketed(_ text: String) -> String? {
    guard let first = text.first, let last = text.last, text.count > 2,
      (first == "(" && last == ")") || (first == "[" && last == "]")
    else { return nil }
    let inner = text.dropFirst().dropLast().trimmingSpaces()
    return inner.isEmpty ? nil : inner
  }

  /// The event's page on the site.
  func links(_ draft: Draft) -> [Link] {
    guard var url = draft.link, !url.isEmpty, !url.hasPrefix("#") else { return [] }
    if url.hasPrefix("/") {
      url = VirtualSiteEdition(series: series, year: draft.year ?? 0).siteURL + url
    }
    guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return [] }
    return [Link(label: "Event page", url: url)]
  }

  // MARK: Helpers

  func text(_ pieces: [HTMLText.Piece]?) -> String {
    pieces.map { HTMLText(bytes, $0).string } ?? ""
  }

  func firstOffset(_ pieces: [HTMLText.Piece]) -> Int? {
    HTMLText(bytes, pieces, mapping: true).sources.first
  }

  /// The year the printed weekdays fit, for a page with no links and no `--year`.
  mutating func inferredYear(_ drafts: [Draft]) -> Int? {
    let printed = drafts.compactMap { draft -> YearInference.PrintedDate? in
      guard let start = draft.time?.start, let month = start.month, let day = start.day else {
        return nil
      }
      return YearInference.PrintedDate(weekday: start.weekday, month: month, day: day)
    }
    // The site's years: of those the weekdays fit, the latest edition of the table, else the
    // first (the card dumps' inference prefers the years before the site, 2019 and earlier).
    let dates = Set(printed).filter { $0.weekday != nil }
    let fitting = (2020...2035).filter { year in
      !dates.isEmpty
        && dates.allSatisfy {
          CalendarDate(year: year, month: $0.month, day: $0.day)?.weekday == $0.weekday
        }
    }
    let editions = Set(Conference.neurIPSEditions.map(\.year))
    if let year = fitting.last(where: editions.contains) ?? fitting.first { return year }
    if let first = drafts.first(where: { $0.time != nil && $0.year == nil }) {
      diagnostics.warn(
        atOffset: first.timeOffset,
        "cannot tell the year: no /virtual/YYYY/ link and no weekday to go by; pass --year")
    }
    return nil
  }
}
