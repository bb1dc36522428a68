/// The text rules of iCalendar (RFC 5545 §3.1 and §3.3): escaping of TEXT values, folding of
/// content lines, and the basic date-time forms.
enum ICalendarText {
  /// The longest line, in octets, the CRLF not counted.
  static let lineLimit = 75

  /// A TEXT value: `\`, `;` and `,` escaped with a backslash, every line break (LF, CRLF or CR)
  /// written `\n`; other control characters, which TEXT cannot hold, are left out (a tab stays).
  static func escaped(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var afterCR = false
    for scalar in text.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\\": output += "\\\\"
      case ";": output += "\\;"
      case ",": output += "\\,"
      case "\r": output += "\\n"
      case "\n": if !afterCR { output += "\\n" }
      case "\t": output.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 && scalar.value != 0x7F { output.unicodeScalars.append(scalar) }
      }
    }
    return output
  }

  /// One content line, folded and ending in CRLF: no physical line is longer than 75 octets,
  /// each continuation starts with one space (counted in its 75), and no UTF-8 sequence is cut.
  static func folded(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard bytes.count > lineLimit else { return line + "\r\n" }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / (lineLimit - 1) * 3 + 2)
    var index = 0
    var room = lineLimit
    while index < bytes.count {
      var end = Swift.min(index + room, bytes.count)
      // Back off to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
      while end < bytes.count, end > index, bytes[end] & 0xC0 == 0x80 { end -= 1 }
      if index > 0 { output += [0x0D, 0x0A, 0x20] }
      output += bytes[index..<end]
      index = end
      room = lineLimit - 1
    }
    output += [0x0D, 0x0A]
    return String(decoding: output, as: UTF8.self)
  }

  /// A local date-time, `20181204T165000`, from minutes since 1970-01-01 00:00 on the wall clock.
  static func localDateTime(minutes: Int) -> String {
    let days = UTCDateTime.floorDivide(minutes, 1440)
    let date = CalendarDate(daysSinceEpoch: days)
    let minute = minutes - days * 1440
    return CalendarDate.padded(date.year, 4) + CalendarDate.padded(date.month, 2)
      + CalendarDate.padded(date.day, 2) + "T" + CalendarDate.padded(minute / 60, 2)
      + CalendarDate.padded(minute % 60, 2) + "00"
  }

  /// A DATE value, `20181204`.
  static func date(_ date: CalendarDate) -> String {
    CalendarDate.padded(date.year, 4) + CalendarDate.padded(date.month, 2)
      + CalendarDate.padded(date.day, 2)
  }

  /// A UTC offset, `-0500` or `+0100`, from minutes east of UTC.
  static func offset(_ minutes: Int) -> String {
    let magnitude = Swift.abs(minutes)
    return (minutes < 0 ? "-" : "+") + CalendarDate.padded(magnitude / 60, 2)
      + CalendarDate.padded(magnitude % 60, 2)
  }

  /// A duration before (positive) or after (negative) an event's start, for an alarm's
  /// TRIGGER: `-PT10M`, `PT0M`, `PT5M`.
  static func trigger(minutesBefore minutes: Int) -> String {
    minutes > 0 ? "-PT\(minutes)M" : "PT\(-minutes)M"
  }
}
