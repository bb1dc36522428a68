/// Each visible event: its text, kind and slot on its conference's clock, and the warnings
/// that sum up many events.
extension VirtualSiteJSONParser {
  /// The event of a record, in its conference (shown on the conference's clock), appended to
  /// `events`.
  mutating func event(
    _ record: VirtualSiteRecord, start: ISOTimestamp?, end: ISOTimestamp?,
    conference: Conference?, clock: ConferenceClock, into events: inout [Event]
  ) {
    let kind = self.kind(record)
    var title = record.name ?? ""
    if title.isEmpty {
      title = "(untitled \(kind.rawValue.lowercased()))"
      diagnostics.warn(
        atOffset: record.nameOffset ?? record.offset,
        "an event with no name\(record.id.map { " (id \($0))" } ?? ""); kept as '\(title)'")
    }
    // Arrays made at their size: `compactMap` grows an array for each of 6,000 events.
    var authors: [Author] = []
    authors.reserveCapacity(record.authors.count)
    for author in record.authors {
      if !author.name.isEmpty {
        authors.append(Author(name: author.name, affiliation: Self.nonEmpty(author.institution)))
      }
    }
    var sourceIDs: [String] = []
    sourceIDs.reserveCapacity(2)
    if let id = record.id { sourceIDs.append(id) }
    if let uid = record.uid { sourceIDs.append(uid) }
    let source = diagnostics.location(of: record.nameOffset ?? record.offset)
    let slot = place(record, clock: clock, start: start, end: end)
    // Made once with its day and times, straight into the array: made, then placed, then
    // returned, it was copied (a retain and a release of each of its strings and arrays).
    events.append(
      Event(
        kind: kind, title: title, authors: authors,
        conference: conference, date: slot?.date, start: slot?.start, end: slot?.end,
        room: Self.nonEmpty(record.room), board: Self.board(record.board),
        session: Self.nonEmpty(record.session), track: Self.nonEmpty(record.topic),
        sourceIDs: sourceIDs,
        abstract: Self.nonEmpty(record.abstract),
        links: links(record),
        source: source))
  }

  /// The event's day and times on its conference's clock, or nil for an event with none.
  mutating func place(
    _ record: VirtualSiteRecord, clock: ConferenceClock, start: ISOTimestamp?,
    end: ISOTimestamp?
  ) -> ConferenceClock.Slot? {
    guard let startText = record.start else {
      untimed = untimed.map { ($0.count + 1, $0.offset) } ?? (1, record.offset)
      return nil
    }
    let startOffset = record.startOffset ?? record.offset
    guard let start else {
      diagnostics.warn(
        atOffset: startOffset,
        "cannot read the start time '\(startText.string(in: bytes))'; kept without day and time")
      return nil
    }
    if end == nil, let endText = record.end {
      diagnostics.warn(
        atOffset: record.endOffset ?? startOffset,
        "cannot read the end time '\(endText.string(in: bytes))'; kept without an end")
    }
    func instant(_ timestamp: ISOTimestamp, at offset: Int) -> Int {
      if let minutes = timestamp.utcMinutes { return minutes }
      withoutOffset = withoutOffset.map { ($0.count + 1, $0.offset) } ?? (1, offset)
      return clock.utcMinutes(of: timestamp.local)
    }
    let startUTC = instant(start, at: startOffset)
    let endUTC = end.map { instant($0, at: record.endOffset ?? startOffset) }
    let slot = clock.slot(
      start: wallTimes.local(startUTC, on: clock),
      end: endUTC.map { wallTimes.local($0, on: clock) })
    if let problem = slot.problem {
      diagnostics.warn(
        atOffset: record.endOffset ?? startOffset,
        problem == .endsBeforeStart
          ? "the event ends (\(record.end?.string(in: bytes) ?? "")) before it starts (\(startText.string(in: bytes))); its end is left out"
          : problem.message)
    }
    return slot
  }

  /// `eventtype`, else a plain `event_type`, else the address's kind, else the decision's.
  mutating func kind(_ record: VirtualSiteRecord) -> EventKind {
    if let written = record.eventType, !written.isEmpty {
      if !isKnown(written) {
        let offset = record.eventTypeOffset ?? record.offset
        unknownKinds[written] =
          unknownKinds[written].map { ($0.count + 1, $0.offset) } ?? (1, offset)
      }
      return EventKind(rawValue: written)
    }
    if let label = record.eventTypeLabel, !label.isEmpty,
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
  mutating func isKnown(_ kind: String) -> Bool {
    if let known = knownKinds[kind] { return known }
    let known = VirtualSiteKinds.isKnown(kind)
    knownKinds[kind] = known
    return known
  }

  /// The warnings that sum up many events: unknown kinds, events with no time, times with no
  /// offset.
  mutating func reportTotals() {
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
}
