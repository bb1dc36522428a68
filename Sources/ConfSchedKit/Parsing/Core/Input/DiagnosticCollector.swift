#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way a reader reports what it could not read: warnings and errors at places in a
/// dump's bytes, turned into `file:line:column` diagnostics in the dump's order.
///
/// Lines count from 1; a line ends at `\n` (a `\r` before it belongs to no line). Columns count
/// Unicode scalars from 1 at the start of the line, as most editors count characters: `é`
/// written as one scalar is one column, a tab is one column, and a byte of a broken UTF-8
/// sequence is one column.
///
/// A reader that knows the line (a line-by-line reader) passes it, which costs nothing more. A
/// reader that knows only a byte offset (a saved page of one line of megabytes, a reading list)
/// passes the offset; the collector counts on from the last place it computed while offsets
/// grow, and from a checkpoint (one every 64 KB of text it has walked) when they go back, so
/// placing every card's offsets costs a pass over the text, not one per offset.
struct DiagnosticCollector {
  /// The dump's name, as locations print it.
  let file: String
  private let bytes: UnsafeBufferPointer<UInt8>
  private var diagnostics: [Diagnostic] = []
  private var place = Place(offset: 0, line: 1, column: 1)
  /// Places passed while walking forward, one per `checkpointSpacing` bytes, in order.
  private var checkpoints: [Place] = [Place(offset: 0, line: 1, column: 1)]
  private static let checkpointSpacing = 1 << 16

  init(file: String, bytes: UnsafeBufferPointer<UInt8>) {
    self.file = file
    self.bytes = bytes
  }

  /// A collector of the same file without its diagnostics, for work done on another thread.
  func emptied() -> DiagnosticCollector {
    DiagnosticCollector(file: file, bytes: bytes)
  }

  /// Takes another collector's diagnostics, as if reported after this one's.
  mutating func append(_ other: DiagnosticCollector) {
    diagnostics += other.diagnostics
  }

  // MARK: Reporting

  /// Warns about a line, at a byte offset in it, or else at its first non-blank byte.
  mutating func warn(_ line: Line, at offset: Int? = nil, _ message: String) {
    report(.warning, message, at: location(line, at: offset))
  }

  /// Warns about each problem a grammar found in a line; their offsets are the dump's.
  mutating func warn(_ line: Line, _ problems: [ParseProblem]) {
    for problem in problems { warn(line, at: problem.offset, problem.message) }
  }

  /// Warns at a byte offset of the dump.
  mutating func warn(atOffset offset: Int, _ message: String) {
    report(.warning, message, at: location(of: offset))
  }

  /// Reports that part of the dump could not be used at all, at a byte offset.
  mutating func error(atOffset offset: Int, _ message: String) {
    report(.error, message, at: location(of: offset))
  }

  /// The diagnostics in the dump's order (by line, then column, then the order reported),
  /// taken out of the collector, which is left empty. Most readers report in that order
  /// already; the others are sorted in place (the standard library's sort is stable), not
  /// into a copy of pairs of offsets and diagnostics mapped to a third array: a check of
  /// 200 MB of cards whose 3.85 million warnings come in two passes peaked at 1.28 GB that
  /// way, 1.16 GB this way.
  mutating func takeSorted() -> [Diagnostic] {
    let inOrder = zip(diagnostics, diagnostics.dropFirst()).allSatisfy {
      ($0.location.line, $0.location.column) <= ($1.location.line, $1.location.column)
    }
    if !inOrder {
      diagnostics.sort {
        ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
      }
    }
    defer { diagnostics = [] }
    return diagnostics
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation
  ) {
    diagnostics.append(Diagnostic(severity, at: location, message))
  }

  // MARK: Locations

  /// The location of a byte offset in a line whose start and number are known, or of the
  /// line's first non-blank byte.
  func location(_ line: Line, at offset: Int? = nil) -> SourceLocation {
    let position = offset ?? bytes.trimmed(line.start..<line.end).lowerBound
    return SourceLocation(
      file: file, line: line.number, column: bytes.column(of: position, in: line))
  }

