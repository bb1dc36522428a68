extension DisplayText {
  /// The text with nothing a terminal would obey: a dump or an itinerary can hold ESC, BEL or
  /// a whole OSC sequence (raw, or decoded from `&#27;`), which would set the window title,
  /// write the clipboard or clear the screen. Every renderer passes the text it takes from data
  /// through here.
  ///
  /// C0 controls and DEL become their visible pictures (`␛`, `␇`, `␡`), C1 controls (U+0080 to
  /// U+009F, where 0x9B is a CSI) become `�`; a tab, line feed or carriage return becomes a
  /// space, since the text stands on one line. Text without any of these is returned as is, after
  /// one pass over its bytes.
  public static func printable(_ text: String) -> String {
    guard needsReplacing(text) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: result.unicodeScalars.append(" ")
      case 0..<0x20: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: result.unicodeScalars.append("\u{2421}")
      case 0x80..<0xA0: result.unicodeScalars.append("\u{FFFD}")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `printable(_:)` for text of several lines (an abstract, notes): the line breaks stay.
  public static func printableLines(_ text: String) -> String {
    guard needsReplacing(text) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { printable(String($0.hasSuffix("\r") ? $0.dropLast() : $0)) }
      .joined(separator: "\n")
  }

  /// Whether the text holds a C0 control, DEL or a C1 control (`C2 80` to `C2 9F` in UTF-8).
  static func needsReplacing(_ text: String) -> Bool {
    var afterC2 = false
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x7F || (afterC2 && byte < 0xA0) { return true }
      afterC2 = byte == 0xC2
    }
    return false
  }
}
