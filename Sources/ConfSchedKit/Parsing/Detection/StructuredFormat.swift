/// What a text in a structured format seems to be, when no reader takes it: such a file is
/// refused by name with what was seen, never read as prose that mentions papers (an iCalendar
/// file read as a reading list gave one "mention" per property line).
enum StructuredFormat: Equatable {
  /// `BEGIN:VCALENDAR`.
  case iCalendar
  /// An XML document and its root element's name.
  case xml(root: String)
  /// A JSON object or array.
  case json
  /// An HTML page or fragment.
  case html
  /// `{\rtf1`.
  case rtf

  /// Why the file is refused, in words.
  var refusal: String {
    switch self {
    case .iCalendar:
      return "an iCalendar file with no event (VEVENT) in it that has a start"
    case .xml(let root) where root.lowercased() == "schedule":
      return "schedule XML (root <\(root)>) with no events"
    case .xml(let root) where ["conference", "schedules"].contains(root.lowercased()):
      return "schedule XML (root <\(root)>): no reader for it yet"
    case .xml(let root):
      return "XML whose root is <\(root)>: not a schedule"
    case .json:
      return
        "JSON that is not a schedule confsched knows (a frab or pretalx schedule.json has a 'schedule' object with a 'conference')"
    case .html:
      return
        "an HTML page with no schedule confsched knows (it reads the NeurIPS site's saved pages: 2019's schedule, whose cards are 'maincard', and the virtual site's of 2020 on, whose cards are 'event-card' or 'displaycards')"
    case .rtf:
      return "an RTF document: save it as plain text or markdown first"
    }
  }

  /// The structured format a text is in, from its first bytes, or nil for plain text and
  /// markdown (which may start with a tag or two, as a README's logo does).
  static func identify(_ source: DumpSource) -> StructuredFormat? {
    source.text.withUTF8Bytes { bytes in
      var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
      guard index < bytes.count else { return nil }
      let rest = UnsafeBufferPointer(rebasing: bytes[index...])
      if rest.startsIgnoringCase("begin:vcalendar") { return .iCalendar }
      if rest.starts(with: "{\\rtf".utf8) { return .rtf }
      if rest[0] == UInt8(ascii: "{") || rest[0] == UInt8(ascii: "[") {
        return looksLikeJSON(rest) ? .json : nil
      }
      guard rest[0] == UInt8(ascii: "<") else { return nil }
      if let root = rootElement(rest) {
        if root.lowercased() == "html" { return .html }
        if rest.startsIgnoringCase("<?xml") { return .xml(root: root) }
        // A document that opens with a tag: HTML when much of it is markup, closed tag by tag
        // (a page or a copied fragment; a third of the text or more), else markdown with a logo
        // or a tag in it.
        let markup = markupShare(rest)
        if markup.share >= 0.6 || (markup.share >= 0.35 && markup.closingTags >= 5) {
          return htmlElements.contains(root.lowercased()) ? .html : .xml(root: root)
        }
      }
      return nil
    }
  }

  /// The name of the first element, after an XML declaration, comments, processing
  /// instructions and a doctype.
  private static func rootElement(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var index = 0
    while index < bytes.count {
      while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
      let rest = UnsafeBufferPointer(rebasing: bytes[index...])
      if rest.starts(with: "<!--".utf8) {
        guard let end = find("-->", in: bytes, from: index + 4) else { return nil }
        index = end + 3
      } else if rest.starts(with: "<?".utf8) || rest.starts(with: "<!".utf8) {
        guard let end = bytes.firstIndex(of: UInt8(ascii: ">"), in: index..<bytes.count) else {
          return nil
        }
        index = end + 1
      } else {
        var end = index + 1
        while end < bytes.count, end - index < 64,
          bytes[end].isASCIILetter || bytes[end].isDigit || bytes[end] == UInt8(ascii: ":")
            || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_")
        {
          end += 1
        }
        return end > index + 1 ? bytes.string(index + 1..<end) : nil
      }
    }
    return nil
  }

  /// The share of the non-blank bytes of the first 64 KB that stand inside tags (from a `<`
  /// before a letter, `/` or `!` to the next `>`), and the number of closing tags there.
  private static func markupShare(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    share: Double, closingTags: Int
  ) {
    var closingTags = 0
    var inTag = false
    var markup = 0
    var total = 0
    for index in 0..<Swift.min(bytes.count, 1 << 16) {
      let byte = bytes[index]
      if !inTag, byte == UInt8(ascii: "<"), index + 1 < bytes.count {
        let next = bytes[index + 1]
        inTag = next.isASCIILetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
        if next == UInt8(ascii: "/") { closingTags += 1 }
      }
      if !byte.isHTMLSpace {
        total += 1
        if inTag { markup += 1 }
      }
      if inTag, byte == UInt8(ascii: ">") { inTag = false }
    }
    return (total == 0 ? 0 : Double(markup) / Double(total), closingTags)
  }

  /// A JSON text: an object whose first member is a string key, or an array whose first element
  /// is a JSON value (markdown can open with `[Link](...)`, which is not JSON).
  private static func looksLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 1
    while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
    guard index < bytes.count else { return false }
    let next = bytes[index]
    if bytes[0] == UInt8(ascii: "{") {
      return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}")
    }
    return next == UInt8(ascii: "{") || next == UInt8(ascii: "[") || next == UInt8(ascii: "\"")
      || next == UInt8(ascii: "]") || next.isDigit || next == UInt8(ascii: "-")
  }

  private static func find(_ pattern: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    let needle = Array(pattern.utf8)
    var index = start
    while let found = bytes.firstIndex(of: needle[0], in: index..<bytes.count) {
      if bytes[found...].starts(with: needle) { return found }
      index = found + 1
    }
    return nil
  }

  /// Elements that open an HTML fragment copied from a page.
  private static let htmlElements: Set<String> = [
    "html", "head", "body", "div", "section", "main", "article", "table", "ul", "ol", "p", "span",
    "a", "header", "footer", "nav", "script", "style", "meta", "link", "title", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "tr", "td", "li", "u", "b", "i", "em", "strong", "br", "img", "sup",
    "sub", "small", "label", "button", "input", "svg:svg", "template",
  ]
}
