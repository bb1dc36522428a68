import ConfSchedKit

/// The last guard before a terminal: text with nothing in it that a terminal would obey but
/// line breaks, tabs and, when colour is on, the colour sequences `TextStyle` writes.
enum TerminalText {
  /// The text made safe for a terminal. ESC starts a kept sequence only when colour is on and
  /// it is a colour one (`ESC [ digits and ; m`); every other control character is shown as its
  /// picture (`␛`, `␇`), C1 controls as `�`, and a carriage return (which could write a line
  /// over another) as `␍`, unless a line feed follows it (CSV's CRLF). Text with none of these is returned as is after one pass.
  static func safe(_ text: String, keepingStyles: Bool) -> String {
    guard needsFiltering(text) else { return text }
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 16)
    var index = 0
    func picture(_ value: UInt32) {
      // U+2400 + value, as UTF-8: E2 90 80+value (U+2400...U+243F).
      output += [0xE2, 0x90, UInt8(0x80 + value)]
    }
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x0A, 0x09: output.append(byte)
      case 0x0D where index < bytes.count && bytes[index] == 0x0A: output.append(byte)
      case 0x1B:
        var end = index
        if keepingStyles, end < bytes.count, bytes[end] == UInt8(ascii: "[") {
          end += 1
          while end < bytes.count,
            bytes[end] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[end])
          {
            end += 1
          }
          if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
            output += bytes[(index - 1)...end]
            index = end + 1
            continue
          }
        }
        picture(0x1B)
      case 0..<0x20: picture(UInt32(byte))
      case 0x7F: picture(0x21)
      case 0xC2 where index < bytes.count && (0x80..<0xA0).contains(bytes[index]):
        output += [0xEF, 0xBF, 0xBD]  // U+FFFD
        index += 1
      default: output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Whether the text holds a control character other than a line feed, a tab or a CRLF.
  private static func needsFiltering(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if (byte < 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D) || byte == 0x7F
        || (previous == 0xC2 && byte < 0xA0) || (previous == 0x0D && byte != 0x0A)
      {
        return true
      }
      previous = byte
    }
    return previous == 0x0D
  }
}
