/// An event's ids, links and kind as `FrabScheduleBuilder` makes them: links absolute against
/// the schedule's `base_url`; what many events share (kinds, zone conversions) made once.
extension FrabScheduleBuilder {
  func sourceIDs(_ draft: FrabDocument.Event) -> [String] {
    var ids: [String] = []
    ids.reserveCapacity(2)
    func add(_ text: String?) {
      guard let id = FrabText.line(text), !ids.contains(id) else { return }
      ids.append(id)
    }
    add(draft.guid)
    add(draft.id)
    add(draft.code)
    return ids
  }

  func links(_ draft: FrabDocument.Event) -> [Link] {
    var links: [Link] = []
    if let url = FrabText.line(draft.url) {
      links.append(Link(label: "Event page", url: Self.absolute(url, base: baseURL)))
    }
    for link in draft.links {
      guard let url = FrabText.line(link.url).map({ Self.absolute($0, base: baseURL) }),
        !links.contains(where: { $0.url == url })
      else { continue }
      links.append(Link(label: FrabText.line(link.label) ?? "Link", url: url))
    }
    return links
  }

  /// An event's kind: one `EventKind` per distinct `<type>` text, as a schedule has a handful
  /// (lowercasing each of a thousand `Talk`s again would cost more than reading them).
  mutating func kind(_ type: String?) -> EventKind {
    guard let type else { return .unknown }
    if let known = kinds[type] { return known }
    let kind = FrabText.line(type).map(EventKind.init(rawValue:)) ?? .unknown
    kinds[type] = kind
    return kind
  }

  /// `ZoneRule.utcMinutes(on:at:)`, remembered per wall-clock minute: a schedule's events
  /// start at a few hundred distinct times, and each asks.
  mutating func utcMinutes(on date: CalendarDate, at time: LocalTime, in zone: ZoneRule) -> Int {
    let key = date.daysSinceEpoch * 1440 + time.minutes
    if let known = utcMinutesByWallClock[key] { return known }
    let minutes = zone.utcMinutes(on: date, at: time)
    utcMinutesByWallClock[key] = minutes
    return minutes
  }

  /// A link's address made absolute against the schedule's `base_url`, as the format says:
  /// `/media/a.pdf` against its host, `a.pdf` against the base itself; an address with a
  /// scheme (`https:`, `mailto:`) as it is.
  static func absolute(_ url: String, base: String?) -> String {
    guard let base, schemeColon(url) == nil, let colon = schemeColon(base),
      base.utf8[colon...].starts(with: "://".utf8)
    else { return url }
    if url.utf8.starts(with: "//".utf8) { return String(base[..<colon]) + ":" + url }
    if url.utf8.first == UInt8(ascii: "/") {
      let host = base.utf8.index(colon, offsetBy: 3)
      let hostEnd = base.utf8[host...].firstIndex(of: UInt8(ascii: "/")) ?? base.endIndex
      return String(base[..<hostEnd]) + url
    }
    return base + (base.utf8.last == UInt8(ascii: "/") ? "" : "/") + url
  }

  /// The `:` that ends an address's scheme (`https:`), if it starts with one.
  private static func schemeColon(_ url: String) -> String.Index? {
    let utf8 = url.utf8
    guard let first = utf8.first, first.isASCIILetter else { return nil }
    var index = utf8.index(after: utf8.startIndex)
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: ":") { return index }
      guard
        byte.isASCIILetter || byte.isDigit || byte == UInt8(ascii: "+")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      else { return nil }
      index = utf8.index(after: index)
    }
    return nil
  }
}
