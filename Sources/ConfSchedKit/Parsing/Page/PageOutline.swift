/// What a saved schedule page holds for its reader: the event cards, each part as pieces of
/// text, and the year the page names.
///
///     <div onClick="showDetail(14027)">                      the number, if the id lacks it
///       <div class="maincard narrower Poster" id="maincard_14027">
///         <div class="pull-right maincardHeader maincardType">Poster</div>          kind
///         <div class="maincardHeader">Tue Dec 10th 10:45 AM -- ... #1</div>          header
///         <div class="maincardBody">A Game Theoretic Approach to ...</div>           title
///         <div class="pull-right maincardHeader maincardType">In
///           <a href="/Conferences/2019/Schedule?showParentSession=15493">
///           Algorithms -- Adversarial Learning</a></div>                             session
///         <div class="maincardFooter">Shiyu Chang &middot; Yang Zhang</div>          authors
///       </div>
///     </div>
///
/// A card ends at its `</div>`, or where the next card starts (cards do not nest). Of two
/// `maincardType` parts, the one with a link is the session, the other the kind. Everything
/// outside cards is the page's chrome, read only for the year: the first `/Conferences/YYYY/`
/// of a link, and a year in the `<title>`.
struct PageOutline {
  /// One card's parts, nil when the card lacks the part.
  struct Card {
    /// The offset of the card's `<div`.
    var start: Int
    /// The event number on the site: `14027`.
    var number: String?
    var kind: [HTMLText.Piece]?
    var header: [HTMLText.Piece]?
    var title: [HTMLText.Piece]?
    /// The whole text of the session part: `In Algorithms -- Adversarial Learning`.
    var session: [HTMLText.Piece]?
    /// The text of the link in the session part: `Algorithms -- Adversarial Learning`.
    var sessionLink: [HTMLText.Piece]?
    var authors: [HTMLText.Piece]?
  }

  private enum Part { case type, header, title, footer }

  private(set) var cards: [Card] = []
  /// The year of the first `/Conferences/YYYY/` link.
  private(set) var linkYear: Int?
  /// The first year in the `<title>`.
  private(set) var titleYear: Int?

  private let bytes: UnsafeBufferPointer<UInt8>
  private var card: Card?
  /// The `div`s open in the current card, its own included.
  private var depth = 0
  /// The part being read and the depth of its `div`.
  private var part: (kind: Part, depth: Int)?
  private var pieces: [HTMLText.Piece] = []
  private var linkPieces: [HTMLText.Piece]?
  private var isInLink = false
  private var isInTitle = false
  /// The number of the `showDetail(…)` wrapper of the next card.
  private var pendingNumber: String?

