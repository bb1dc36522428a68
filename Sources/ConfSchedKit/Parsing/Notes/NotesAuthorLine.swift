/// An author line of the notes family:
///
///     line   := author ((" · " | ",") author)*       (commas inside parentheses do not split)
///     author := ["**"] name [" (" affiliation ")"] ["**"]
///
/// `Benjamin Scellier (Mila, University of Montreal)`, `**Yoshua Bengio (Mila)**`,
/// `Wittawat Jitkrittum, Dougal J Sutherland, Arthur Gretton`, `Yarin Gal · **Kevin Murphy**`.
/// Affiliations keep their commas, `/` and `&`.
enum NotesAuthorLine {
  /// The authors of a line (without its final `\`), or nil when any part does not read as a
  /// name: a line of notes, not of authors.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Author]? {
    guard !range.isEmpty, range.count <= 1000 else { return nil }
    var authors: [Author] = []
    var start = range.lowerBound
    var depth = 0
    var index = range.lowerBound
    while index <= range.upperBound {
      let atEnd = index == range.upperBound
      let isComma = !atEnd && bytes[index] == UInt8(ascii: ",") && depth == 0
      let isDot = !atEnd && depth == 0 && bytes.isMiddleDot(at: index, before: range.upperBound)
      if atEnd || isComma || isDot {
        guard let author = author(bytes, start..<index) else { return nil }
        authors.append(author)
        index += isDot ? 2 : 1
        start = index
        continue
      }
      if bytes[index] == UInt8(ascii: "(") { depth += 1 }
      if bytes[index] == UInt8(ascii: ")") { depth = max(0, depth - 1) }
      index += 1
    }
    return authors
  }

  /// One `name (affiliation)`, or nil when the name is not plausible.
  static func author(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Author? {
    let range = bytes.strippingEmphasis(bytes.trimmed(part))
    guard let last = range.last else { return nil }
    var nameRange = range
    var affiliation: String?
    if bytes[last] == UInt8(ascii: ")"), let open = bytes.firstIndex(of: 0x28, in: range) {
      nameRange = bytes.strippingEmphasis(bytes.trimmed(range.lowerBound..<open))
      let inner = bytes.trimmed(open + 1..<last)
      if !inner.isEmpty { affiliation = bytes.collapsedString(inner) }
    }
    guard isPlausibleName(bytes, nameRange) else { return nil }
    return Author(name: bytes.collapsedString(nameRange), affiliation: affiliation)
  }

  /// One to eight words starting with a capital (or a non-ASCII letter), no digits, no sentence
  /// punctuation; a final `.` only after an initial or a title (`Mr.`).
  static func isPlausibleName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let first = range.first, range.count <= 80,
      (bytes[first] >= 0x41 && bytes[first] <= 0x5A) || bytes[first] >= 0xC3
    else { return false }
    var words = 1
    var lastWordStart = first
    for index in range {
      let byte = bytes[index]
      if byte.isDigit || isForbidden(byte) { return false }
      if byte == 0x20, index + 1 < range.upperBound, bytes[index + 1] != 0x20 {
        words += 1
        lastWordStart = index + 1
      }
    }
    if bytes[range.upperBound - 1] == UInt8(ascii: "."), range.upperBound - lastWordStart > 4 {
      return false
    }
    return words <= 8
  }

  /// Punctuation no name holds: sentence marks, brackets, markup.
  private static func isForbidden(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"),
      UInt8(ascii: "="), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"),
      UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "\\"),
      UInt8(ascii: "\""), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "("),
      UInt8(ascii: ")"):
      return true
    default:
      return false
    }
  }
}
