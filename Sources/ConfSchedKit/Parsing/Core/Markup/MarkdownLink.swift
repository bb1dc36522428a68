/// A markdown inline link in a dump's bytes:
///
///     link := "[" label "]" "(" url ")"
///
/// The label may run over a line break (`[Sequential Neural Processes` / `](https://...)`) and
/// hold nested brackets; the url may hold balanced parentheses but no spaces or line breaks.
/// Images (`![alt](src)`) are not links.
struct MarkdownLink {
  /// The label, line breaks and runs of spaces collapsed, trimmed.
  var label: String
  /// The address.
  var url: String
  /// Offset of the `[`.
  var start: Int
  /// Offset of the first byte of the url.
  var urlStart: Int
  /// Offset just past the `)`.
  var end: Int

  /// Reads the link whose `[` is at `start`, not looking past `limit`; nil when there is none.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> MarkdownLink?
  {
    guard start < limit, bytes[start] == UInt8(ascii: "["),
      start == 0 || bytes[start - 1] != UInt8(ascii: "!")
    else { return nil }
    var index = start + 1
    var depth = 1
    while index < limit {
      let byte = bytes[index]
      if byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 { break }
      }
      index += 1
    }
    let close = index
    guard close + 1 < limit, bytes[close] == UInt8(ascii: "]"),
      bytes[close + 1] == UInt8(ascii: "(")
    else { return nil }
    let urlStart = close + 2
    index = urlStart
    depth = 1
    while index < limit {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D { return nil }
      if byte == UInt8(ascii: "(") {
        depth += 1
      } else if byte == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { break }
      }
      index += 1
    }
    guard index < limit else { return nil }
    let url = bytes.trimmed(urlStart..<index)
    guard !url.isEmpty else { return nil }
    return MarkdownLink(
      label: bytes.collapsedString(start + 1..<close), url: bytes.string(url), start: start,
      urlStart: url.lowerBound, end: index + 1)
  }

  /// The links of a range that holds nothing but links, spaces, a final `\` and the separators
  /// ` | `, ` · `, `,`; nil when anything else stands between them, or there is no link.
  static func linksOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [MarkdownLink]?
  {
    var links: [MarkdownLink] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "[") {
        guard let link = read(bytes, at: index, limit: range.upperBound) else { return nil }
        links.append(link)
        index = link.end
      } else if byte.isSpaceOrTab || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "|")
        || byte == UInt8(ascii: ",")
      {
        index += 1
      } else if bytes.isMiddleDot(at: index, before: range.upperBound) {
        index += 2
      } else {
        return nil
      }
    }
    return links.isEmpty ? nil : links
  }
}
