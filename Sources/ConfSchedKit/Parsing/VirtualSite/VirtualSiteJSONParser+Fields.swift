/// The fields of an event that are cleaned on their own: its links and its board.
extension VirtualSiteJSONParser {
  /// The event's page on the site, its paper, its PDF, and its other addresses, once each.
  func links(_ record: VirtualSiteRecord, edition: VirtualSiteEdition?) -> [Link] {
    var links: [Link] = []
    func add(_ label: String, _ address: String?) {
      guard var url = address.map(VirtualSiteText.address), !url.isEmpty else { return }
      // The first byte settles most addresses before a Character comparison is needed.
      if url.utf8.first == UInt8(ascii: "/"), url.hasPrefix("/"), let edition {
        url = edition.siteURL + url
      }
      guard url.utf8.first == UInt8(ascii: "h"),
        url.hasPrefix("https://") || url.hasPrefix("http://"),
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
    while board.utf8.first == UInt8(ascii: "#"), board.hasPrefix("#") { board.removeFirst() }
    return nonEmpty(Markup.collapsingSpaces(board))
  }

  static func nonEmpty(_ text: String?) -> String? {
    text?.isEmpty == false ? text : nil
  }
}
