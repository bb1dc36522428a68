/// The header line of a card, the one reliable anchor of the card family:
///
///     header  := [kind "|"] weekday month day[st|nd|rd|th] span "@" [room] ["#" board]
///     span    := time [meridiem] "--" time [meridiem]
///     time    := h[h][:mm]            meridiem := AM | PM (any case, dots allowed)
///
/// Emphasis around the whole line (`**...**`, `__... __`, `*...*`: the markdown form) and runs
/// of spaces are allowed. One trailing
/// meridiem applies to both times (`12:45 -- 02:15 PM` is 12:45-14:15, `11:30 -- 01:00 PM` is
/// 11:30-13:00). A board is whatever follows the last ` #`. A room of `None` is no room.
struct CardHeader {
  var kind: String?
  var weekday: Weekday?
  var month: Int
  var day: Int
  var span: TimeSpan
  var room: String?
  var board: String?
  /// Problems with byte offsets into the dump.
  var problems: [ParseProblem] = []

  /// Reads a header from one line, or returns nil when the line is not a header.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> CardHeader? {
    var range = bytes.trimmed(line)
    guard range.count >= 14, range.count <= 400 else { return nil }
    range = bytes.unwrappingEmphasis(range)

    // The kind, before the first `|`.
    var kindRange: Range<Int>?
    var scanner = ByteScanner(bytes, range)
    if let bar = bytes.firstIndex(of: UInt8(ascii: "|"), in: range) {
      let trimmedKind = bytes.trimmed(range.lowerBound..<bar)
      guard !trimmedKind.isEmpty, trimmedKind.count <= 60 else { return nil }
      kindRange = trimmedKind
      scanner.index = bar + 1
    }

    // The day: `Tue Dec 4th`.
    scanner.skipSpaces()
    let weekdayRange = scanner.readLetters()
    guard let weekdayIndex = scanner.nameIndex(weekdayRange, in: ByteScanner.weekdayNames),
      let weekday = Weekday(rawValue: weekdayIndex)
    else { return nil }
    _ = scanner.consume(UInt8(ascii: ","))
    guard scanner.skipSpaces() > 0 else { return nil }
    let monthRange = scanner.readLetters()
    guard let monthIndex = scanner.nameIndex(monthRange, in: ByteScanner.monthNames) else {
      return nil
    }
    let month = monthIndex + 1
    _ = scanner.consume(UInt8(ascii: "."))
    guard scanner.skipSpaces() > 0, let day = scanner.readNumber(maxDigits: 2) else { return nil }
    _ = scanner.readLetters()  // st, nd, rd, th
    _ = scanner.consume(UInt8(ascii: ","))
    guard scanner.skipSpaces() > 0 else { return nil }

    // The times.
    var problems: [ParseProblem] = []
    guard let span = TimeSpan.read(&scanner, problems: &problems) else { return nil }

    // The room and board.
    scanner.skipSpaces()
    var room: String?
    var board: String?
    if scanner.consume(UInt8(ascii: "@")) {
      let rest = bytes.trimmed(scanner.index..<range.upperBound)
      (room, board) = splitRoomAndBoard(bytes, rest, problems: &problems)
    } else if !scanner.isAtEnd {
      problems.append(ParseProblem(scanner.index, "expected '@' and a room after the times"))
    }
    if !(1...31).contains(day) {
      problems.append(ParseProblem(monthRange.lowerBound, "day \(day) does not exist"))
    }
    return CardHeader(
      kind: kindRange.map { bytes.string($0) }, weekday: weekday, month: month, day: day,
      span: span, room: room, board: board,
      problems: problems)
  }

  /// Whether a line that is not a header was meant as one: a short kind, a `|`, then a weekday
  /// or a month (`Oral | Tue Dec 4th 10:05 -- @ Room 220`, `Poster | Tuesday, 10:45 AM`).
  static func looksLikeHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    let range = bytes.unwrappingEmphasis(bytes.trimmed(line))
    guard range.count <= 400, let bar = bytes.firstIndex(of: UInt8(ascii: "|"), in: range),
      (1...60).contains(bytes.trimmed(range.lowerBound..<bar).count)
    else { return false }
    var scanner = ByteScanner(bytes, bar + 1..<range.upperBound)
    scanner.skipSpaces()
    let word = scanner.readLetters()
    return scanner.nameIndex(word, in: ByteScanner.weekdayNames) != nil
      || scanner.nameIndex(word, in: ByteScanner.monthNames) != nil
  }

  /// `Room 210 & 230 AB #166` is room `Room 210 & 230 AB` and board `166`.
  static func splitRoomAndBoard(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    problems: inout [ParseProblem]
  ) -> (room: String?, board: String?) {
    var roomRange = range
    var board: String?
    var hash = range.upperBound - 1
    while hash >= range.lowerBound {
      if bytes[hash] == UInt8(ascii: "#") && (hash == range.lowerBound || bytes[hash - 1] == 0x20) {
        break
      }
      hash -= 1
    }
    if hash >= range.lowerBound {
      let boardRange = bytes.trimmed(hash + 1..<range.upperBound)
      if boardRange.isEmpty {
        problems.append(ParseProblem(hash, "'#' with no board number after it"))
      } else {
        board = bytes.string(boardRange)
      }
      roomRange = bytes.trimmed(range.lowerBound..<hash)
    }
    // `None` in any case (no other text lowercases to it).
    if roomRange.isEmpty
      || (roomRange.count == 4
        && zip(bytes[roomRange], "none".utf8).allSatisfy { $0.lowercasedASCII == $1 })
    {
      return (nil, board)
    }
    return (bytes.string(roomRange), board)
  }
}
