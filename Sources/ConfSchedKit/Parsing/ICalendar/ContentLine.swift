/// One content line of an iCalendar file (RFC 5545 section 3.1), unfolded:
///
///     contentline := name *(";" param) ":" value CRLF
///     param       := param-name "=" param-value *("," param-value)
///     param-value := paramtext | DQUOTE quoted-text DQUOTE
///     fold        := CRLF (SPACE | HTAB)          (removed when unfolding; LF alone is taken too)
///
/// Names and parameter names are case-insensitive and kept uppercased; values are kept as
/// written (TEXT values are unescaped by `ICalendarText.unescaped`).
struct ContentLine {
  /// `DTSTART`, `X-WR-CALNAME`.
  var name: String
  /// Parameters by uppercased name: `TZID`, `VALUE`, `CN`; values unquoted.
  var parameters: [String: String]
  /// The value, unfolded.
  var value: String
  /// The physical line the content line starts on.
  var line: Line

  /// A parameter, by uppercased name.
  func parameter(_ name: String) -> String? { parameters[name] }
}

/// The content lines of a file one at a time, unfolded, with what could not be read.
struct ContentLineSequence {
  private var lines: LineSequence
  private var pending: Line?
  private let bytes: UnsafeBufferPointer<UInt8>

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.lines = bytes.eachLine()
    self.pending = lines.next()
  }

  /// The next content line: `.line`, or `.unreadable` for a physical line that is not one (no
  /// colon, no name), or nil at the end.
  mutating func next() -> Result? {
    while let first = pending {
      pending = lines.next()
      // Continuation lines start with a space or tab; blank lines are skipped.
      var pieces = [first.start..<first.end]
      while let next = pending, next.start < next.end,
        bytes[next.start] == 0x20 || bytes[next.start] == 0x09
      {
        pieces.append(next.start + 1..<next.end)
        pending = lines.next()
      }
      if pieces.count == 1, bytes.isBlank(first.start..<first.end) { continue }
      var text: [UInt8] = []
      text.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
      for piece in pieces { text.append(contentsOf: bytes[piece]) }
      guard let line = Self.parse(text, line: first) else { return .unreadable(first) }
      return .line(line)
    }
    return nil
  }

  enum Result {
    case line(ContentLine)
    case unreadable(Line)
  }

  /// Splits an unfolded line into name, parameters and value, or nil when it is not one.
  static func parse(_ text: [UInt8], line: Line) -> ContentLine? {
    var index = 0
    while index < text.count,
      text[index].isASCIILetter || text[index].isDigit || text[index] == UInt8(ascii: "-")
    {
      index += 1
    }
    guard index > 0, index < text.count else { return nil }
    let name = String(decoding: text[0..<index], as: UTF8.self).uppercased()
    var parameters: [String: String] = [:]
    while index < text.count, text[index] == UInt8(ascii: ";") {
      index += 1
      let nameStart = index
      while index < text.count, text[index] != UInt8(ascii: "="), text[index] != UInt8(ascii: ":"),
        text[index] != UInt8(ascii: ";")
      {
        index += 1
      }
      let parameterName = String(decoding: text[nameStart..<index], as: UTF8.self).uppercased()
      guard index < text.count, text[index] == UInt8(ascii: "=") else {
        // A parameter with no value (vCalendar 1.0's `;QUOTED-PRINTABLE`): kept as a flag.
        if !parameterName.isEmpty { parameters[parameterName] = "" }
        continue
      }
      index += 1
      var values: [String] = []
      repeat {
        if index < text.count, text[index] == UInt8(ascii: ",") { index += 1 }
        if index < text.count, text[index] == UInt8(ascii: "\"") {
          let start = index + 1
          guard let close = text[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
          values.append(String(decoding: text[start..<close], as: UTF8.self))
          index = close + 1
        } else {
          let start = index
          while index < text.count, text[index] != UInt8(ascii: ";"),
            text[index] != UInt8(ascii: ":"),
            text[index] != UInt8(ascii: ",")
          {
            index += 1
          }
          values.append(String(decoding: text[start..<index], as: UTF8.self))
        }
      } while index < text.count && text[index] == UInt8(ascii: ",")
      parameters[parameterName] = values.joined(separator: ",")
    }
    guard index < text.count, text[index] == UInt8(ascii: ":") else { return nil }
    let value = String(decoding: text[(index + 1)...], as: UTF8.self)
    return ContentLine(name: name, parameters: parameters, value: value, line: line)
  }
}
