extension DisplayText {
  /// Like `wrapped(_:to:)`, but a word too long for a line breaks after one of its hyphens
  /// (`Communication-` / `efficient`) rather than anywhere; a word with no hyphen is still cut.
  static func wrappedAtHyphens(_ text: String, to limit: Int) -> [String] {
    var tokens: [(text: String, joinsNext: Bool)] = []
    for word in text.split(separator: " ") {
      guard width(String(word)) > limit, word.contains("-") else {
        tokens.append((String(word), false))
        continue
      }
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() {
        let isLast = index == parts.count - 1
        tokens.append((String(part) + (isLast ? "" : "-"), !isLast))
      }
    }
    var lines: [String] = []
    var current = ""
    var isGlued = false
    for token in tokens {
      let separator = current.isEmpty || isGlued ? "" : " "
      if !current.isEmpty && width(current + separator + token.text) > limit {
        lines.append(current)
        current = token.text
      } else {
        current += separator + token.text
      }
      isGlued = token.joinsNext
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.flatMap { width($0) > limit ? wrapped($0, to: limit) : [$0] }
  }
}
