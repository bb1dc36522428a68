/// What a saved page of the virtual site (2020-2025) holds for its reader: the event cards,
/// each part as pieces of text, told apart by their classes. Two layouts:
///
///     <div class="event-card touchup-date" id="event-109558"                2024-2025
///          data-event-type="Workshop" data-event-id="109558">
///       <span class="event-type-badge">Workshop</span>                        kind
///       <h3 class="event-title"><a href="/virtual/2025/workshop/109558">…</a></h3>   title
///       <div class="event-speakers">Jianyang Gu · Sam Stevens</div>           speakers
///       <span class="meta-pill time"><span class="touchup-time">Dec 6, 8:00 AM - 5:00 PM</span></span>
///       <span class="meta-pill"><span>Upper Level Room 32AB</span></span>     location
///       <div class="event-abstract"><div class="abstract-text">…</div>       abstract
///         <a class="show-more-btn">Show more</a></div>                        (left out)
///     </div>
///
///     <div class="displaycards touchup-date" id="event-71813">              2021-2023
///       <div class="virtual-card"><a class="small-title" href="/virtual/2023/poster/71813">…</a></div>
///       <div class="type_display_name_virtual_card">Spotlight Poster</div>    kind
///       <div class="author-str">A · B</div>                                  speakers
///       <div class="text-muted touchup-date-div">Tue 12 Dec 05:45 PM CET</div>    time
///       <div class="text-muted">(Great Hall &amp; Hall B1+B2 #1010)</div>     room, in brackets
///       <details><summary>Abstract</summary><div>…</div></details>           abstract
///     </div>
///
/// A card runs from its start tag to the end tag that closes it; a card that starts before the
/// last one closed, or that the input cuts off, is kept as far as it goes and marked cut. Text
/// of a card outside its parts, links, buttons and summaries is kept as loose runs, one per
/// element, where the room of a listing stands. Bookmarks, scripts and "Show more" are left out.
struct VirtualSiteOutline {
  enum Part: Hashable { case kind, title, speakers, time, location, abstract }

  struct Card {
    /// The offset of the card's start tag.
    var start: Int
    /// Whether the card's own end tag closed it.
    var isClosed = false
    /// The site's event id: `data-event-id`, else the digits of `id="event-…"`.
    var eventID: String?
    /// `data-event-type`, undecoded.
    var dataKind: Range<Int>?
    var parts: [Part: [HTMLText.Piece]] = [:]
    /// The `href` of the title's link, undecoded.
    var titleLink: Range<Int>?
    /// Text outside the parts, one run per element.
    var loose: [[HTMLText.Piece]] = []
  }

  private(set) var cards: [Card] = []
  /// The year of the first `/virtual/YYYY/` link of the page.
  private(set) var linkYear: Int?
  /// The first absolute address of a link, which names the site.
  private(set) var siteLink: String?
  /// Where a card's part stands outside any card: a fragment that starts inside a card.
  private(set) var strayPart: Int?

  private let bytes: UnsafeBufferPointer<UInt8>
  private var card: Card?
  /// The elements open in the current card, its own first.
  private var open: [Element] = []
  private var pieces: [HTMLText.Piece] = []
  private var loosePieces: [HTMLText.Piece] = []

  private struct Element {
    var name: Range<Int>
    /// The part this element starts.
    var part: Part?
    /// Left out with all it holds: a bookmark, a button, a summary.
    var isExcluded = false
    var isLink = false
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    var scanner = HTMLScanner(bytes)
    while let token = scanner.next() {
      switch token {
      case .text(let range): text(range)
      case .startTag(let tag): start(tag, scanner)
      case .endTag(let name): end(name, scanner)
      }
    }
    finishCard(isClosed: false)
  }

  // MARK: Tokens

  private mutating func text(_ range: Range<Int>) {
    guard card != nil, !open.contains(where: \.isExcluded) else { return }
    if open.contains(where: { $0.part != nil }) {
      pieces.append(.text(range))
    } else if !open.contains(where: \.isLink) {
      loosePieces.append(.text(range))
    }
  }

  private mutating func start(_ tag: HTMLTag, _ scanner: HTMLScanner) {
    let classes = scanner.attribute("class", of: tag)
    let href = scanner.name(tag.name, is: "a") ? scanner.attribute("href", of: tag) : nil
    if let href { noteLink(href) }
    if let classes, Self.isCard(classes, scanner) {
      finishCard(isClosed: false)
      startCard(tag, scanner)
      return
    }
    guard card != nil else {
      if strayPart == nil, cards.isEmpty, let classes,
        let part = Self.part(of: tag, classes, scanner), part != .kind
      {
        strayPart = tag.start
      }
      return
    }
    let isVoid = tag.isSelfClosing || Self.voidNames.contains { scanner.name(tag.name, is: $0) }
    if !VirtualSiteText.isInline(tag.name, scanner) { separate() }
    guard !isVoid else { return }
    var element = Element(name: tag.name, isLink: href != nil)
    element.isExcluded =
      classes.map { Self.isExcluded($0, scanner) } ?? false
      || Self.excludedNames.contains { scanner.name(tag.name, is: $0) }
    let inPart = open.contains { $0.part != nil }
    if !inPart, !element.isExcluded {
      let part =
        classes.flatMap { Self.part(of: tag, $0, scanner) }
        ?? (scanner.name(tag.name, is: "details") ? .abstract : nil)
      if let part, card?.parts[part] == nil {
        element.part = part
        pieces = []
      }
    }
    if let href, element.part == .title || open.contains(where: { $0.part == .title }),
      card?.titleLink == nil
    {
      card?.titleLink = href
    }
    open.append(element)
  }

