/// Joins the lines of paragraphs into one clean text in a single pass over the bytes:
///
/// - lines and paragraphs join with one space, or with none after a word's hyphen
///   (`state-of-` and `the-art`); runs of spaces and tabs collapse;
/// - with `cleaning`, the markup conversions leave goes too: inline tags (`<u>`, `</u>`, `<b>`,
///   `<i>`, `<em>`, `<strong>`, `<sub>`, `<sup>`; `<br>` is a space), LaTeX text commands
///   (`\emph{x}`, `\textit{x}`, `\textbf{x}`, `\text{x}`, `{\it x}` keep `x`), and the escapes
///   `\$ \_ \& \%`;
/// - with `joiningHyphens` (titles), a hyphen after a letter and before a space and a letter
///   closes up: `Rare-</u> event` is `Rare-event`.
enum TextAssembler {
  /// The joined text of the paragraphs.
  static func text(
    _ bytes: UnsafeBufferPointer<UInt8>, _ paragraphs: some Collection<Paragraph>,
    cleaning: Bool = true, joiningHyphens: Bool = false
  ) -> String {
    // An upper bound without a pass over the lines: each paragraph's bytes from its first line
    // to its last, breaks included (one byte at least between two lines), and one more.
    let capacity = paragraphs.reduce(0) { $0 + $1.lastLine.end - $1.firstLine.start + 1 }
    guard capacity > 0, let source = bytes.baseAddress else { return "" }
    let classes = cleaning ? TextAssembler.cleaningClasses : TextAssembler.plainClasses
    return classes.withUnsafeBufferPointer { table in
      String(unsafeUninitializedCapacity: capacity) { buffer in
        guard let output = buffer.baseAddress, let table = table.baseAddress else { return 0 }
        var writer = Writer(output: output, joiningHyphens: joiningHyphens)
        for paragraph in paragraphs {
          for line in paragraph.lines(in: bytes) {
            writer.startLine()
            var index = line.start
            let end = line.end
            while index < end {
              let byte = source[index]
              switch table[Int(byte)] {
              case 0:
                // A run of plain text: the first byte through `emit` (a pending space, a
                // hyphen join), the rest copied in a tight loop.
                writer.emit(byte)
                index += 1
                var count = writer.count
                while index < end {
                  // Eight bytes at a time while they are words and single spaces (most of an
                  // abstract), copied as the byte loop below would copy them.
                  if !joiningHyphens, index + 9 <= end,
                    let word = Self.plainRun(source, index, cleaning: cleaning, table: table)
                  {
                    UnsafeMutableRawPointer(output + count).storeBytes(
                      of: word, as: UInt64.self)
                    count += 8
                    index += 8
                    continue
                  }
                  let next = source[index]
                  if table[Int(next)] == 0 {
                    output[count] = next
                    count += 1
                    index += 1
                    continue
                  }
                  // One space between words stays in the run, unless a title's hyphen
                  // before it may close up (`Rare- event`).
                  guard next == 0x20, index + 1 < end, table[Int(source[index + 1])] == 0,
                    !(joiningHyphens && output[count - 1] == 0x2D)
                  else { break }
                  output[count] = 0x20
                  output[count + 1] = source[index + 1]
                  count += 2
                  index += 2
                }
                writer.count = count
              case 1:
                writer.space()
                index += 1
              default:
                if let skip = writer.markup(source, index, end) {
                  index += skip
                } else {
                  writer.emit(byte)
                  index += 1
                }
              }
            }
          }
        }
        return writer.count
      }
    }
  }

  /// A text cleaned by the same rules as if it were a paragraph of the dump: its lines joined
  /// with one space (none after a word's hyphen), markup removed.
  static func cleaned(_ text: String, joiningHyphens: Bool) -> String {
    text.withUTF8Bytes { bytes in
      let whole = Line(start: 0, end: bytes.count, number: 1)
      return TextAssembler.text(bytes, [Paragraph(whole)], joiningHyphens: joiningHyphens)
    }
  }

