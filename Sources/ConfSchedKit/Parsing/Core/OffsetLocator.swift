/// Turns byte offsets of a dump into line and column, cheaply when the offsets come in order.
///
/// A saved web page may be one line of megabytes with thousands of cards: counting each
/// offset's column from the start of its line costs the square of the line. The locator
/// remembers the last offset it placed and counts on from there while the offsets grow along
/// one line, and searches the line table only when they jump back or to another line.
struct OffsetLocator {
  let bytes: UnsafeBufferPointer<UInt8>
  let lines: [Line]
  /// The last offset placed, its line index and its column.
  private var last: (offset: Int, line: Int, column: Int)?

  init(bytes: UnsafeBufferPointer<UInt8>, lines: [Line]) {
    self.bytes = bytes
    self.lines = lines
  }

  /// The 1-based line number and column (in Unicode scalars) of an offset, or nil when there
  /// are no lines.
  mutating func place(_ offset: Int) -> (line: Int, column: Int)? {
    guard !lines.isEmpty else { return nil }
    if let last, offset >= last.offset, offset < nextStart(last.line) {
      let column = last.column + scalarCount(last.offset..<offset)
      self.last = (offset, last.line, column)
      return (lines[last.line].number, column)
    }
    let index = lineIndex(of: offset)
    let line = lines[index]
    let column = 1 + scalarCount(line.start..<Swift.max(line.start, offset))
    last = (offset, index, column)
    return (line.number, column)
  }

  private func nextStart(_ index: Int) -> Int {
    index + 1 < lines.count ? lines[index + 1].start : Int.max
  }

  /// The index of the last line starting at or before the offset.
  private func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lines[middle].start <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The Unicode scalars that start in a range (bytes that are not UTF-8 continuation bytes).
  private func scalarCount(_ range: Range<Int>) -> Int {
    let upper = Swift.min(range.upperBound, bytes.count)
    var count = 0
    var index = range.lowerBound
    while index < upper {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}