  /// Reads the outline of a page.
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
    finishCard()
  }

  private mutating func text(_ range: Range<Int>) {
    if isInTitle, titleYear == nil { titleYear = year(in: range) }
    guard part != nil else { return }
    pieces.append(.text(range))
    if isInLink { linkPieces?.append(.text(range)) }
  }

  private mutating func start(_ tag: HTMLTag, _ scanner: HTMLScanner) {
    let isDiv = scanner.name(tag.name, is: "div")
    let classes = isDiv ? scanner.attribute("class", of: tag) : nil
    if let classes, scanner.hasClass("maincard", in: classes) {
      finishCard()
      let id = scanner.attribute("id", of: tag).flatMap { digits(after: "maincard_", in: $0) }
      card = Card(start: tag.start, number: id ?? pendingNumber)
      pendingNumber = nil
      depth = 1
      return
    }
    if scanner.name(tag.name, is: "a"), linkYear == nil,
      let href = scanner.attribute("href", of: tag)
    {
      linkYear = digits(after: "/Conferences/", in: href).flatMap(Int.init).flatMap(plausible)
    }
    guard card != nil else {
      if scanner.name(tag.name, is: "title") { isInTitle = true }
      if let onClick = scanner.attribute("onclick", of: tag),
        let number = digits(after: "showDetail(", in: onClick)
      {
        pendingNumber = number
      }
      return
    }
    if isDiv, !tag.isSelfClosing {
      depth += 1
      if part == nil, let classes, let kind = Self.part(classes, scanner) {
        part = (kind, depth)
        pieces = []
        linkPieces = nil
        return
      }
    }
    guard part != nil else { return }
    if scanner.name(tag.name, is: "a") {
      isInLink = true
      if linkPieces == nil { linkPieces = [] }
    } else if !Self.isInline(tag.name, scanner) {
      separateWords()
    }
  }

  private mutating func end(_ name: Range<Int>, _ scanner: HTMLScanner) {
    if scanner.name(name, is: "div"), card != nil {
      if let part, part.depth == depth {
        finishPart()
      } else if part != nil {
        separateWords()
      }
      depth -= 1
      if depth == 0 { finishCard() }
    } else if scanner.name(name, is: "a") {
      isInLink = false
    } else if scanner.name(name, is: "title") {
      isInTitle = false
    } else if part != nil, !Self.isInline(name, scanner) {
      separateWords()
    }
  }

  private mutating func separateWords() {
    pieces.append(.space)
    if isInLink { linkPieces?.append(.space) }
  }

  private mutating func finishPart() {
    guard let kind = part?.kind, var card else { return }
    switch kind {
    case .type:
      if let linkPieces {
        card.session = pieces
        card.sessionLink = linkPieces
      } else if card.kind == nil {
        card.kind = pieces
      } else if card.session == nil {
        card.session = pieces
      }
    case .header: card.header = card.header ?? pieces
    case .title: card.title = card.title ?? pieces
    case .footer: card.authors = card.authors ?? pieces
    }
    self.card = card
    part = nil
    pieces = []
    linkPieces = nil
    isInLink = false
  }

  private mutating func finishCard() {
    finishPart()
    if let card { cards.append(card) }
    card = nil
    depth = 0
  }

  // MARK: Helpers

  /// The digits right after the first `marker` (any case) in a range: `14027` in
  /// `showDetail(14027)`.
  private func digits(after marker: StaticString, in range: Range<Int>) -> String? {
    let length = marker.utf8CodeUnitCount
    var position = range.lowerBound
    while position + length <= range.upperBound {
      let matches = marker.withUTF8Buffer { pattern in
        (0..<length).allSatisfy {
          bytes[position + $0].lowercasedASCII == pattern[$0].lowercasedASCII
        }
      }
      if matches {
        var end = position + length
        while end < range.upperBound, bytes[end].isDigit { end += 1 }
        return end > position + length ? bytes.string(position + length..<end) : nil
      }
      position += 1
    }
    return nil
  }

  /// The first run of exactly four digits that is a plausible conference year.
  private func year(in range: Range<Int>) -> Int? {
    var position = range.lowerBound
    while position < range.upperBound {
      guard bytes[position].isDigit else {
        position += 1
        continue
      }
      var end = position
      while end < range.upperBound, bytes[end].isDigit { end += 1 }
      if end - position == 4, let year = Int(bytes.string(position..<end)).flatMap(plausible) {
        return year
      }
      position = end
    }
    return nil
  }

  private func plausible(_ year: Int) -> Int? {
    (1987...2100).contains(year) ? year : nil
  }

  /// The part a `div` of a card holds, by its classes; `maincardType` first, as the kind and
  /// session parts are `maincardHeader`s too.
  private static func part(_ classes: Range<Int>, _ scanner: HTMLScanner) -> Part? {
    if scanner.hasClass("maincardType", in: classes) { return .type }
    if scanner.hasClass("maincardHeader", in: classes) { return .header }
    if scanner.hasClass("maincardBody", in: classes) { return .title }
    if scanner.hasClass("maincardFooter", in: classes) { return .footer }
    return nil
  }

  /// Tags that do not separate words: `<a>`, `<i>`, `<span>`, `<sub>`...
  private static func isInline(_ name: Range<Int>, _ scanner: HTMLScanner) -> Bool {
    inlineNames.contains { scanner.name(name, is: $0) }
  }

  private static let inlineNames: [StaticString] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
    "u", "var", "wbr",
  ]
}
