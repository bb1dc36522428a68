/// The objects of the site's JSON: an event's authors, and the one object reader every object
/// of the file goes through.
extension VirtualSiteDocument {
  /// No key read by its bytes: every key is given decoded (the top object's few, and the
  /// companion's thousands of event ids).
  static let noKeys = JSONKeyTable([])

  /// The keys of an author, in the order of `readAuthors`' cases; `id` is known only to be
  /// skipped, as an unknown key costs a decoded string and a list to check it against.
  static let authorKeys = JSONKeyTable(["fullname", "name", "institution", "url", "id"])

  /// An event's authors, `[{"fullname": …, "institution": …, "url": …}]` (a plain string is a
  /// name too), read into the record: the hottest array of a program. Institutions, which
  /// repeat, are made by `strings`; an author's own address only `wantsURL` (it names the site,
  /// and three are enough to tell it: one made for each of 6,000 events was a String apiece).
  static func readAuthors(
    _ parser: inout JSONParser, into record: VirtualSiteRecord, strings: VirtualSiteStrings,
    wantsURL: Bool, order: inout JSONKeyOrder
  ) throws(JSONParseError) {
    try parser.enterNesting()
    parser.skipWhitespace()
    if parser.consume(JSONParser.closeBracket) {
      parser.depth -= 1
      return
    }
    // Built here and stored once: each append to the record's property was a run-time
    // exclusivity check and a uniqueness check.
    var authors: [(name: String, institution: String?)] = []
    var authorURL = record.authorURL
    defer {
      record.authors = authors
      record.authorURL = authorURL
    }
    while true {
      parser.skipWhitespace()
      if parser.index < parser.bytes.count, parser.bytes[parser.index] == JSONParser.openBrace {
        var fullname: String?
        var name: String?
        var institution: String?
        var url: String?
        let needsURL = wantsURL && authorURL == nil
        try readObject(&parser, keys: authorKeys, order: &order) {
          key, _, parser throws(JSONParseError) in
          switch key {
          case .known(0): fullname = try VirtualSiteRecord.readLine(&parser)
          case .known(1): name = try VirtualSiteRecord.readLine(&parser)
          case .known(2):
            institution = try VirtualSiteRecord.readLine(&parser, strings: strings)
          case .known(3) where needsURL: url = try VirtualSiteRecord.readText(&parser)
          default: try parser.skipValue()
          }
        }
        if let author = fullname ?? name {
          // Room for a paper's usual authors at once, not grown from one.
          if authors.isEmpty { authors.reserveCapacity(8) }
          authors.append((author, institution))
          if authorURL == nil { authorURL = url }
        }
      } else if case .string(let author) = try parser.readValue(), !author.isEmpty {
        authors.append((VirtualSiteText.line(author), nil))
      }
      parser.skipWhitespace()
      if parser.consume(UInt8(ascii: ",")) { continue }
      if parser.consume(JSONParser.closeBracket) { break }
      throw parser.error(.expected("',' or ']'"))
    }
    parser.depth -= 1
  }

  /// Reads an object from its `{`, calling `member` with each key and the offset of its value;
  /// `member` reads the value. A key of `keys` is matched on its bytes and given as its index,
  /// any other decoded. Keys are checked as `JSONParser` checks them: once per object (a key
  /// written with escapes is the key it decodes to).
  static func readObject(
    _ parser: inout JSONParser, keys: JSONKeyTable, order: inout JSONKeyOrder,
    _ member: (JSONKeyTable.Key, Int, inout JSONParser) throws(JSONParseError) -> Void
  ) throws(JSONParseError) {
    try parser.enterNesting()
    // The table's keys seen so far, a bit each; the others in a short array (cheaper than a
    // set for an event's few), or a set past that (the companion's thousands).
    var seen: UInt64 = 0
    // The last key of the table read, or the table's count at the start.
    var previous = keys.count
    var others: [String] = []
    var otherSet: Set<String> = []
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
      let key: JSONKeyTable.Key
      if let expected = order.expected(after: previous),
        keys.matches(expected, parser.bytes, at: keyStart + 1)
      {
        parser.index = keyStart + keys.length(expected) + 2
        key = .known(expected)
      } else {
        key = try readKey(&parser, keys)
      }
      switch key {
      case .known(let number):
        let bit: UInt64 = 1 << UInt64(number)
        guard seen & bit == 0 else {
          throw parser.error(.duplicateKey(keys.name(number)), at: keyStart)
        }
        seen |= bit
        order.note(number, after: previous)
        previous = number
      case .other(let text):
        let isNew = others.count < 32 ? !others.contains(text) : otherSet.insert(text).inserted
        guard isNew else { throw parser.error(.duplicateKey(text), at: keyStart) }
        if others.count < 32 {
          others.append(text)
          if others.count == 32 { otherSet = Set(others) }
        }
      }
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

  /// A key from its opening quote: a plain one matched in place, one with escapes (or an
  /// error) read as `JSONParser.readString` reads it.
  private static func readKey(_ parser: inout JSONParser, _ keys: JSONKeyTable)
    throws(JSONParseError) -> JSONKeyTable.Key
  {
    let start = parser.index + 1
    let end = parser.plainRunEnd(from: start)
    guard end < parser.bytes.count, parser.bytes[end] == JSONParser.quote else {
      let text = try parser.readString()
      return keys.index(of: text).map { .known($0) } ?? .other(text)
    }
    parser.index = end + 1
    if let known = keys.index(of: parser.bytes, start..<end) { return .known(known) }
    return .other(
      String(decoding: UnsafeBufferPointer(rebasing: parser.bytes[start..<end]), as: UTF8.self))
  }
}