  /// The byte count of a paragraph's lines with one byte between them: an upper bound of its
  /// joined text.
  static func byteCount(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Int {
    paragraph.lines(in: bytes).reduce(paragraph.lineCount - 1) { $0 + $1.end - $1.start }
  }

  /// The eight bytes at `index` when they are text the run loop copies as they are: no tab,
  /// no possible markup (when cleaning), no two spaces in a row, and a space in the last place
  /// only before a text byte. The tests may see a byte that is not there (a borrow marks the
  /// byte above a match), never miss one: a false alarm only sends the bytes to the byte loop.
  @inline(__always)
  private static func plainRun(
    _ source: UnsafePointer<UInt8>, _ index: Int, cleaning: Bool,
    table: UnsafePointer<UInt8>
  ) -> UInt64? {
    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
    let bytes = UInt64(littleEndian: word)
    var others = zeroBytes(bytes ^ 0x0909_0909_0909_0909)
    if cleaning {
      others |=
        zeroBytes(bytes ^ 0x5C5C_5C5C_5C5C_5C5C) | zeroBytes(bytes ^ 0x7B7B_7B7B_7B7B_7B7B)
        | zeroBytes(bytes ^ 0x7D7D_7D7D_7D7D_7D7D) | zeroBytes(bytes ^ 0x3C3C_3C3C_3C3C_3C3C)
    }
    let spaces = zeroBytes(bytes ^ 0x2020_2020_2020_2020)
    guard others == 0, spaces & (spaces >> 8) == 0,
      spaces >> 63 == 0 || table[Int(source[index + 8])] == 0
    else { return nil }
    return word
  }

  /// The high bit of each zero byte of `value` (and perhaps of a byte above one).
  @inline(__always)
  private static func zeroBytes(_ value: UInt64) -> UInt64 {
    (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080
  }

  private struct Writer {
    let output: UnsafeMutablePointer<UInt8>
    let joiningHyphens: Bool
    var count = 0
    var pendingSpace = false
    /// Braces opened by a removed LaTeX command, whose `}` goes too.
    var openGroups = 0

    init(output: UnsafeMutablePointer<UInt8>, joiningHyphens: Bool) {
      self.output = output
      self.joiningHyphens = joiningHyphens
    }

    /// A hyphen ending a word was just written.
    var endsWithWordHyphen: Bool {
      count >= 2 && output[count - 1] == 0x2D && output[count - 2].isWordByte
    }

    mutating func startLine() {
      pendingSpace = count > 0 && !endsWithWordHyphen
    }

    mutating func space() {
      pendingSpace = count > 0
    }

    @inline(__always)
    mutating func emit(_ byte: UInt8) {
      if pendingSpace {
        if !(joiningHyphens && endsWithWordHyphen && byte.isWordByte) {
          output[count] = 0x20
          count += 1
        }
        pendingSpace = false
      }
      output[count] = byte
      count += 1
    }

    /// Handles markup at `index`; returns how many bytes it took, or nil when the byte is text.
    mutating func markup(_ source: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
      let byte = source[index]
      func matches(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= end else { return false }
        return literal.withUTF8Buffer { pattern in
          for offset in 0..<length
          where source[index + offset] | (offset > 0 ? 0x20 : 0) != pattern[offset]
            | (offset > 0 ? 0x20 : 0)
          {
            return false
          }
          return true
        }
      }
      switch byte {
      case 0x5C:  // backslash
        guard index + 1 < end else { return nil }
        let next = source[index + 1]
        if next == 0x24 || next == 0x5F || next == 0x26 || next == 0x25 {  // \$ \_ \& \%
          emit(next)
          return 2
        }
        for command in TextAssembler.latexCommands where matches(command) {
          openGroups += 1
          return command.utf8CodeUnitCount
        }
        return nil
      case 0x7B:  // {
        for command in TextAssembler.latexGroups where matches(command) {
          openGroups += 1
          return command.utf8CodeUnitCount
        }
        return nil
      case 0x7D:  // }
        guard openGroups > 0 else { return nil }
        openGroups -= 1
        return 1
      default:  // <
        for tag in TextAssembler.inlineTags where matches(tag) {
          if tag.utf8CodeUnitCount >= 3, matches("<br") { pendingSpace = count > 0 }
          return tag.utf8CodeUnitCount
        }
        return nil
      }
    }
  }

  /// Per byte: 0 text, 1 space or tab, 2 possible markup (`\\ { } <`).
  static let cleaningClasses: [UInt8] = (0..<256).map { byte in
    switch byte {
    case 0x20, 0x09: return 1
    case 0x5C, 0x7B, 0x7D, 0x3C: return 2
    default: return 0
    }
  }
  /// Per byte: 0 text, 1 space or tab.
  static let plainClasses: [UInt8] = (0..<256).map { $0 == 0x20 || $0 == 0x09 ? 1 : 0 }

  static let latexCommands: [StaticString] = [
    "\\emph{", "\\textit{", "\\textbf{", "\\text{", "\\textsc{", "\\texttt{",
  ]
  static let latexGroups: [StaticString] = ["{\\it ", "{\\bf ", "{\\em "]
  static let inlineTags: [StaticString] = [
    "<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<strong>", "</strong>",
    "<sub>", "</sub>", "<sup>", "</sup>", "<br>", "<br/>", "<br />",
  ]
}
