/// The value types of iCalendar (RFC 5545 section 3.3) that a schedule needs.
enum ICalendarValue {
  /// A DATE or DATE-TIME value.
  enum Moment: Equatable {
    /// `19970714`: a day, no time (an all-day event).
    case date(CalendarDate)
    /// `19970714T173000Z`: an instant.
    case utc(UTCDateTime)
    /// `19970714T173000`: a wall-clock time, in the zone of its TZID or floating.
    case local(LocalDateTime)
  }

  /// Reads `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ` (seconds are dropped; also
  /// `YYYY-MM-DDTHH:MM:SS`, which some exporters write).
  static func moment(_ text: String) -> Moment? {
    let digits = Array(text.utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") })
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= digits.count, digits[range].allSatisfy(\.isDigit) else {
        return nil
      }
      return digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    guard digits.count >= 8, let year = number(0..<4), let month = number(4..<6),
      let day = number(6..<8), let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    if digits.count == 8 { return .date(date) }
    guard digits[8] == UInt8(ascii: "T"), let hour = number(9..<11), let minute = number(11..<13)
    else { return nil }
    var rest = 13
    var second = 0
    if let seconds = number(13..<15) {
      second = seconds
      rest = 15
    }
    let isUTC = rest < digits.count && digits[rest] | 0x20 == UInt8(ascii: "z")
    guard rest + (isUTC ? 1 : 0) == digits.count, (0...59).contains(second) else { return nil }
    if isUTC {
      return UTCDateTime(date: date, hour: hour, minute: minute, second: second).map { .utc($0) }
    }
    guard let time = LocalTime(hour: hour, minute: minute), hour < 24 else { return nil }
    return .local(LocalDateTime(date: date, time: time))
  }

  /// Reads a DURATION (`PT1H30M`, `P1D`, `P2W`, `-PT15M`) in seconds, or nil.
  ///
  ///     dur-value := ["+" | "-"] "P" (dur-date | dur-time | dur-week)
  ///     dur-date  := n "D" [dur-time]      dur-time := "T" [n "H"] [n "M"] [n "S"]
  static func duration(_ text: String) -> Int? {
    var bytes = Array(text.utf8)[...]
    var sign = 1
    if bytes.first == UInt8(ascii: "-") {
      sign = -1
      bytes = bytes.dropFirst()
    } else if bytes.first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    guard bytes.first.map({ $0 | 0x20 }) == UInt8(ascii: "p"), bytes.count >= 3 else { return nil }
    bytes = bytes.dropFirst()
    var seconds = 0
    var number: Int?
    var inTime = false
    var sawUnit = false
    for byte in bytes {
      if byte.isDigit {
        number = Swift.min((number ?? 0) * 10 + Int(byte - 0x30), 100_000_000)
        continue
      }
      switch byte | 0x20 {
      case UInt8(ascii: "t") where number == nil && !inTime:
        inTime = true
        continue
      case UInt8(ascii: "w") where !inTime: seconds += (number ?? -1) * 7 * 86_400
      case UInt8(ascii: "d") where !inTime: seconds += (number ?? -1) * 86_400
      case UInt8(ascii: "h") where inTime: seconds += (number ?? -1) * 3600
      case UInt8(ascii: "m") where inTime: seconds += (number ?? -1) * 60
      case UInt8(ascii: "s") where inTime: seconds += number ?? -1
      default: return nil
      }
      guard number != nil else { return nil }
      number = nil
      sawUnit = true
    }
    guard sawUnit, number == nil else { return nil }
    return sign * seconds
  }

  /// A TEXT value unescaped: `\,` `\;` `\\` and `\n` (or `\N`) as a line break.
  static func text(_ value: String) -> String {
    guard value.containsByte(UInt8(ascii: "\\")) else { return value }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count)
    var escaped = false
    for byte in value.utf8 {
      if escaped {
        escaped = false
        bytes.append(byte | 0x20 == UInt8(ascii: "n") ? 0x0A : byte)
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else {
        bytes.append(byte)
      }
    }
    if escaped { bytes.append(UInt8(ascii: "\\")) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A list of TEXT values (CATEGORIES): split at commas that are not escaped, each
  /// unescaped and trimmed, empty ones dropped.
  static func textList(_ value: String) -> [String] {
    var items: [String] = []
    var current: [UInt8] = []
    var escaped = false
    for byte in value.utf8 {
      if escaped {
        escaped = false
        current.append(UInt8(ascii: "\\"))
        current.append(byte)
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: ",") {
        items.append(String(decoding: current, as: UTF8.self))
        current = []
      } else {
        current.append(byte)
      }
    }
    items.append(String(decoding: current, as: UTF8.self))
    return items.map { text($0).trimmingSpaces() }.filter { !$0.isEmpty }
  }

  /// `-0500`, `+0530`, `+013000` as seconds east of UTC.
  static func utcOffset(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    guard bytes.count == 5 || bytes.count == 7,
      bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
      bytes.dropFirst().allSatisfy(\.isDigit)
    else { return nil }
    let digits = bytes.dropFirst().map { Int($0 - 0x30) }
    var seconds = (digits[0] * 10 + digits[1]) * 3600 + (digits[2] * 10 + digits[3]) * 60
    if digits.count == 6 { seconds += digits[4] * 10 + digits[5] }
    return bytes[0] == UInt8(ascii: "-") ? -seconds : seconds
  }
}
