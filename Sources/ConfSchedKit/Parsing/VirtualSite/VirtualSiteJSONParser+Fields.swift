/// The fields of an event that are cleaned on their own: its links and its board.
extension VirtualSiteJSONParser {
  /// The event's page on the site, its paper, its PDF, and its other addresses, once each.
  /// Prefixes are checked on the bytes, and the site's address (`https://neurips.cc`) is the
  /// one `read` settled for the file, not made again for each of 6,000 events.
  func links(_ record: VirtualSiteRecord) -> [Link] {
    var links: [Link] = []
    links.reserveCapacity(4)
    func add(_ label: String, _ address: String?) {
      guard var url = address.map(VirtualSiteText.address), let first = url.utf8.first else {
        return
      }
      if first == UInt8(ascii: "/"), let siteAddress {
        url = siteAddress + url
      }
      guard VirtualSiteText.isWebAddress(url), !links.contains(where: { $0.url == url })
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

  /// `#2504` is board `2504` (the text as the record keeps it, already cleaned as a line).
  static func board(_ board: String?) -> String? {
    guard let board else { return nil }
    guard board.utf8.first == UInt8(ascii: "#") else { return nonEmpty(board) }
    let number = board.utf8.drop { $0 == UInt8(ascii: "#") }
    return nonEmpty(Markup.collapsingSpaces(String(decoding: number, as: UTF8.self)))
  }

  static func nonEmpty(_ text: String?) -> String? {
    text?.isEmpty == false ? text : nil
  }
}
