/// The pass from the site's JSON to events (the form is described at `VirtualSiteJSONReader`):
/// the document, its edition and clock, then each visible event, then the links between a
/// paper's slots.
struct VirtualSiteJSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector
  /// Kinds this reader does not know: how many events have each, and the first's offset.
  private var unknownKinds: [String: (count: Int, offset: Int)] = [:]
  private var kindless: (count: Int, offset: Int)?
  private var untimed: (count: Int, offset: Int)?
  private var withoutOffset: (count: Int, offset: Int)?
  /// The city each session and room names, once per distinct name (a program has a few dozen).
  private var citiesNamed: [String: Conference?] = [:]
  /// Whether each kind written is one the site is known to use, once per distinct kind.
  private var knownKinds: [String: Bool] = [:]

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  mutating func run() -> ReadResult {
    var result = ReadResult()
    if let document = document() {
      read(document, into: &result)
    }
    result.diagnostics = diagnostics.sorted
    return result
  }

  /// The program, or nil (with an error saying why) for a file that is not one.
  private mutating func document() -> VirtualSiteDocument? {
    switch VirtualSiteDocument.parse(bytes) {
    case .failure(let failure):
      var end = bytes.count
      while end > 0, bytes[end - 1].isHTMLSpace { end -= 1 }
      // A string left open runs to the end of the file, as does a file cut short.
      let isCut = failure.offset >= end || failure.error.reason == .unterminatedString
      let cut = isCut ? "; the file ends too soon, as if cut short" : ""
      diagnostics.error(
        atOffset: failure.offset, "not valid JSON: \(failure.error.reason)\(cut)")
      return nil
    case .success(let document):
      switch document.shape {
      case .program:
        return document
      case .abstracts:
        diagnostics.error(
          atOffset: 0,
          "the virtual site's abstracts (\(document.abstracts.count)), with no events of their own: load them beside their program (--data <conf>-<year>-orals-posters.json --data \(file))"
        )
      case .other:
        diagnostics.error(
          atOffset: 0, "JSON that is not the virtual site's program: it has no 'results' array")
      }
      return nil
    }
  }

  private mutating func read(_ document: VirtualSiteDocument, into result: inout ReadResult) {
    for offset in document.strayResults {
      diagnostics.warn(atOffset: offset, "a result that is not an event (an object); skipped")
    }
    let records = document.records.filter(\.isVisible)
    guard !records.isEmpty else {
      let hidden = document.records.count
      diagnostics.error(
        atOffset: document.resultsOffset,
        hidden > 0
          ? "the program's \(hidden) events are all hidden (visible: false)"
          : "the program has no events yet")
      return
    }
    if document.hasNextPage || (document.count ?? 0) > document.records.count {
      let total = document.count.map { " of the \($0)" } ?? ""
      diagnostics.warn(
        atOffset: document.resultsOffset,
        "the file holds \(document.records.count)\(total) events of the program; the rest are on the site's next pages (its 'next'), not in this file"
      )
    }
    let starts = records.map { $0.start.flatMap(ISOTimestamp.init) }
    let ends = records.map { $0.end.flatMap(ISOTimestamp.init) }
    let edition = self.edition(records, starts)
    let unlisted = edition.flatMap { unlistedConference($0, starts, at: records[0].offset) }
    var indexByID: [String: Int] = [:]
    for (number, record) in records.enumerated() {
      let conference = unlisted ?? edition.flatMap { city(record, starts[number], in: $0) }
      let event = self.event(
        record, start: starts[number], end: ends[number], conference: conference,
        edition: edition)
      if let id = record.id {
        if indexByID[id] != nil {
          diagnostics.warn(
            atOffset: record.offset,
            "a second event with the id \(id); the slots that name \(id) are linked to the first")
        } else {
          indexByID[id] = result.events.count
        }
      }
      result.events.append(event)
    }
    reportTotals()
    for event in result.events {
      if let conference = event.conference, !result.conferences.contains(conference) {
        result.conferences.append(conference)
      }
    }
    result.slotGroups = SlotGroups.groups(
      count: result.events.count,
      links: records.enumerated().flatMap { number, record in
        record.related.compactMap { indexByID[$0] }.map { (number, $0) }
      })
  }

  // MARK: The edition

  /// The edition of the file: its series, and its year (`--year`, else the year of most
  /// `/virtual/YYYY/` addresses, else of most start times); nil, with a warning, when nothing
  /// gives a year.
  private mutating func edition(_ records: [VirtualSiteRecord], _ starts: [ISOTimestamp?])
    -> VirtualSiteEdition?
  {
    let siteURLs = records.lazy.compactMap(\.siteURL).filter { $0.hasPrefix("http") }.prefix(3)
    let authorURLs = records.lazy.compactMap(\.authorURL).prefix(3)
    let series = VirtualSiteEdition.series(
      fileName: file, urls: Array(siteURLs) + Array(authorURLs))
    let year =
      options.year
      ?? VirtualSiteEdition.mostCommon(
        records.compactMap { $0.siteURL.flatMap(VirtualSiteEdition.year(ofVirtualURL:)) })
      ?? VirtualSiteEdition.mostCommon(starts.compactMap { $0?.local.date.year })
    guard let year else {
      diagnostics.warn(
        atOffset: records[0].offset,
        "cannot tell the year: no /virtual/YYYY/ address and no start time; pass --year")
      return nil
    }
    return VirtualSiteEdition(series: series, year: year)
  }

  /// The conference of an edition the table lacks, shown in `--zone`, else at the offset most
  /// of its times have; nil for an edition the table has.
  private mutating func unlistedConference(
    _ edition: VirtualSiteEdition, _ starts: [ISOTimestamp?], at offset: Int
  ) -> Conference? {
    guard !edition.isListed else { return nil }
    var zone = options.zone
    var origin = "--zone"
    if zone == nil, let common = VirtualSiteEdition.mostCommon(starts.compactMap { $0?.offset }) {
      zone = VirtualSiteEdition.fixedZone(offset: common) ?? .utc
      origin = "the file's offset, \(VirtualSiteEdition.describe(offset: common))"
    }
    diagnostics.warn(atOffset: offset, edition.unlistedMessage(zone: zone, from: origin))
    return edition.unlisted(zone: zone)
  }

  /// The city of the table an event was held in: the one its session or room names, else the
  /// one whose offset its start has (`VirtualSiteEdition.city`).
  private mutating func city(
    _ record: VirtualSiteRecord, _ start: ISOTimestamp?, in edition: VirtualSiteEdition
  ) -> Conference? {
    guard edition.cities.count > 1 else { return edition.cities.first }
    let key = (record.session ?? "") + "\u{0}" + (record.room ?? "")
    let named: Conference?
    if let known = citiesNamed[key] {
      named = known
    } else {
      named = edition.cities.first { city in
        [record.session, record.room].contains { text in
          guard let text, let name = city.city else { return false }
          return text.lowercased().contains(name.lowercased())
        }
      }
      citiesNamed[key] = .some(named)
    }
    return named ?? edition.city(named: [], offset: start?.offset, utcMinutes: start?.utcMinutes)
  }

  // MARK: Events

  private mutating func event(
    _ record: VirtualSiteRecord, start: ISOTimestamp?, end: ISOTimestamp?,
    conference: Conference?, edition: VirtualSiteEdition?
  ) -> Event {
    let kind = self.kind(record)
    var title = record.name.map(VirtualSiteText.line) ?? ""
    if title.isEmpty {
      title = "(untitled \(kind.rawValue.lowercased()))"
      diagnostics.warn(
        atOffset: record.nameOffset ?? record.offset,
        "an event with no name\(record.id.map { " (id \($0))" } ?? ""); kept as '\(title)'")
    }
    var event = Event(
      kind: kind, title: title,
      authors: record.authors.compactMap { author in
        let name = VirtualSiteText.line(author.name)
        let affiliation = author.institution.map(VirtualSiteText.line)
        return name.isEmpty
          ? nil : Author(name: name, affiliation: affiliation?.isEmpty == false ? affiliation : nil)
      },
      conference: conference, room: Self.nonEmpty(record.room.map(VirtualSiteText.line)),
      board: Self.board(record.board),
      session: Self.nonEmpty(record.session.map(VirtualSiteText.line)),
      track: Self.nonEmpty(record.topic.map(VirtualSiteText.line)),
      sourceIDs: [record.id, record.uid].compactMap { $0 },
      abstract: Self.nonEmpty(record.abstract.map(VirtualSiteText.prose)),
      links: links(record, edition: edition),
      source: diagnostics.location(of: record.nameOffset ?? record.offset))
    place(&event, record, start: start, end: end)
    return event
  }

  /// Puts the event on its conference day, on the conference's clock.
  private mutating func place(
    _ event: inout Event, _ record: VirtualSiteRecord, start: ISOTimestamp?, end: ISOTimestamp?
  ) {
    guard let startText = record.start else {
      untimed = untimed.map { ($0.count + 1, $0.offset) } ?? (1, record.offset)
      return
    }
    let startOffset = record.startOffset ?? record.offset
    guard let start else {
      diagnostics.warn(
        atOffset: startOffset,
        "cannot read the start time '\(startText)'; kept without day and time")
      return
    }
    if end == nil, let endText = record.end {
      diagnostics.warn(
        atOffset: record.endOffset ?? startOffset,
        "cannot read the end time '\(endText)'; kept without an end")
    }
    let clock = ConferenceClock(zone: event.conference?.zone)
    func instant(_ timestamp: ISOTimestamp, at offset: Int) -> Int {
      if let minutes = timestamp.utcMinutes { return minutes }
      withoutOffset = withoutOffset.map { ($0.count + 1, $0.offset) } ?? (1, offset)
      return clock.utcMinutes(of: timestamp.local)
    }
    let startUTC = instant(start, at: startOffset)
    let endUTC = end.map { instant($0, at: record.endOffset ?? startOffset) }
    let slot = clock.slot(startUTC: startUTC, endUTC: endUTC)
    if let problem = slot.problem {
      diagnostics.warn(
        atOffset: record.endOffset ?? startOffset,
        problem == .endsBeforeStart
          ? "the event ends (\(record.end ?? "")) before it starts (\(startText)); its end is left out"
          : problem.message)
    }
    event.date = slot.date
    event.start = slot.start
    event.end = slot.end
  }

  /// `eventtype`, else a plain `event_type`, else the address's kind, else the decision's.
  private mutating func kind(_ record: VirtualSiteRecord) -> EventKind {
    if let written = record.eventType.map(VirtualSiteText.line), !written.isEmpty {
      if !isKnown(written) {
        let offset = record.eventTypeOffset ?? record.offset
        unknownKinds[written] =
          unknownKinds[written].map { ($0.count + 1, $0.offset) } ?? (1, offset)
      }
      return EventKind(rawValue: written)
    }
    if let label = record.eventTypeLabel.map(VirtualSiteText.line), !label.isEmpty,
      !label.contains("{"), isKnown(label)
    {
      return EventKind(rawValue: label)
    }
    if let kind = record.siteURL.flatMap(VirtualSiteKinds.kind(ofVirtualURL:))
      ?? record.decision.flatMap(VirtualSiteKinds.kind(ofDecision:))
    {
      return kind
    }
    kindless = kindless.map { ($0.count + 1, $0.offset) } ?? (1, record.offset)
    return .unknown
  }

  /// `VirtualSiteKinds.isKnown`, remembered: a program writes a handful of kinds 6,000 times.
  private mutating func isKnown(_ kind: String) -> Bool {
    if let known = knownKinds[kind] { return known }
    let known = VirtualSiteKinds.isKnown(kind)
    knownKinds[kind] = known
    return known
  }

  /// The warnings that sum up many events: unknown kinds, events with no time, times with no
  /// offset.
  private mutating func reportTotals() {
    for (kind, seen) in unknownKinds.sorted(by: { $0.value.offset < $1.value.offset }) {
      diagnostics.warn(
        atOffset: seen.offset,
        "unknown event type '\(kind)' (\(seen.count) event\(seen.count == 1 ? "" : "s")); kept as written"
      )
    }
    if let kindless {
      diagnostics.warn(
        atOffset: kindless.offset,
        "\(kindless.count) event\(kindless.count == 1 ? " has" : "s have") no eventtype, address or decision to tell its kind; kept as '\(EventKind.unknown)'"
      )
    }
    if let untimed {
      diagnostics.warn(
        atOffset: untimed.offset,
        untimed.count == 1
          ? "an event has no time yet (no starttime); kept without day and time"
          : "\(untimed.count) events have no time yet (no starttime); kept without day and time")
    }
    if let withoutOffset {
      diagnostics.warn(
        atOffset: withoutOffset.offset,
        "\(withoutOffset.count) time\(withoutOffset.count == 1 ? "" : "s") without a UTC offset, read on the conference's clock"
      )
    }
  }

  // MARK: Fields

  /// The event's page on the site, its paper, its PDF, and its other addresses, once each.
  private func links(_ record: VirtualSiteRecord, edition: VirtualSiteEdition?) -> [Link] {
    var links: [Link] = []
    func add(_ label: String, _ address: String?) {
      guard var url = address.map(VirtualSiteText.address), !url.isEmpty else { return }
      if url.hasPrefix("/"), let edition { url = edition.siteURL + url }
      guard url.hasPrefix("http://") || url.hasPrefix("https://"),
        !links.contains(where: { $0.url == url })
      else { return }
      links.append(Link(label: label, url: url))
    }
    add("Event page", record.siteURL)
    add("Paper", record.paperURL)
    add("PDF", record.pdfURL)
    add("Source", record.sourceURL)
    add("Link", record.url)
    return links
  }

  /// `#2504` is board `2504`.
  static func board(_ text: String?) -> String? {
    guard var board = text.map(VirtualSiteText.line) else { return nil }
    while board.hasPrefix("#") { board.removeFirst() }
    return nonEmpty(Markup.collapsingSpaces(board))
  }

  static func nonEmpty(_ text: String?) -> String? {
    text?.isEmpty == false ? text : nil
  }
}
