/// Terminal widths of text: truncation with an ellipsis, word wrapping, padding.
public enum DisplayText {
  /// The number of terminal columns a string takes: combining marks take none, East Asian wide
  /// characters two, escape sequences none.
  public static func width(_ text: String) -> Int {
    if isPlainASCII(text) { return text.utf8.count }
    var width = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      width += DisplayText.width(of: scalar)
    }
    return width
  }

  static func width(of scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0..<0x20, 0x7F..<0xA0, 0x300...0x36F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  /// The text cut to `limit` columns, ending in `…` when cut.
  public static func truncated(_ text: String, to limit: Int) -> String {
    guard limit > 0 else { return "" }
    guard width(text) > limit else { return text }
    if isPlainASCII(text) {
      var result = String(text.utf8.prefix(limit - 1)) ?? ""
      while result.last == " " { result.removeLast() }
      return result + "…"
    }
    var result = ""
    var used = 0
    for scalar in text.unicodeScalars {
      let w = width(of: scalar)
      if used + w > limit - 1 { break }
      result.unicodeScalars.append(scalar)
      used += w
    }
    while result.last == " " { result.removeLast() }
    return result + "…"
  }

  /// Printable ASCII only: one column per byte.
  static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// The text padded with spaces to `columns`.
  public static func padded(_ text: String, to columns: Int) -> String {
    let missing = columns - width(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }

  /// Splits text into lines of at most `limit` columns at spaces; a word longer than a line is
  /// cut.
  public static func wrapped(_ text: String, to limit: Int) -> [String] {
    let limit = Swift.max(limit, 10)
    var lines: [String] = []
    var current = ""
    var used = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var w = width(word)
      while w > limit {
        if !current.isEmpty {
          lines.append(current)
          current = ""
          used = 0
        }
        let head = String(word.prefix(limit))
        lines.append(head)
        word = String(word.dropFirst(limit))
        w = width(word)
      }
      if used > 0 && used + 1 + w > limit {
        lines.append(current)
        current = ""
        used = 0
      }
      if used > 0 {
        current += " "
        used += 1
      }
      current += word
      used += w
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}
