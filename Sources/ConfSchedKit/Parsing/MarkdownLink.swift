/// A markdown inline link `[label](url)` at the start of a text, and what follows it.
struct MarkdownLink {
  var label: String
  var url: String
  var rest: Substring

  /// Reads `[label](url)` at the start of `text`; brackets inside the label may nest once.
  static func parse(_ text: String) -> MarkdownLink? {
    guard text.first == "[" else { return nil }
    var depth = 0
    var labelEnd: String.Index?
    for index in text.indices {
      let char = text[index]
      if char == "[" { depth += 1 }
      if char == "]" {
        depth -= 1
        if depth == 0 {
          labelEnd = index
          break
        }
      }
    }
    guard let labelEnd else { return nil }
    let afterLabel = text.index(after: labelEnd)
    guard afterLabel < text.endIndex, text[afterLabel] == "(",
      let close = text[afterLabel...].firstIndex(of: ")")
    else { return nil }
    let label = String(text[text.index(after: text.startIndex)..<labelEnd])
    let url = String(text[text.index(after: afterLabel)..<close]).trimmingSpaces()
    return MarkdownLink(label: label, url: url, rest: text[text.index(after: close)...])
  }
}
