/// The pass from the site's JSON to events (the form is described at `VirtualSiteJSONReader`):
/// the document, its edition and clock, then each visible event, then the links between a
/// paper's slots.
struct VirtualSiteJSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector
  /// Kinds this reader does not know: how many events have each, and the first's offset.
  var unknownKinds: [String: (count: Int, offset: Int)] = [:]
  var kindless: (count: Int, offset: Int)?
  var untimed: (count: Int, offset: Int)?
  var withoutOffset: (count: Int, offset: Int)?
  /// The city (its index in the edition's) each session and room names, once per distinct name
  /// (a program has a few dozen).
  var citiesNamed: [CityKey: Int?] = [:]
  /// Whether each kind written is one the site is known to use, once per distinct kind.
  var knownKinds: [String: Bool] = [:]
  /// The site's address that relative links are read against (`https://neurips.cc`), once the
  /// edition is known.
  var siteAddress: String?
  /// The wall-clock moments of the instants placed so far, per zone.
  var wallTimes = ConferenceClock.Memo()

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
    result.diagnostics = diagnostics.takeSorted()
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
    let starts = records.map(\.startTime)
    let ends = records.map(\.endTime)
    let edition = self.edition(records, starts)
    siteAddress = edition?.siteURL
    let unlisted = edition.flatMap { unlistedConference($0, starts, at: records[0].offset) }
    var indexByID: [String: Int] = [:]
    indexByID.reserveCapacity(records.count)
    result.events.reserveCapacity(result.events.count + records.count)
    // Each city's clock made once, not copied from its zone's rules for each event.
    let clocks = edition?.cities.map { ConferenceClock(zone: $0.zone) } ?? []
    let unlistedClock = ConferenceClock(zone: unlisted?.zone)
    // The conferences in order of their first event: each city's checked once.
    var citySeen = [Bool](repeating: false, count: edition?.cities.count ?? 0)
    if let unlisted { result.conferences.append(unlisted) }
    for (number, record) in records.enumerated() {
      var city: Int?
      if unlisted == nil, let edition, let index = cityIndex(record, starts[number], in: edition) {
        city = index
        if !citySeen[index] {
          citySeen[index] = true
          if !result.conferences.contains(edition.cities[index]) {
            result.conferences.append(edition.cities[index])
          }
        }
      }
      // The conference handed straight to the event: kept in a variable first, it was copied
      // twice (a retain and a release of each of its fields and its zone's rules).
      self.event(
        record, start: starts[number], end: ends[number],
        conference: city.flatMap { edition?.cities[$0] } ?? unlisted,
        clock: city.map { clocks[$0] } ?? unlistedClock, into: &result.events)
      if let id = record.id {
        if indexByID[id] != nil {
          diagnostics.warn(
            atOffset: record.offset,
            "a second event with the id \(id); the slots that name \(id) are linked to the first")
        } else {
          indexByID[id] = result.events.count - 1
        }
      }
    }
    reportTotals()
    result.slotGroups = SlotGroups.groups(
      count: result.events.count,
      links: records.enumerated().flatMap { number, record in
        record.related.compactMap { indexByID[$0] }.map { (number, $0) }
      })
  }
}
