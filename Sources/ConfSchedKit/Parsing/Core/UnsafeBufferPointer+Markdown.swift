/// Byte-level helpers for the markdown of the notes family.
extension UnsafeBufferPointer<UInt8> {
  /// The line's text without surrounding spaces and without a final `\` (a markdown hard
  /// break, which the notes family ends most block lines with).
  func content(of line: Line) -> Range<Int> {
    let range = trimmed(line.start..<line.end)
    guard let last = range.last, self[last] == UInt8(ascii: "\\") else { return range }
    return trimmed(range.lowerBound..<last)
  }

  /// Whether the line ends with a `\` hard break: the author meant the block to go on.
  func endsWithHardBreak(_ line: Line) -> Bool {
    let range = trimmed(line.start..<line.end)
    return range.last.map { self[$0] == UInt8(ascii: "\\") } ?? false
  }

  /// The range without a `**`, `__`, `*` or `_` wrapper around all of it, trimmed.
  func strippingEmphasis(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while upper - lower >= 2, self[lower] == self[upper - 1],
      self[lower] == UInt8(ascii: "*") || self[lower] == UInt8(ascii: "_")
    {
      lower += 1
      upper -= 1
    }
    return trimmed(lower..<upper)
  }

  /// The text of a range, trimmed, with line breaks and runs of spaces collapsed to one space
  /// (copied byte for byte when there are none, the common case).
  func collapsedString(_ range: Range<Int>) -> String {
    let trimmed = trimmed(range)
    var previousIsSpace = false
    for index in trimmed {
      let byte = self[index]
      let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
      if isSpace && (previousIsSpace || byte != 0x20) {
        return Markup.collapsingSpaces(string(trimmed))
      }
      previousIsSpace = isSpace
    }
    return string(trimmed)
  }

  /// Whether a `·` (U+00B7, two bytes) starts at `index`.
  func isMiddleDot(at index: Int, before end: Int) -> Bool {
    index + 1 < end && self[index] == 0xC2 && self[index + 1] == 0xB7
  }

  /// The offset of the first occurrence of `pattern` in the range.
  func firstOffset(of pattern: [UInt8], in range: Range<Int>) -> Int? {
    guard let first = pattern.first, range.count >= pattern.count else { return nil }
    var index = range.lowerBound
    while index <= range.upperBound - pattern.count {
      if self[index] == first && self[index..<index + pattern.count].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }
}
