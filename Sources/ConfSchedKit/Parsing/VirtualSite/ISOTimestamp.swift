/// A date and time as the virtual site's JSON writes them, ISO 8601 with the offset from UTC and
/// no zone name:
///
///     timestamp := date ("T" | " ") hh ":" mm [":" ss ["." digits]] [offset]
///     date      := yyyy "-" mm "-" dd
///     offset    := "Z" | ("+" | "-") hh [":"] mm | ("+" | "-") hh
///
/// `2025-12-05T16:30:00-08:00` is 16:30 on the wall clock of a place eight hours behind UTC.
/// Seconds are dropped (a schedule runs to the minute).
struct ISOTimestamp: Equatable {
  /// The wall-clock moment as written.
  var local: LocalDateTime
  /// The offset east of UTC in minutes, when written.
  var offset: Int?

  /// The instant, in minutes since the epoch, when the offset is known.
  var utcMinutes: Int? { offset.map { local.minutesSinceEpoch - $0 } }

  /// Reads a timestamp, or nil when the text is not one.
  init?(_ text: String) {
    var parsed: ISOTimestamp?
    text.withUTF8Bytes { bytes in
      var scanner = ByteScanner(bytes, 0..<bytes.count)
      scanner.skipSpaces()
      parsed = Self.read(&scanner)
    }
    guard let parsed else { return nil }
    self = parsed
  }

  /// The instant written in `bytes[range]`, read as `init(_:)` reads a string: no `String` is
  /// made for the 12,000 times of a program.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var scanner = ByteScanner(bytes, range)
    scanner.skipSpaces()
    guard let parsed = Self.read(&scanner) else { return nil }
    self = parsed
  }

  private init(local: LocalDateTime, offset: Int?) {
    self.local = local
    self.offset = offset
  }

  private static func read(_ scanner: inout ByteScanner) -> ISOTimestamp? {
    guard let year = fixed(&scanner, 4), scanner.consume(UInt8(ascii: "-")),
      let month = fixed(&scanner, 2), scanner.consume(UInt8(ascii: "-")),
      let day = fixed(&scanner, 2), let date = CalendarDate(year: year, month: month, day: day),
      scanner.consume(UInt8(ascii: "T")) || scanner.consume(UInt8(ascii: " "))
        || scanner.consume(UInt8(ascii: "t")),
      let hour = fixed(&scanner, 2), scanner.consume(UInt8(ascii: ":")),
      let minute = fixed(&scanner, 2), let time = LocalTime(hour: hour, minute: minute),
      hour < 24
    else { return nil }
    if scanner.consume(UInt8(ascii: ":")) {
      guard let second = fixed(&scanner, 2), second < 61 else { return nil }
      if scanner.consume(UInt8(ascii: ".")) || scanner.consume(UInt8(ascii: ",")) {
        guard scanner.peek?.isDigit == true else { return nil }
        while scanner.peek?.isDigit == true { scanner.index += 1 }
      }
    }
    var offset: Int?
    if scanner.consume(UInt8(ascii: "Z")) || scanner.consume(UInt8(ascii: "z")) {
      offset = 0
    } else if let sign = scanner.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      scanner.index += 1
      guard let hours = fixed(&scanner, 2), hours <= 14 else { return nil }
      var minutes = 0
      if !scanner.isAtEnd, scanner.peek != UInt8(ascii: " ") {
        _ = scanner.consume(UInt8(ascii: ":"))
        guard let value = fixed(&scanner, 2), value < 60 else { return nil }
        minutes = value
      }
      offset = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
    }
    scanner.skipSpaces()
    guard scanner.isAtEnd else { return nil }
    return ISOTimestamp(local: LocalDateTime(date: date, time: time), offset: offset)
  }

  /// Exactly `count` digits.
  private static func fixed(_ scanner: inout ByteScanner, _ count: Int) -> Int? {
    let start = scanner.index
    guard let value = scanner.readNumber(maxDigits: count), scanner.index - start == count else {
      return nil
    }
    return value
  }
}
