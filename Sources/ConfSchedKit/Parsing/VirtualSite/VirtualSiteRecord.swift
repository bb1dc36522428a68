/// One event of the virtual site's JSON as the file gives it (the fields are described in
/// `../shared/formats/virtual-site-json.md`), with the byte offsets warnings point at.
///
/// Fields are read leniently, as the issue asks: any may be missing or null; a number where a
/// string is expected (an `id` of `119718` or `"119718"`) is read as its digits; a value of
/// another type is left out. The text an event shows (its name, authors, session, room, topic,
/// kind, board and abstract) is kept cleaned as `VirtualSiteText.line` or `prose` cleans it, read
/// so from the file's bytes (`readLine`); ids, times and addresses are kept as written.
///
/// A class, not a struct: a program's 6,000 records of two dozen strings each are handed from
/// pass to pass, and copying a struct retains every string (an eighth of the read's time).
final class VirtualSiteRecord {
  /// The offset of the event's `{`.
  var offset: Int
  var id: String?
  var uid: String?
  var name: String?
  var nameOffset: Int?
  /// `(fullname, institution)` of each author, in order (read by `VirtualSiteDocument`).
  var authors: [(name: String, institution: String?)] = []
  /// The first author's own address (`http://neurips.cc/api/miniconf/users/1`), which names
  /// the site.
  var authorURL: String?
  var abstract: String?
  var topic: String?
  var decision: String?
  var session: String?
  var eventType: String?
  var eventTypeOffset: Int?
  /// `event_type`: a display label, sometimes a template (`{location} Poster`).
  var eventTypeLabel: String?
  var room: String?
  /// `starttime` and `endtime` as written, and the instants they give (nil for text that is
  /// not one).
  var start: RawText?
  var startTime: ISOTimestamp?
  var startOffset: Int?
  var end: RawText?
  var endTime: ISOTimestamp?
  var endOffset: Int?
  var board: String?
  var siteURL: String?
  var paperURL: String?
  var pdfURL: String?
  var sourceURL: String?
  var url: String?
  var related: [String] = []
  /// `visible: false` events are not part of the program.
  var isVisible = true

  init(offset: Int) {
    self.offset = offset
  }

  /// The keys an event's object is read for; the others are checked and skipped.
  enum Field: Int, CaseIterable {
    case id, uid, name, authors, abstract, topic, decision, session, eventType, eventTypeLabel
    case room, start, end, board, siteURL, paperURL, pdfURL, sourceURL, url, related, visible
    /// Read only to be skipped: every event writes it, and an unknown key costs a decoded
    /// string and a list to check it against.
    case keywords

    /// The key as the file writes it.
    var key: String {
      switch self {
      case .id: "id"
      case .uid: "uid"
      case .name: "name"
      case .authors: "authors"
      case .abstract: "abstract"
      case .topic: "topic"
      case .decision: "decision"
      case .session: "session"
      case .eventType: "eventtype"
      case .eventTypeLabel: "event_type"
      case .room: "room_name"
      case .start: "starttime"
      case .end: "endtime"
      case .board: "poster_position"
      case .siteURL: "virtualsite_url"
      case .paperURL: "paper_url"
      case .pdfURL: "paper_pdf_url"
      case .sourceURL: "sourceurl"
      case .url: "url"
      case .related: "related_events_ids"
      case .visible: "visible"
      case .keywords: "keywords"
      }
    }

    /// The keys, in the order of the cases (a key's index is its case's raw value).
    static let table = JSONKeyTable(allCases.map(\.key))
  }

