#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of a dump as a byte range, without its `\n` or `\r\n`.
struct Line {
  /// Offset of the first byte.
  var start: Int
  /// Offset just past the last byte (before the line break).
  var end: Int
  /// 1-based line number.
  var number: Int

  var isEmpty: Bool { start == end }
}

/// A run of lines that follow each other in the dump: a paragraph, or several with the blank
/// lines between them (an abstract), kept as its first and last line so that it costs the same
/// however long it is.
struct Paragraph {
  var firstLine: Line
  var lastLine: Line

  /// A paragraph of one line.
  init(_ line: Line) {
    firstLine = line
    lastLine = line
  }

  /// The lines from `first` to `last`, which must follow it.
  init(from first: Line, to last: Line) {
    firstLine = first
    lastLine = last
  }

  /// The number of lines.
  var lineCount: Int { lastLine.number - firstLine.number + 1 }

  /// The lines, split again from the bytes as they are visited.
  func lines(in bytes: UnsafeBufferPointer<UInt8>) -> LineSequence {
    LineSequence(
      bytes, firstLine.start..<lastLine.end, firstNumber: firstLine.number, stripsLastReturn: false)
  }
}

/// The lines of a byte range one at a time, found with `memchr`: no array, so a pass that only
/// looks at each line, or at the first few, costs no memory (an array of lines is 24 bytes a
/// line: 1.2 GB for 100 MB of short lines).
struct LineSequence: Sequence, IteratorProtocol {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var start: Int
  private let end: Int
  private var number: Int
  /// Whether a `\r` before the end of the range (no `\n` after it) is dropped too: yes for a
  /// whole dump, no for lines already split once (their ends exclude the `\r`).
  private let stripsLastReturn: Bool

  init(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstNumber: Int = 1,
    stripsLastReturn: Bool = true
  ) {
    self.bytes = bytes
    self.start = range.lowerBound
    self.end = Swift.min(range.upperBound, bytes.count)
    self.number = firstNumber
    self.stripsLastReturn = stripsLastReturn
  }

  mutating func next() -> Line? {
    guard start < end, let base = bytes.baseAddress else { return nil }
    let found = memchr(base + start, 0x0A, end - start)
    let newline = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
    var lineEnd = newline
    if lineEnd > start, base[lineEnd - 1] == 0x0D, found != nil || stripsLastReturn {
      lineEnd -= 1
    }
    let line = Line(start: start, end: lineEnd, number: number)
    number += 1
    start = newline + 1
    return line
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The lines one at a time, treating `\n` and `\r\n` as breaks.
  func eachLine() -> LineSequence {
    LineSequence(self, 0..<count)
  }

  /// Splits the bytes into lines, treating `\n` and `\r\n` as breaks, with `memchr` for speed.
  func lines() -> [Line] {
    var result: [Line] = []
    result.reserveCapacity(count / 40 + 1)
    result.append(contentsOf: eachLine())
    return result
  }

  /// The text of a byte range.
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
  }

  /// The range without leading and trailing spaces and tabs.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, self[lower].isSpaceOrTab { lower += 1 }
    while upper > lower, self[upper - 1].isSpaceOrTab { upper -= 1 }
    return lower..<upper
  }

  /// The first offset of `byte` in the range: `memchr`.
  func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard let base = baseAddress, !range.isEmpty,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Whether `pattern` occurs in the range: `memchr` to each candidate first byte, `memcmp`
  /// for the rest.
  func contains(_ pattern: [UInt8], in range: Range<Int>) -> Bool {
    guard let first = pattern.first, range.count >= pattern.count, let base = baseAddress else {
      return false
    }
    return pattern.withUnsafeBufferPointer { needle in
      guard let needleBase = needle.baseAddress else { return false }
      var index = range.lowerBound
      let last = Swift.min(range.upperBound, count) - needle.count
      while index <= last {
        guard let found = memchr(base + index, Int32(first), last - index + 1) else {
          return false
        }
        let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        if memcmp(base + position, needleBase, needle.count) == 0 { return true }
        index = position + 1
      }
      return false
    }
  }

  /// Whether the bytes start with an ASCII text, ignoring case (`lowercased` is lowercase).
  func startsIgnoringCase(_ lowercased: String) -> Bool {
    let pattern = lowercased.utf8
    guard pattern.count <= count else { return false }
    return zip(self, pattern).allSatisfy { $0.lowercasedASCII == $1 }
  }

  /// Whether the range holds only spaces and tabs.
  func isBlank(_ range: Range<Int>) -> Bool { trimmed(range).isEmpty }

  /// The 1-based column, in Unicode scalars, of an offset within a line.
  func column(of offset: Int, in line: Line) -> Int {
    var column = 1
    for index in line.start..<Swift.min(offset, count) where self[index] & 0xC0 != 0x80 {
      column += 1
    }
    return column
  }
}

extension UInt8 {
  var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }
  var isDigit: Bool { self >= 0x30 && self <= 0x39 }
  var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
  var lowercasedASCII: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}

extension String {
  /// Runs `body` on the string's UTF-8 bytes without copying them when the string is native.
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return try copy.withUTF8(body)
  }
}
