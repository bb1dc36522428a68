/// Text of the virtual site as a user reads it: character references decoded (`&amp;`,
/// `&#39;`), tags of an abstract's HTML removed, white space collapsed.
enum VirtualSiteText {
  /// A title, name, room or label: references decoded, white space collapsed. Tags are kept as
  /// text: a title may say `n<m`.
  static func line(_ text: String) -> String {
    Markup.collapsingSpaces(HTMLEntities.decode(text))
  }

  /// An address: references decoded (`&amp;` in a query), spaces at the ends trimmed.
  static func address(_ text: String) -> String {
    let decoded = HTMLEntities.decode(text)
    // A space's byte first or last is needed for a space Character there: most addresses
    // are settled without a Character comparison.
    guard decoded.utf8.first == 0x20 || decoded.utf8.last == 0x20,
      decoded.first == " " || decoded.last == " "
    else { return decoded }
    return decoded.trimmingSpaces()
  }

  /// Whether an address starts `https://` or `http://`: on its bytes, as a program checks
  /// 24,000 of them.
  static func isWebAddress(_ url: String) -> Bool {
    url.withUTF8Bytes { bytes in
      guard bytes.count >= 7, bytes[0] == UInt8(ascii: "h"), bytes[1] == UInt8(ascii: "t"),
        bytes[2] == UInt8(ascii: "t"), bytes[3] == UInt8(ascii: "p")
      else { return false }
      let colon = bytes[4] == UInt8(ascii: "s") ? 5 : 4
      return colon + 3 <= bytes.count && bytes[colon] == UInt8(ascii: ":")
        && bytes[colon + 1] == UInt8(ascii: "/") && bytes[colon + 2] == UInt8(ascii: "/")
    }
  }

  /// An abstract: HTML read as text when it has tags (`<p>`, `<br>`, `<em>`), references
  /// decoded, white space collapsed, and the `_x000D_` marks a spreadsheet export leaves for
  /// its carriage returns removed.
  static func prose(_ text: String) -> String {
    let plain = hasTags(text) ? html(text) : line(text)
    guard plain.containsBytes("x000D") else { return plain }
    let words = plain.split(separator: " ").map { word in
      word.replacing("_x000D_", with: "").replacing("x000D", with: "")
    }
    return words.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The readable text of an HTML fragment, block tags separating words.
  static func html(_ text: String) -> String {
    text.withUTF8Bytes { bytes in
      var pieces: [HTMLText.Piece] = []
      var scanner = HTMLScanner(bytes)
      while let token = scanner.next() {
        switch token {
        case .text(let range): pieces.append(.text(range))
        case .startTag(let tag): if !isInline(tag.name, scanner) { pieces.append(.space) }
        case .endTag(let name): if !isInline(name, scanner) { pieces.append(.space) }
        }
      }
      return HTMLText(bytes, pieces).string
    }
  }

  /// Whether a text has an HTML tag: `<` before a letter or `/`, and a `>` after it.
  static func hasTags(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in
      var index = 0
      while let open = bytes.firstIndex(of: UInt8(ascii: "<"), in: index..<bytes.count) {
        if open + 1 < bytes.count,
          bytes[open + 1].isASCIILetter || bytes[open + 1] == UInt8(ascii: "/"),
          bytes.firstIndex(of: UInt8(ascii: ">"), in: open..<bytes.count) != nil
        {
          return true
        }
        index = open + 1
      }
      return false
    }
  }

  /// Tags that do not separate words: `<a>`, `<em>`, `<span>`...
  static func isInline(_ name: Range<Int>, _ scanner: HTMLScanner) -> Bool {
    inlineNames.contains { scanner.name(name, is: $0) }
  }

  private static let inlineNames: [StaticString] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
    "u", "var", "wbr",
  ]
}
