/// The marker of a list item and where its text starts, after any indentation:
///
///     item    := indent marker (space | tab) text
///     marker  := "*" | "-" | "+" | "•" | "◦" | "▪" | "‣" | digit{1,3} ("." | ")")
///
/// A tab in the indentation reaches the next multiple of four columns, as markdown counts it, so
/// `\t    * ` (a tab and four spaces) is as deep as eight spaces.
struct ListMarker {
  /// The column of the marker, from 0.
  var indent: Int
  /// The item's text, trimmed; empty for a bare marker.
  var content: Range<Int>

  /// Reads the marker at the start of a line, or returns nil when the line is not a list item.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> ListMarker? {
    var index = line.lowerBound
    while index < line.upperBound, bytes[index].isSpaceOrTab { index += 1 }
    guard index < line.upperBound else { return nil }
    let indent = indentation(bytes, line.lowerBound..<index)
    var end = index
    let byte = bytes[index]
    if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
      end = index + 1
    } else if byte.isDigit {
      while end < line.upperBound, end - index < 3, bytes[end].isDigit { end += 1 }
      guard end < line.upperBound,
        bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")")
      else { return nil }
      end += 1
    } else if index + 2 < line.upperBound, isBulletSymbol(bytes[index..<index + 3]) {
      end = index + 3
    } else {
      return nil
    }
    guard end == line.upperBound || bytes[end].isSpaceOrTab else { return nil }
    return ListMarker(indent: indent, content: bytes.trimmed(end..<line.upperBound))
  }

  /// The width of leading spaces and tabs, a tab reaching the next multiple of four.
  static func indentation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var column = 0
    for index in range {
      guard bytes[index].isSpaceOrTab else { break }
      column = bytes[index] == 0x09 ? (column / 4 + 1) * 4 : column + 1
    }
    return column
  }

  /// `•` (U+2022), `‣` (U+2023), `▪` (U+25AA), `◦` (U+25E6).
  private static func isBulletSymbol(_ symbol: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let scalar = Array(symbol)
    return scalar == [0xE2, 0x80, 0xA2] || scalar == [0xE2, 0x80, 0xA3]
      || scalar == [0xE2, 0x96, 0xAA] || scalar == [0xE2, 0x97, 0xA6]
  }
}
