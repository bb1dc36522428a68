/// Byte-level helpers for the markdown the card and notes families are written in.
extension UnsafeBufferPointer<UInt8> {
  /// The line's text without surrounding spaces, without a final `\` (a markdown hard break,
  /// which the notes family ends most block lines with), and without emphasis around all of
  /// it: `**813: Real Time CFD ...**\` reads as `813: Real Time CFD ...`.
  func content(of line: Line) -> Range<Int> {
    var range = trimmed(line.start..<line.end)
    if let last = range.last, self[last] == UInt8(ascii: "\\") {
      range = trimmed(range.lowerBound..<last)
    }
    return unwrappingEmphasis(range)
  }

  /// The inside of emphasis that wraps a whole range (`*x*`, `_x_`, `**x**`, `__x__`, `***x***`,
  /// with or without spaces before the closing marks), trimmed; the range itself when no one
  /// emphasis wraps all of it (`**a** and **b**`, `snake_case`, `*` alone).
  ///
  /// The opening and closing runs are the same mark and length, the text starts right after
  /// the opening run, and no run of the mark inside it could close the emphasis early (a run as
  /// long as the opening one, next to a space or the end).
  func unwrappingEmphasis(_ range: Range<Int>) -> Range<Int> {
    guard let first = range.first else { return range }
    let mark = self[first]
    guard mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else { return range }
    var lower = range.lowerBound
    while lower < range.upperBound, self[lower] == mark { lower += 1 }
    let length = lower - range.lowerBound
    var upper = range.upperBound
    while upper > lower, self[upper - 1] == mark { upper -= 1 }
    guard (1...3).contains(length), range.upperBound - upper == length, upper > lower,
      !self[lower].isSpaceOrTab
    else { return range }
    var index = lower
    while index < upper {
      guard self[index] == mark else {
        index += 1
        continue
      }
      var end = index
      while end < upper, self[end] == mark { end += 1 }
      let before = index == lower ? 0x20 : self[index - 1]
      let after = end == upper ? 0x20 : self[end]
      if end - index >= length, before.isSpaceOrTab || after.isSpaceOrTab { return range }
      index = end
    }
    return trimmed(lower..<upper)
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
