extension DisplayText {
  /// Like `wrapped(_:to:)`, but a word too long for a line breaks after one of its hyphens
  /// (`Communication-` / `efficient`) rather than anywhere; a word with no hyphen is still cut.
  static func wrappedAtHyphens(_ text: String, to limit: Int) -> [String] {
    var tokens: [(text: Substring, width: Int, joinsNext: Bool)] = []
    for word in text.split(separator: " ") {
      let wordWidth = width(word)
      guard wordWidth > limit, word.contains("-") else {
        tokens.append((word, wordWidth, false))
        continue
      }
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      var start = word.startIndex
      for (index, part) in parts.enumerated() {
        let isLast = index == parts.count - 1
        let end = isLast ? part.endIndex : word.index(after: part.endIndex)
        tokens.append((word[start..<end], width(part) + (isLast ? 0 : 1), !isLast))
        start = end
      }
    }
    var lines: [String] = []
    var current = ""
    var used = 0
    var isGlued = false
    for token in tokens {
      let separator = current.isEmpty || isGlued ? 0 : 1
      if !current.isEmpty && used + separator + token.width > limit {
        lines.append(current)
        current = String(token.text)
        used = token.width
      } else {
        if separator == 1 { current += " " }
        current += token.text
        used += separator + token.width
      }
      isGlued = token.joinsNext
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.flatMap { width($0) > limit ? wrapped($0, to: limit) : [$0] }
  }
}
