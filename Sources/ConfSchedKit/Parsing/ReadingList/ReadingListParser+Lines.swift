/// The line tests `ReadingListParser` walks by: an item's continuation lines and children,
/// front matter, headings, a table of contents, lines that hold no mention, labels.
extension ReadingListParser {
  /// Takes the lines below an item that are indented, not blank, and not items themselves.
  mutating func takeContinuations() -> [Line] {
    var continuations: [Line] = []
    var probe = lines
    while let next = probe.next() {
      let range = next.start..<next.end
      guard !bytes.isBlank(range), ListMarker.read(bytes, range) == nil,
        ListMarker.indentation(bytes, range) >= 2
      else { break }
      continuations.append(next)
      lines = probe
    }
    return continuations
  }

  /// Whether the next non-blank line is an item deeper than `indent`.
  func hasChildren(deeperThan indent: Int) -> Bool {
    var probe = lines
    while let line = probe.next() {
      guard !bytes.isBlank(line.start..<line.end) else { continue }
      guard let marker = ListMarker.read(bytes, line.start..<line.end) else { return false }
      return marker.indent > indent
    }
    return false
  }

  /// Skips YAML front matter (`---` ... `---`), when the dump opens with it.
  mutating func skipFrontMatter() {
    var probe = lines
    guard let first = probe.next(), bytes.string(bytes.trimmed(first.start..<first.end)) == "---"
    else { return }
    while let line = probe.next() {
      let range = bytes.trimmed(line.start..<line.end)
      if range.count == 3, bytes.string(range) == "---" || bytes.string(range) == "..." {
        lines = probe
        return
      }
    }
    diagnostics.warn(
      first, at: first.start, "front matter opened by '---' is never closed; read as text")
    _ = lines.next()
  }

  /// `# Title`, `## Table of Contents:`.
  func isHeading(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound, bytes[index] == UInt8(ascii: "#") { index += 1 }
    return index > range.lowerBound && (index == range.upperBound || bytes[index].isSpaceOrTab)
  }

  /// `Table of Contents`, `Contents:`, as a heading or a line of its own.
  func isContentsTitle(_ range: Range<Int>) -> Bool {
    guard (8...32).contains(range.count) else { return false }
    let words = TitleShape.words(bytes, range).map { TitleShape.bare(bytes, $0) }
      .filter { !$0.isEmpty }
    return words == ["table", "of", "contents"] || words == ["contents"]
  }

  /// A line that holds no mention: `<br>` and other tags, an image, a footnote, a rule.
  func isSkipped(_ range: Range<Int>) -> Bool {
    let first = bytes[range.lowerBound]
    if first == UInt8(ascii: "<") { return true }
    if range.count >= 2, first == UInt8(ascii: "!") || first == UInt8(ascii: "["),
      bytes[range.lowerBound + 1] == (first == UInt8(ascii: "!") ? 0x5B : 0x5E)
    {
      return true
    }
    // A rule: three marks or more of `-`, `*`, `_` or `=`, and spaces.
    var marks = 0
    for index in range where !bytes[index].isSpaceOrTab {
      let byte = bytes[index]
      guard byte == 0x2D || byte == 0x2A || byte == 0x5F || byte == 0x3D else { return false }
      marks += 1
    }
    return marks >= 3
  }

  /// A short line ending with a colon that introduces a list of lines: `Poster Session 1:`.
  func isLabel(_ range: Range<Int>) -> Bool {
    guard let last = range.last, bytes[last] == UInt8(ascii: ":") else { return false }
    let words = TitleShape.words(bytes, range)
    return words.count <= 6 && range.contains { bytes[$0].isASCIILetter }
  }
}
