/// Clean-up of the markup that conversions leave in titles, names and abstracts.
///
/// One set of rules, `TextAssembler`'s, for every reader: a title or a line of prose given as a
/// string goes through the same single pass as the paragraphs the card reader assembles from
/// the dump's bytes.
enum Markup {
  /// A title as a reader should see it: inline tags (`<u>`, `<b>`, ...) removed, LaTeX text
  /// commands (`\emph{x}`) reduced to their text, `\$ \_ \& \%` unescaped, a hyphen
  /// left at a wrap joined to the next word (`Domain- Specific` is `Domain-Specific`), runs of
  /// white space collapsed.
  static func cleanTitle(_ text: String) -> String {
    TextAssembler.cleaned(text, joiningHyphens: true)
  }

  /// An abstract or notes line: the same clean-up, without joining hyphens at spaces.
  static func cleanProse(_ text: String) -> String {
    TextAssembler.cleaned(text, joiningHyphens: false)
  }

  /// Runs of spaces, tabs and line breaks become one space; the ends are trimmed.
  static func collapsingSpaces(_ text: String) -> String {
    text.withUTF8Bytes { input in
      // Most texts need nothing: no tab, newline, double space, or space at either end.
      if input.first != 0x20, input.last != 0x20, isClean(input) { return text }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(input.count)
      var pendingSpace = false
      for byte in input {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          pendingSpace = !bytes.isEmpty
        } else {
          if pendingSpace { bytes.append(0x20) }
          pendingSpace = false
          bytes.append(byte)
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }
}

extension Markup {
  /// Whether a text has no tab, line break or two spaces in a row: sixteen bytes at a time,
  /// each block compared with the block one byte on so that a space beside a space lines up
  /// with it, even across two blocks. Most of a title or an abstract is words with no control
  /// byte and no two spaces side by side, and prose has a space in nearly every word, so
  /// spaces alone must not slow it down.
  fileprivate static func isClean(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if let base = input.baseAddress {
      let raw = UnsafeRawPointer(base)
      let spaces = SIMD16<UInt8>(repeating: 0x20)
      let tabs = SIMD16<UInt8>(repeating: 0x09)
      let newlines = SIMD16<UInt8>(repeating: 0x0A)
      let returns = SIMD16<UInt8>(repeating: 0x0D)
      while index + 17 <= input.count {
        let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
        let marks =
          (block .== tabs) .| (block .== newlines) .| (block .== returns)
          .| ((block .== spaces) .& (next .== spaces))
        if marks.firstTrueLane != nil { return false }
        index += 16
      }
    }
    var previousSpace = index > 0 && input[index - 1] == 0x20
    while index < input.count {
      let byte = input[index]
      let isSpace = byte == 0x20
      if byte == 0x09 || byte == 0x0A || byte == 0x0D || (isSpace && previousSpace) {
        return false
      }
      previousSpace = isSpace
      index += 1
    }
    return true
  }
}

extension UInt8 {
  /// A letter, a digit, or any byte of a non-ASCII character.
  var isWordByte: Bool { isASCIILetter || isDigit || self >= 0x80 }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line breaks.
  func trimmingSpaces() -> String {
    guard let first = firstIndex(where: { !$0.isTrimmedSpace }),
      let last = lastIndex(where: { !$0.isTrimmedSpace })
    else { return "" }
    return String(self[first...last])
  }
}

extension Character {
  /// A space, tab or line break: what `trimmingSpaces()` trims.
  var isTrimmedSpace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
}
