/// The event's text fields read already cleaned: a plain string is its own cleaned text, found
/// and made in one pass over the file's bytes.
extension VirtualSiteRecord {
  /// A value read as `readText` reads it, then cleaned as `VirtualSiteText.line` cleans it
  /// (nil where `readText` gives nil). A plain string (no escape, no `&`, no two spaces side
  /// by side, no space at either end: nearly every name, room and session) is its bytes, made
  /// into a string once, with no decoded copy checked again for references and spaces; made by
  /// `strings` when given (a value the program repeats).
  static func readLine(_ parser: inout JSONParser, strings: VirtualSiteStrings? = nil)
    throws(JSONParseError) -> String?
  {
    if let text = parser.readPlainText(tags: false, strings: strings) { return text }
    return try readText(&parser).map(VirtualSiteText.line)
  }

  /// A value read as `readText` reads it, then cleaned as `VirtualSiteText.prose` cleans it. A
  /// plain string with no `<` either, and no `x000D` mark, is its bytes: most abstracts, the
  /// bulk of a program's bytes.
  static func readProse(_ parser: inout JSONParser) throws(JSONParseError) -> String? {
    let start = parser.index
    if let text = parser.readPlainText(tags: true, strings: nil) {
      guard text.containsBytes("x000D") else { return text }
      parser.index = start
    }
    return try readText(&parser).map(VirtualSiteText.prose)
  }
}

extension VirtualSiteRecord {
  /// A value as the file writes it: the bytes of a string with no escape (most of them, made
  /// into a `String` only for a warning), else the text `readText` read.
  enum RawText {
    case bytes(Range<Int>)
    case text(String)

    func string(in bytes: UnsafeBufferPointer<UInt8>) -> String {
      switch self {
      case .bytes(let range):
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      case .text(let text): text
      }
    }
  }

  /// `starttime` or `endtime`: the value as `readText` reads it (nil where it gives nil), and
  /// the instant it writes. A string with no escape is read as an instant on its bytes, with no
  /// `String` made for it.
  static func readTime(_ parser: inout JSONParser) throws(JSONParseError) -> (
    RawText?, ISOTimestamp?
  ) {
    if parser.index < parser.bytes.count, parser.bytes[parser.index] == JSONParser.quote {
      let start = parser.index + 1
      let end = parser.plainRunEnd(from: start)
      if end < parser.bytes.count, parser.bytes[end] == JSONParser.quote {
        parser.index = end + 1
        guard end > start else { return (nil, nil) }
        return (.bytes(start..<end), ISOTimestamp(parser.bytes, start..<end))
      }
    }
    guard let text = try readText(&parser) else { return (nil, nil) }
    return (.text(text), ISOTimestamp(text))
  }
}

extension JSONParser {
  /// The string at `index` when cleaning would leave it as it is, with `index` moved past it;
  /// else nil, with `index` where it was. Plain: no escape, no `&` (a character reference),
  /// no `<` when `tags` (an abstract's HTML), no byte below U+0020, no two spaces side by
  /// side, no space at either end, not empty. Made by `strings` when given.
  mutating func readPlainText(tags: Bool, strings: VirtualSiteStrings?) -> String? {
    guard index < bytes.count, bytes[index] == JSONParser.quote else { return nil }
    let start = index + 1
    let end = plainTextEnd(from: start, tags: tags)
    guard end < bytes.count, bytes[end] == JSONParser.quote, end > start,
      bytes[start] != 0x20, bytes[end - 1] != 0x20
    else { return nil }
    index = end + 1
    if let strings { return strings.string(bytes, start..<end) }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// The offset of the first byte at or after `start` that ends a string's plain text: a
  /// quote, a backslash, a byte below U+0020, `&`, `<` when `tags`, or a space with a space
  /// after it; the end when none. Sixteen bytes at a time, each block compared with the block
  /// one byte on for the pairs of spaces, the first marked lane found in the mask; bytes one at
  /// a time only in the last seventeen of the document.
  func plainTextEnd(from start: Int, tags: Bool) -> Int {
    var index = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let quotes = SIMD16<UInt8>(repeating: JSONParser.quote)
      let backslashes = SIMD16<UInt8>(repeating: JSONParser.backslash)
      let spaces = SIMD16<UInt8>(repeating: 0x20)
      let ampersands = SIMD16<UInt8>(repeating: UInt8(ascii: "&"))
      // With no tags to stop at, `<` is looked for as another `&`: the same test, no branch.
      let angles = SIMD16<UInt8>(repeating: tags ? UInt8(ascii: "<") : UInt8(ascii: "&"))
      while index + 17 <= bytes.count {
        let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
        let marks =
          (block .== quotes) .| (block .== backslashes) .| (block .< spaces)
          .| (block .== ampersands) .| (block .== angles)
          .| ((block .== spaces) .& (next .== spaces))
        if let lane = marks.firstTrueLane { return index + lane }
        index += 16
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == JSONParser.quote || byte == JSONParser.backslash || byte < 0x20
        || byte == UInt8(ascii: "&") || (tags && byte == UInt8(ascii: "<"))
        || (byte == 0x20 && index + 1 < bytes.count && bytes[index + 1] == 0x20)
      {
        return index
      }
      index += 1
    }
    return index
  }
}
