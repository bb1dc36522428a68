/// A line of the notes family that says when and where, above a title or a block of them:
///
///     timed   := time [meridiem] ["--" time [meridiem]] (":" | "@") room ["#" board] ["\"]
///     header  := weekday month day span "@" room ["#" board]      (a card header, no kind)
///     located := room ["#" board] ["\"]             (only where the position calls for one)
///
/// `10:05 am : West Ballroom C\`, `2 pm: West 217 - 219\`, `10:05 : West Exhibition Hall C + B3`,
/// `5:30 pm -- 10:30 PM @ East Exhibition Hall B + C\`, `West 211 - 214 #8\`. Times stay as
/// written until the day's other times settle a missing or wrong am/pm; a header's date and times
/// are final.
struct RoomTimeLine {
  /// The line.
  var line: Line
  /// The first time as written.
  var first: TimeSpan.Written?
  /// The end time as written, for a span.
  var second: TimeSpan.Written?
  /// The card header, for a line in that form.
  var header: CardHeader?
  /// The room, when given.
  var room: String?
  /// The board or booth after `#`.
  var board: String?
  /// Problems with byte offsets into the dump.
  var problems: [ParseProblem] = []

  /// Whether the line gives a time.
  var hasTime: Bool { first != nil || header != nil }

  /// Reads a timed line or a card header, or returns nil when the line is neither.
  static func parseTimed(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> RoomTimeLine? {
    let range = bytes.strippingEmphasis(bytes.content(of: line))
    guard let lead = range.first.map({ bytes[$0] }), range.count <= 200 else { return nil }
    if lead.isASCIILetter {
      guard let header = CardHeader.parse(bytes, range) else { return nil }
      return RoomTimeLine(
        line: line, header: header, room: header.room, board: header.board,
        problems: header.problems)
    }
    guard lead.isDigit else { return nil }
    var scanner = ByteScanner(bytes, range)
    guard let first = TimeSpan.readTime(&scanner), !(scanner.peek?.isDigit ?? false) else {
      return nil
    }
    var result = RoomTimeLine(line: line, first: first)
    scanner.skipSpaces()
    if consumeDash(&scanner) {
      scanner.skipSpaces()
      guard let second = TimeSpan.readTime(&scanner) else { return nil }
      result.second = second
      scanner.skipSpaces()
    }
    if scanner.isAtEnd {
      // `10:05 am\` with no room: only a clock-like time, never a bare number.
      let isClock = first.meridiem != nil || bytes[first.offset..<scanner.index].contains(0x3A)
      return isClock ? result : nil
    }
    guard scanner.consume(UInt8(ascii: ":")) || scanner.consume(UInt8(ascii: "@")) else {
      return nil
    }
    let rest = bytes.trimmed(scanner.index..<range.upperBound)
    guard !rest.isEmpty else { return nil }
    (result.room, result.board) = CardHeader.splitRoomAndBoard(
      bytes, rest, problems: &result.problems)
    return result
  }

  /// Reads a room-only line (`West Ballroom C\`, `**West Ballrooms A + B**`, `West 211 - 214 #8`):
  /// short, no sentence punctuation, no brackets. Only the caller knows whether the position
  /// makes it a room rather than a line of notes.
  static func parseRoom(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> RoomTimeLine? {
    let range = bytes.strippingEmphasis(bytes.content(of: line))
    guard (2...80).contains(range.count), let lead = range.first.map({ bytes[$0] }),
      lead.isDigit || (lead >= 0x41 && lead <= 0x5A) || lead >= 0x80,
      bytes[range.upperBound - 1] != UInt8(ascii: ".")
    else { return nil }
    var words = 1
    for index in range {
      if isForbidden(bytes[index]) { return nil }
      if bytes[index] == 0x20 && bytes[index - 1] != 0x20 { words += 1 }
    }
    guard words <= 10 else { return nil }
    var result = RoomTimeLine(line: line)
    (result.room, result.board) = CardHeader.splitRoomAndBoard(
      bytes, range, problems: &result.problems)
    return result.room == nil ? nil : result
  }

  /// `-`, `--`, or an en dash between two times.
  private static func consumeDash(_ scanner: inout ByteScanner) -> Bool {
    if scanner.consume(UInt8(ascii: "-")) {
      while scanner.consume(UInt8(ascii: "-")) {}
      return true
    }
    return scanner.consume(caseInsensitive: "\u{2013}")
  }

  /// Brackets and sentence marks, which no room line holds.
  private static func isForbidden(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"),
      UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
      return true
    default:
      return false
    }
  }
}