  /// Reads the value of one member of the event's object (whose value starts at `offset`) into
  /// its field; `authors` is `VirtualSiteDocument`'s to read, and checked and dropped here.
  /// The values a program repeats (topics, sessions, rooms, kinds) are made by `strings`.
  func read(
    _ field: Field, at offset: Int, _ parser: inout JSONParser, strings: VirtualSiteStrings
  ) throws(JSONParseError) {
    switch field {
    case .id: id = try Self.readText(&parser)
    case .uid: uid = try Self.readText(&parser)
    case .name:
      name = try Self.readLine(&parser)
      nameOffset = offset
    case .abstract: abstract = try Self.readProse(&parser)
    case .topic: topic = try Self.readLine(&parser, strings: strings)
    case .decision: decision = try Self.readText(&parser)
    case .session: session = try Self.readLine(&parser, strings: strings)
    case .eventType:
      eventType = try Self.readLine(&parser, strings: strings)
      eventTypeOffset = offset
    case .eventTypeLabel: eventTypeLabel = try Self.readLine(&parser, strings: strings)
    case .room: room = try Self.readLine(&parser, strings: strings)
    case .start:
      (start, startTime) = try Self.readTime(&parser)
      startOffset = offset
    case .end:
      (end, endTime) = try Self.readTime(&parser)
      endOffset = offset
    case .board: board = try Self.readLine(&parser)
    case .siteURL: siteURL = try Self.readText(&parser)
    case .paperURL: paperURL = try Self.readText(&parser)
    case .pdfURL: pdfURL = try Self.readText(&parser)
    case .sourceURL: sourceURL = try Self.readText(&parser)
    case .url: url = try Self.readText(&parser)
    case .related:
      related = try Self.readIDs(&parser)
    case .visible:
      if case .bool(let visible) = try parser.readValue() { isVisible = visible }
    case .authors, .keywords:
      try parser.skipValue()
    }
  }

  /// `[70000, "70001"]`: the ids as `readText` reads each, with no `JSONValue` made for the
  /// array; any other value is checked and gives none.
  static func readIDs(_ parser: inout JSONParser) throws(JSONParseError) -> [String] {
    guard parser.index < parser.bytes.count, parser.bytes[parser.index] == JSONParser.openBracket
    else {
      try parser.skipValue()
      return []
    }
    var ids: [String] = []
    try parser.enterNesting()
    parser.skipWhitespace()
    if parser.consume(JSONParser.closeBracket) {
      parser.depth -= 1
      return ids
    }
    while true {
      parser.skipWhitespace()
      if let id = try readText(&parser) { ids.append(id) }
      parser.skipWhitespace()
      if parser.consume(UInt8(ascii: ",")) { continue }
      if parser.consume(JSONParser.closeBracket) { break }
      throw parser.error(.expected("',' or ']'"))
    }
    parser.depth -= 1
    return ids
  }

  /// A value read as `text(_:)` reads it, with no `JSONValue` made for a string or a number.
  static func readText(_ parser: inout JSONParser) throws(JSONParseError) -> String? {
    guard parser.index < parser.bytes.count else { return text(try parser.readValue()) }
    switch parser.bytes[parser.index] {
    case JSONParser.quote:
      let text = try parser.readString()
      return text.isEmpty ? nil : text
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      // An id such as `119718`: its digits as written (what `String(Int)` would give back),
      // with no string made to read the number and another to write it.
      let start = parser.index
      var end = start + 1
      while end < parser.bytes.count, parser.bytes[end].isDigit { end += 1 }
      if end - start <= 18,
        end == parser.bytes.count
          || (parser.bytes[end] != UInt8(ascii: ".")
            && parser.bytes[end] | 0x20 != UInt8(ascii: "e"))
      {
        parser.index = end
        return String(
          decoding: UnsafeBufferPointer(rebasing: parser.bytes[start..<end]), as: UTF8.self)
      }
      return text(try parser.readNumber())
    case UInt8(ascii: "-"), UInt8(ascii: "0"):
      return text(try parser.readNumber())
    default:
      return text(try parser.readValue())
    }
  }

  /// A string, or an integer's digits; nil for null, an empty string and other values.
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text.isEmpty ? nil : text
    case .int(let number): return String(number)
    default: return nil
    }
  }
}