  private mutating func end(_ name: Range<Int>, _ scanner: HTMLScanner) {
    guard card != nil else { return }
    guard let index = open.lastIndex(where: { scanner.name(name, isSameAs: $0.name) }) else {
      return
    }
    while open.count > index {
      let element = open.removeLast()
      if let part = element.part {
        card?.parts[part] = pieces
        pieces = []
      }
      if open.isEmpty {
        finishCard(isClosed: true)
        return
      }
    }
    if !VirtualSiteText.isInline(name, scanner) { separate() }
  }

  // MARK: Cards

  private mutating func startCard(_ tag: HTMLTag, _ scanner: HTMLScanner) {
    var card = Card(start: tag.start)
    card.eventID =
      scanner.attribute("data-event-id", of: tag).flatMap(digits)
      ?? scanner.attribute("id", of: tag).flatMap(digits)
    card.dataKind = scanner.attribute("data-event-type", of: tag)
    self.card = card
    open = tag.isSelfClosing ? [] : [Element(name: tag.name)]
    pieces = []
    loosePieces = []
    if open.isEmpty { finishCard(isClosed: true) }
  }

  /// Ends the current card: closed by its own end tag, or cut (by the next card or the end).
  private mutating func finishCard(isClosed: Bool) {
    guard var card else { return }
    if let part = open.compactMap(\.part).first, card.parts[part] == nil {
      card.parts[part] = pieces
    }
    if !loosePieces.isEmpty { card.loose.append(loosePieces) }
    card.isClosed = isClosed
    cards.append(card)
    self.card = nil
    open = []
    pieces = []
    loosePieces = []
  }

  /// Ends a run of loose text (at a block element's edge), and a word in a part.
  private mutating func separate() {
    if open.contains(where: { $0.part != nil }) {
      pieces.append(.space)
    } else if !loosePieces.isEmpty {
      card?.loose.append(loosePieces)
      loosePieces = []
    }
  }

  private mutating func noteLink(_ href: Range<Int>) {
    let text = bytes.string(href)
    if linkYear == nil { linkYear = VirtualSiteEdition.year(ofVirtualURL: text) }
    if siteLink == nil, VirtualSiteEdition.host(of: text) != nil, text.contains("/virtual/") {
      siteLink = text
    }
  }

  /// The digits of an attribute: `109558` in `event-109558`.
  private func digits(_ range: Range<Int>) -> String? {
    guard let first = bytes.firstIndex(where: \.isDigit, in: range) else { return nil }
    var end = first
    while end < range.upperBound, bytes[end].isDigit { end += 1 }
    return end == range.upperBound ? bytes.string(first..<end) : nil
  }

  // MARK: Classes

  private static func isCard(_ classes: Range<Int>, _ scanner: HTMLScanner) -> Bool {
    scanner.hasClass("event-card", in: classes) || scanner.hasClass("displaycards", in: classes)
  }

  /// The part an element starts, by its classes.
  private static func part(of tag: HTMLTag, _ classes: Range<Int>, _ scanner: HTMLScanner) -> Part?
  {
    if scanner.hasClass("event-type-badge", in: classes)
      || scanner.hasClass("type_display_name_virtual_card", in: classes)
    {
      return .kind
    }
    if scanner.hasClass("event-title", in: classes) || scanner.hasClass("small-title", in: classes)
    {
      return .title
    }
    if scanner.hasClass("event-speakers", in: classes)
      || scanner.hasClass("author-str", in: classes)
    {
      return .speakers
    }
    if scanner.hasClass("touchup-time", in: classes)
      || scanner.hasClass("touchup-date-div", in: classes)
    {
      return .time
    }
    if scanner.hasClass("event-abstract", in: classes)
      || scanner.hasClass("abstract-text", in: classes)
    {
      return .abstract
    }
    if scanner.hasClass("meta-pill", in: classes), !scanner.hasClass("time", in: classes) {
      return .location
    }
    if scanner.hasClass("event-location", in: classes)
      || scanner.hasClass("event-room", in: classes)
    {
      return .location
    }
    return nil
  }

  private static func isExcluded(_ classes: Range<Int>, _ scanner: HTMLScanner) -> Bool {
    scanner.hasClass("card-bookmark", in: classes) || scanner.hasClass("show-more-btn", in: classes)
      || scanner.hasClass("view-details-link", in: classes)
      || scanner.hasClass("bookmark-toggle", in: classes)
  }

  private static let excludedNames: [StaticString] = ["summary", "button", "noscript", "svg"]

  private static let voidNames: [StaticString] = [
    "br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "embed", "param",
    "track", "base",
  ]
}

extension HTMLScanner {
  /// Whether two names of the document are the same, ignoring ASCII case.
  func name(_ range: Range<Int>, isSameAs other: Range<Int>) -> Bool {
    guard range.count == other.count else { return false }
    return zip(range, other).allSatisfy {
      bytes[$0.0].lowercasedASCII == bytes[$0.1].lowercasedASCII
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The first index in a range whose byte satisfies a test.
  func firstIndex(where test: (UInt8) -> Bool, in range: Range<Int>) -> Int? {
    range.first { test(self[$0]) }
  }
}
