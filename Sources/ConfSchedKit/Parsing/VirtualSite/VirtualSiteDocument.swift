/// A file of the virtual site's JSON, read strictly (RFC 8259, with `JSONParser`'s grammar) in
/// one pass that keeps where each event and field stands:
///
///     program   := "{" ... "results" ":" "[" event ("," event)* "]" ... "}"    (the site's form)
///                | "[" event ("," event)* "]"                                  (results alone)
///     abstracts := "{" ( digits ":" string ) ("," digits ":" string)* "}"      (the companion)
///
/// The program object's other members (`count`, `next`, `previous`) are kept for the reader to
/// check that the file holds the whole program.
struct VirtualSiteDocument {
  /// What the file is.
  enum Shape: Equatable {
    /// A program: the `results` array, or a bare array of events.
    case program
    /// The companion abstracts file: an object from event id to abstract.
    case abstracts
    /// Valid JSON of another shape.
    case other
  }

  var shape = Shape.other
  var records: [VirtualSiteRecord] = []
  /// The offsets of results that are not objects.
  var strayResults: [Int] = []
  /// The `count` the site states: how many events the whole program has.
  var count: Int?
  /// Whether `next` names another page of results.
  var hasNextPage = false
  /// The offset of the `results` array, or of the bare array.
  var resultsOffset = 0
  /// The companion's abstracts by event id, as written.
  var abstracts: [String: String] = [:]

  /// Reads a whole document; a JSON error gives the failure, with the offset it stands at.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<
    VirtualSiteDocument, Failure
  > {
    var parser = JSONParser(bytes)
    var document = VirtualSiteDocument()
    do throws(JSONParseError) {
      parser.skipWhitespace()
      guard parser.index < bytes.count else { throw parser.error(.expected("a value")) }
      if bytes[parser.index] == JSONParser.openBracket {
        document.shape = .program
        try document.readResults(&parser)
      } else if bytes[parser.index] == JSONParser.openBrace {
        try document.readTop(&parser)
      } else {
        _ = try parser.readValue()
      }
      parser.skipWhitespace()
      guard parser.index == bytes.count else { throw parser.error(.trailingContent) }
      return .success(document)
    } catch {
      return .failure(Failure(error: error, offset: offset(of: error, in: bytes)))
    }
  }

  /// The byte offset of an error's line and column (columns count scalars from 1; the first
  /// line starts after a byte-order mark).
  static func offset(of error: JSONParseError, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    while line < error.line, let newline = bytes.firstIndex(of: 0x0A, in: index..<bytes.count) {
      index = newline + 1
      line += 1
    }
    var column = 1
    while column < error.column, index < bytes.count, bytes[index] != 0x0A {
      index += 1
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      column += 1
    }
    return index
  }

  /// A document that is not JSON: why, and the offset the parser stopped at.
  struct Failure: Error {
    var error: JSONParseError
    var offset: Int
  }

  /// The top object: the program's members, or the companion's abstracts.
  private mutating func readTop(_ parser: inout JSONParser) throws(JSONParseError) {
    var isAbstracts = true
    var hasResults = false
    try Self.readObject(&parser) { key, valueStart, parser throws(JSONParseError) in
      if key == "results", parser.bytes[valueStart] == JSONParser.openBracket {
        hasResults = true
        isAbstracts = false
        try readResults(&parser)
        return
      }
      let value = try parser.readValue()
      switch key {
      case "count":
        if case .int(let number) = value { count = number }
      case "next":
        if case .string(let text) = value, !text.isEmpty { hasNextPage = true }
      default:
        break
      }
      guard isAbstracts, !key.isEmpty, key.utf8.allSatisfy(\.isDigit) else {
        isAbstracts = false
        return
      }
      switch value {
      case .string(let text): abstracts[key] = text
      case .null: break
      default: isAbstracts = false
      }
    }
    if hasResults {
      shape = .program
    } else if isAbstracts, !abstracts.isEmpty {
      shape = .abstracts
    } else {
      abstracts = [:]
    }
  }

  /// The results array: an event per element.
  private mutating func readResults(_ parser: inout JSONParser) throws(JSONParseError) {
    resultsOffset = parser.index
    try parser.enterNesting()
    parser.skipWhitespace()
    if parser.consume(JSONParser.closeBracket) {
      parser.depth -= 1
      return
    }
    while true {
      parser.skipWhitespace()
      let start = parser.index
      if start < parser.bytes.count, parser.bytes[start] == JSONParser.openBrace {
        var record = VirtualSiteRecord(offset: start)
        try Self.readObject(&parser) { key, valueStart, parser throws(JSONParseError) in
          record.set(key, try parser.readValue(), at: valueStart)
        }
        records.append(record)
      } else {
        _ = try parser.readValue()
        strayResults.append(start)
      }
      parser.skipWhitespace()
      if parser.consume(UInt8(ascii: ",")) { continue }
      if parser.consume(JSONParser.closeBracket) { break }
      throw parser.error(.expected("',' or ']'"))
    }
    parser.depth -= 1
  }

  /// Reads an object from its `{`, calling `member` with each key and the offset of its value;
  /// `member` reads the value. Keys are checked as `JSONParser` checks them: once per object.
  private static func readObject(
    _ parser: inout JSONParser,
    _ member: (String, Int, inout JSONParser) throws(JSONParseError) -> Void
  ) throws(JSONParseError) {
    try parser.enterNesting()
    var keys: Set<String> = []
    parser.skipWhitespace()
    if parser.consume(JSONParser.closeBrace) {
      parser.depth -= 1
      return
    }
    while true {
      parser.skipWhitespace()
      guard parser.index < parser.bytes.count, parser.bytes[parser.index] == JSONParser.quote
      else { throw parser.error(.expected("a key in double quotes")) }
      let keyStart = parser.index
      let key = try parser.readString()
      guard keys.insert(key).inserted else { throw parser.error(.duplicateKey(key), at: keyStart) }
      parser.skipWhitespace()
      guard parser.consume(UInt8(ascii: ":")) else { throw parser.error(.expected("':'")) }
      parser.skipWhitespace()
      guard parser.index < parser.bytes.count else { throw parser.error(.expected("a value")) }
      try member(key, parser.index, &parser)
      parser.skipWhitespace()
      if parser.consume(UInt8(ascii: ",")) { continue }
      if parser.consume(JSONParser.closeBrace) { break }
      throw parser.error(.expected("',' or '}'"))
    }
    parser.depth -= 1
  }
}
