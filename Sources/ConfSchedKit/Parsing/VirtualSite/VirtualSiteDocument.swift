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
    var order = JSONKeyOrder(count: 0)
    try Self.readObject(&parser, keys: Self.noKeys, order: &order) {
      member, valueStart, parser throws(JSONParseError) in
      guard case .other(let key) = member else { return try parser.skipValue() }
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
    let strings = VirtualSiteStrings()
    // How many visible events have given an author's address so far: the first three are the
    // ones `VirtualSiteJSONParser.edition` reads.
    var authorURLs = 0
    // The orders the file writes an event's and an author's keys in.
    var eventOrder = JSONKeyOrder(count: VirtualSiteRecord.Field.table.count)
    var authorOrder = JSONKeyOrder(count: Self.authorKeys.count)
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
        let record = VirtualSiteRecord(offset: start)
        try Self.readObject(&parser, keys: VirtualSiteRecord.Field.table, order: &eventOrder) {
          key, valueStart, parser throws(JSONParseError) in
          guard case .known(let number) = key, let field = VirtualSiteRecord.Field(rawValue: number)
          else { return try parser.skipValue() }
          if field == .authors, parser.bytes[valueStart] == JSONParser.openBracket {
            try Self.readAuthors(
              &parser, into: record, strings: strings, wantsURL: authorURLs < 3,
              order: &authorOrder)
          } else {
            try record.read(field, at: valueStart, &parser, strings: strings)
          }
        }
        if record.isVisible, record.authorURL != nil { authorURLs += 1 }
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
}

extension JSONParser {
  /// Checks one value as `readValue` does, building nothing for the strings, numbers and
  /// arrays of fields a reader does not use (objects, rare there, are read and dropped).
  mutating func skipValue() throws(JSONParseError) {
    skipWhitespace()
    guard index < bytes.count else { throw error(.expected("a value")) }
    switch bytes[index] {
    case JSONParser.quote:
      try skipString()
    case JSONParser.openBracket:
      try enterNesting()
      skipWhitespace()
      if consume(JSONParser.closeBracket) {
        depth -= 1
        return
      }
      while true {
        try skipValue()
        skipWhitespace()
        if consume(UInt8(ascii: ",")) { continue }
        if consume(JSONParser.closeBracket) { break }
        throw error(.expected("',' or ']'"))
      }
      depth -= 1
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try skipNumber()
    default:
      _ = try readValue()
    }
  }

  /// A number checked as `readNumber` checks it, with no string made for it (an author's `id`,
  /// 30,000 of them in a program): an integer of up to 18 digits fits `Int` and needs nothing
  /// more; a longer one, a fraction or an exponent is read again by `readNumber`, which refuses
  /// one out of range.
  mutating func skipNumber() throws(JSONParseError) {
    let start = index
    try skipIntegerPart()
    if index - start > 18
      || (index < bytes.count
        && (bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e")))
    {
      index = start
      _ = try readNumber()
    }
  }

  /// A string from its opening quote: scanned in place (`plainRunEnd`) when it has no escape,
  /// else read.
  mutating func skipString() throws(JSONParseError) {
    let end = plainRunEnd(from: index + 1)
    if end < bytes.count, bytes[end] == JSONParser.quote {
      index = end + 1
      return
    }
    if end < bytes.count, bytes[end] < 0x20 {
      index = end
      throw error(.controlCharacterInString)
    }
    _ = try readString()
  }
}
