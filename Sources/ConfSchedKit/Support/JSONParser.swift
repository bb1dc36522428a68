/// A strict reader of JSON text (RFC 8259) over UTF-8 bytes.
///
/// The grammar it accepts, after an optional UTF-8 byte-order mark:
///
///     document = ws value ws
///     value    = object / array / string / number / "true" / "false" / "null"
///     object   = "{" ws [ string ws ":" value ws *( "," ws string ws ":" value ws ) ] "}"
///     array    = "[" ws [ value ws *( "," ws value ws ) ] "]"
///     number   = [ "-" ] ( "0" / digit1-9 *digit ) [ "." 1*digit ] [ ( "e" / "E" ) [ "+" / "-" ] 1*digit ]
///     string   = quote *( unescaped / "\" ( quote / "\" / "/" / "b" / "f" / "n" / "r" / "t" / "u" 4hex ) ) quote
///     ws       = *( space / tab / line feed / carriage return )
///
/// No comments, trailing commas, single quotes, `NaN` or raw control characters in strings;
/// `\u` surrogates must come in pairs; a key may appear once per object; arrays and objects
/// nest at most `maximumDepth` deep, so hostile input cannot exhaust the stack.
struct JSONParser {
  /// How deep arrays and objects may nest.
  static let maximumDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  /// Where the text starts: after the byte-order mark, if any.
  let origin: Int
  var index: Int
  var depth = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    self.origin = hasMark ? 3 : 0
    self.index = origin
  }

  /// Reads a whole document; anything but white space after it is an error.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
    var parser = JSONParser(bytes)
    do throws(JSONParseError) {
      let value = try parser.readValue()
      parser.skipWhitespace()
      guard parser.index == bytes.count else { throw parser.error(.trailingContent) }
      return .success(value)
    } catch {
      return .failure(error)
    }
  }

  mutating func readValue() throws(JSONParseError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw error(.expected("a value")) }
    switch bytes[index] {
    case JSONParser.openBrace: return try readObject()
    case JSONParser.openBracket: return try readArray()
    case JSONParser.quote: return .string(try readString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
    case UInt8(ascii: "t"):
      try readLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try readLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try readLiteral("null")
      return .null
    default: throw error(.expected("a value"))
    }
  }

  mutating func readObject() throws(JSONParseError) -> JSONValue {
    try enterNesting()
    var members: [(String, JSONValue)] = []
    var keys: Set<String> = []
    skipWhitespace()
    if consume(JSONParser.closeBrace) {
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == JSONParser.quote else {
        throw error(.expected("a key in double quotes"))
      }
      let keyStart = index
      let key = try readString()
      guard keys.insert(key).inserted else { throw error(.duplicateKey(key), at: keyStart) }
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else { throw error(.expected("':'")) }
      members.append((key, try readValue()))
      skipWhitespace()
      if consume(UInt8(ascii: ",")) { continue }
      if consume(JSONParser.closeBrace) { break }
      throw error(.expected("',' or '}'"))
    }
    depth -= 1
    return .object(members)
  }

  mutating func readArray() throws(JSONParseError) -> JSONValue {
    try enterNesting()
    var items: [JSONValue] = []
    skipWhitespace()
    if consume(JSONParser.closeBracket) {
      depth -= 1
      return .array(items)
    }
    while true {
      items.append(try readValue())
      skipWhitespace()
      if consume(UInt8(ascii: ",")) { continue }
      if consume(JSONParser.closeBracket) { break }
      throw error(.expected("',' or ']'"))
    }
    depth -= 1
    return .array(items)
  }

  /// Steps over a number's sign and integer digits, refusing none or a leading zero before
  /// another digit (`readNumber` and `skipNumber` both start so).
  mutating func skipIntegerPart() throws(JSONParseError) {
    _ = consume(UInt8(ascii: "-"))
    guard index < bytes.count, bytes[index].isDigit else { throw error(.invalidNumber) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, bytes[index].isDigit { throw error(.invalidNumber) }
    } else {
      skipDigits()
    }
  }

  /// Reads a number: `.int` when written without fraction or exponent and within `Int`,
  /// `.double` otherwise.
  mutating func readNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    try skipIntegerPart()
    var isInteger = true
    if consume(UInt8(ascii: ".")) {
      isInteger = false
      guard index < bytes.count, bytes[index].isDigit else { throw error(.invalidNumber) }
      skipDigits()
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      index += 1
      if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
      guard index < bytes.count, bytes[index].isDigit else { throw error(.invalidNumber) }
      skipDigits()
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger, let value = Int(text) { return .int(value) }
    guard let value = Double(text), value.isFinite else {
      throw error(.numberOutOfRange, at: start)
    }
    return .double(value)
  }

  mutating func readLiteral(_ literal: StaticString) throws(JSONParseError) {
    let start = index
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    guard index + expected.count <= bytes.count,
      expected.indices.allSatisfy({ bytes[index + $0] == expected[$0] })
    else { throw error(.expected("a value"), at: start) }
    index += expected.count
    // `truex` is not `true` followed by garbage: say the value is wrong, not what follows.
    if index < bytes.count, bytes[index].isASCIILetter || bytes[index].isDigit {
      throw error(.expected("a value"), at: start)
    }
  }

  mutating func enterNesting() throws(JSONParseError) {
    depth += 1
    guard depth <= JSONParser.maximumDepth else {
      throw error(.tooDeep(limit: JSONParser.maximumDepth))
    }
    index += 1
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// The offset of the first quote, backslash or control byte (below U+0020) at or after
  /// `start`, or the end: where a string's plain run stops. Sixteen bytes at a time (three
  /// vector compares, the first marked lane found in the mask), as most of a large document's
  /// bytes are the plain text of its strings (a program's abstracts); bytes one at a time only
  /// in the last sixteen of the document.
  func plainRunEnd(from start: Int) -> Int {
    var index = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let quotes = SIMD16<UInt8>(repeating: JSONParser.quote)
      let backslashes = SIMD16<UInt8>(repeating: JSONParser.backslash)
      let controls = SIMD16<UInt8>(repeating: 0x20)
      while index + 16 <= bytes.count {
        let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let marks = (block .== quotes) .| (block .== backslashes) .| (block .< controls)
        if let lane = marks.firstTrueLane { return index + lane }
        index += 16
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == JSONParser.quote || byte == JSONParser.backslash || byte < 0x20 { return index }
      index += 1
    }
    return index
  }

  mutating func skipDigits() {
    while index < bytes.count, bytes[index].isDigit { index += 1 }
  }

  mutating func consume(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// An error at a byte offset (the current one by default), with its line and column.
  func error(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
    let end = Swift.min(offset ?? index, bytes.count)
    var line = 1
    var lineStart = origin
    for position in origin..<end where bytes[position] == 0x0A {
      line += 1
      lineStart = position + 1
    }
    var column = 1
    for position in lineStart..<end where bytes[position] & 0xC0 != 0x80 { column += 1 }
    return JSONParseError(reason, line: line, column: column)
  }
}

extension JSONParser {
  static let quote = UInt8(ascii: "\"")
  static let backslash = UInt8(ascii: "\\")
  static let openBrace = UInt8(ascii: "{")
  static let closeBrace = UInt8(ascii: "}")
  static let openBracket = UInt8(ascii: "[")
  static let closeBracket = UInt8(ascii: "]")

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
