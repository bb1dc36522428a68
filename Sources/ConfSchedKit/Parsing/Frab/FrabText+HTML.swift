extension FrabText {
  /// An abstract written in HTML, as Pentabarf, wafer and FOSDEM's schedules write them
  /// (`<p>`, `<br/>`, `<a href>`, lists, escaped in the XML), as text: paragraphs as blank
  /// lines, breaks as line breaks, list items as `- `, other tags dropped, character
  /// references decoded. A text with no closing tag and no `<br` is not HTML and is kept as
  /// written, so `a < b` and `&` stay; pretalx's Markdown is kept too.
  static func readingHTML(_ text: String?) -> String? {
    guard let text, looksLikeHTML(text) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<") {
      output += rest[..<open]
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = rest[rest.index(after: open)..<close]
      let isClosing = tag.first == "/"
      let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
      switch name {
      case "br": output += "\n"
      case "li": output += isClosing ? "" : "\n- "
      case "p", "div", "ul", "ol", "blockquote", "pre", "table", "tr", "h1", "h2", "h3", "h4",
        "h5", "h6":
        output += "\n\n"
      default: break
      }
      rest = rest[rest.index(after: close)...]
    }
    output += rest
    return HTMLEntities.decode(output)
  }

  /// Whether a text has a closing tag (`</p>`, `</a>`) or a `<br`.
  private static func looksLikeHTML(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in
      guard bytes.count > 3 else { return false }
      var index = 0
      while let open = bytes.firstIndex(of: UInt8(ascii: "<"), in: index..<(bytes.count - 3)) {
        index = open + 1
        let next = bytes[open + 1]
        if next == UInt8(ascii: "/"), bytes[open + 2].isASCIILetter { return true }
        if next | 0x20 == UInt8(ascii: "b"), bytes[open + 2] | 0x20 == UInt8(ascii: "r") {
          return true
        }
      }
      return false
    }
  }
}