  /// The location of a byte offset of the dump (clamped to the dump).
  mutating func location(of offset: Int) -> SourceLocation {
    let target = Swift.max(0, Swift.min(offset, bytes.count))
    // From the nearest known place at or before the offset: the last place, or a checkpoint
    // when the offset is behind the last place or far beyond it.
    if target < place.offset || target - place.offset > Self.checkpointSpacing {
      var low = 0
      var high = checkpoints.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if checkpoints[middle].offset <= target { low = middle } else { high = middle - 1 }
      }
      if target < place.offset || checkpoints[low].offset > place.offset {
        place = checkpoints[low]
      }
    }
    walk(to: target)
    return SourceLocation(file: file, line: place.line, column: place.column)
  }

  /// Moves `place` forward to `target`, counting lines and scalars, and leaves checkpoints:
  /// the line breaks of each stretch up to the next checkpoint counted eight bytes at a time,
  /// and the scalars counted only after the last of them (the column needs no more). A file of
  /// many short lines (an XML schedule of 60,000) costs a pass of word operations, not a call
  /// per line.
  private mutating func walk(to target: Int) {
    var index = place.offset
    var line = place.line
    var column = place.column
    while index < target {
      // Up to the next checkpoint's offset, or the target.
      let boundary = Swift.min(target, (index | (Self.checkpointSpacing - 1)) + 1)
      let breaks = Self.lineBreaks(bytes, index..<boundary)
      if let lineStart = breaks.lastLineStart {
        line += breaks.count
        column = 1
        index = lineStart
      }
      column += Self.scalarCount(bytes, index..<boundary)
      index = boundary
      if index & (Self.checkpointSpacing - 1) == 0,
        index > checkpoints[checkpoints.count - 1].offset
      {
        checkpoints.append(Place(offset: index, line: line, column: column))
      }
    }
    place = Place(offset: index, line: line, column: column)
  }

  /// How many `\n` a range holds, and the offset just past the last one: eight bytes at a time,
  /// each word's `\n` bytes found exactly (no false positives from a borrow), four words to a
  /// step; the last break is then looked for backwards, over the last line only. A stretch
  /// with no break at all (a program's JSON is often one line of megabytes) is settled by one
  /// `memchr`, and a stretch's count starts at its first break.
  static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
    count: Int, lastLineStart: Int?
  ) {
    var count = 0
    var index = range.lowerBound
    if let base = bytes.baseAddress, !range.isEmpty {
      guard let first = memchr(base + range.lowerBound, 0x0A, range.count) else { return (0, nil) }
      index = UnsafeRawPointer(first) - UnsafeRawPointer(base)
    }
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      @inline(__always) func breaks(at offset: Int) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let word =
          raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
        // The high bit of each byte that was `\n` (is now zero), and no other bit.
        return (~(((word & low) &+ low) | word | low)).nonzeroBitCount
      }
      while index + 32 <= range.upperBound {
        count +=
          breaks(at: index) + breaks(at: index + 8) + breaks(at: index + 16)
          + breaks(at: index + 24)
        index += 32
      }
      while index + 8 <= range.upperBound {
        count += breaks(at: index)
        index += 8
      }
    }
    while index < range.upperBound {
      if bytes[index] == 0x0A { count += 1 }
      index += 1
    }
    guard count > 0 else { return (0, nil) }
    var lineStart = range.upperBound
    while bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
    return (count, lineStart)
  }

  /// How many scalars start in a range: the bytes that are not UTF-8 continuation bytes
  /// (`10xxxxxx`), eight at a time. The continuation marks of up to 255 words are summed in
  /// the bytes of one word and added up once: `nonzeroBitCount` is no `popcnt` instruction on
  /// the baseline x86-64 target, and was most of a program's location walk.
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    var index = range.lowerBound
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      // Sixteen bytes at a time first: a continuation byte (0x80-0xBF) is below -64 as a signed
      // byte, and its lane of the mask (-1) taken from a lane count adds one; up to 255 blocks
      // are counted in the bytes of one vector, then summed as two words (a one-line program's
      // location walk covers every byte of the file).
      let limit = SIMD16<Int8>(repeating: -64)
      while index + 16 <= range.upperBound {
        let blocks = Swift.min(255, (range.upperBound - index) / 16)
        var lanes = SIMD16<UInt8>()
        for _ in 0..<blocks {
          let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<Int8>.self)
          lanes &-= unsafeBitCast(block .< limit, to: SIMD16<UInt8>.self)
          index += 16
        }
        // Each lane is at most 255: the pairs of lanes of both words, summed (at most 1,020
        // each), then the four sums in the top sixteen bits by one multiplication.
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        let mask: UInt64 = 0x00FF_00FF_00FF_00FF
        let pairs =
          (words[0] & mask) &+ ((words[0] >> 8) & mask) &+ (words[1] & mask)
          &+ ((words[1] >> 8) & mask)
        count += blocks * 16 - Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
      }
      while index + 8 <= range.upperBound {
        let words = Swift.min(255, (range.upperBound - index) / 8)
        var lanes: UInt64 = 0
        for _ in 0..<words {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
          index += 8
        }
        // Each byte of `lanes` counts the continuation bytes of its lane (at most 255): the
        // multiplication adds them up in the top byte.
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        let continuations = Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        count += words * 8 - continuations
      }
    }
    while index < range.upperBound {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  private struct Place {
    var offset: Int
    var line: Int
    var column: Int
  }
}
