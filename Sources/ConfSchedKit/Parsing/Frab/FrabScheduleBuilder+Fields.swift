/// An event's ids and links as `FrabScheduleBuilder` makes them: links absolute against the
/// schedule's `base_url`.
extension FrabScheduleBuilder {
  func sourceIDs(_ draft: FrabDocument.Event) -> [String] {
    var ids: [String] = []
    ids.reserveCapacity(2)
    for case let id? in [draft.guid, draft.id, draft.code] {
      guard let id = FrabText.line(id), !ids.contains(id) else { continue }
      ids.append(id)
    }
    return ids
  }

  func links(_ draft: FrabDocument.Event) -> [Link] {
    var links: [Link] = []
    let base = FrabText.line(document.conference.baseURL)
    if let url = FrabText.line(draft.url) {
      links.append(Link(label: "Event page", url: Self.absolute(url, base: base)))
    }
    for link in draft.links {
      guard let url = FrabText.line(link.url).map({ Self.absolute($0, base: base) }),
        !links.contains(where: { $0.url == url })
      else { continue }
      links.append(Link(label: FrabText.line(link.label) ?? "Link", url: url))
    }
    return links
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
