/// Terminal widths of text: truncation with an ellipsis, word wrapping, padding.
///
/// Every function here is linear in the length of its text: a 1 MB title with no space is cut
/// or wrapped in one pass, never re-measured line after line.
public enum DisplayText {
  /// The number of terminal columns a string takes: combining marks take none, East Asian wide
  /// characters two, the colour sequences `TextStyle` writes none.
  public static func width(_ text: some StringProtocol) -> Int {
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

  /// The columns a character takes: its scalars' widths added up.
  static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
    var width = 0
    for scalar in character.unicodeScalars { width += DisplayText.width(of: scalar) }
    return width
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
    for character in text {
      let w = width(of: character)
      if used + w > limit - 1 { break }
      result.append(character)
      used += w
    }
    while result.last == " " { result.removeLast() }
    return result + "…"
  }

  /// The text cut to `limit` columns in its middle (`East Exhibiti… B + C`), which keeps both
  /// ends of a name that differs from others at either (`East`/`West`, `B + C`/`A`).
  public static func truncatedInMiddle(_ text: String, to limit: Int) -> String {
    guard limit > 0 else { return "" }
    guard width(text) > limit else { return text }
    guard limit >= 5 else { return truncated(text, to: limit) }
    let characters = Array(text)
    var tail: [Character] = []
    var used = 0
    let tailLimit = (limit - 1) / 2
    for character in characters.reversed() {
      let w = width(of: character)
      if used + w > tailLimit { break }
      tail.append(character)
      used += w
    }
    // Keep whole words at the end (` B + C`, not `all B + C`), with the space before them.
    let boundary = characters.count - tail.count - 1
    if boundary >= 0, characters[boundary] != " ", let space = tail.lastIndex(of: " ") {
      used -= tail[(space + 1)...].reduce(0) { $0 + width(of: $1) }
      tail.removeSubrange((space + 1)...)
    }
    let head = truncated(String(characters.dropLast(tail.count)), to: limit - used)
    return head + String(tail.reversed())
  }

  /// The text cut to `limit` columns, or whole when `limit` is nil (output off a terminal).
  public static func fitted(_ text: String, to limit: Int?) -> String {
    limit.map { truncated(text, to: $0) } ?? text
  }

  /// Printable ASCII only: one column per byte.
  static func isPlainASCII(_ text: some StringProtocol) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// The text padded with spaces to `columns`.
  public static func padded(_ text: String, to columns: Int) -> String {
    let missing = columns - width(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }

  /// Splits text into lines of at most `limit` columns at spaces; a word longer than a line is
  /// cut, and the rest of it goes on.
  public static func wrapped(_ text: String, to limit: Int) -> [String] {
    let limit = Swift.max(limit, 10)
    var lines: [String] = []
    var current = ""
    var used = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let w = width(word)
      if w > limit {
        // Cut the word into pieces in one pass; the last piece starts the next line.
        if used > 0 {
          lines.append(current)
          current = ""
          used = 0
        }
        for character in word {
          let cw = width(of: character)
          if used + cw > limit && used > 0 {
            lines.append(current)
            current = ""
            used = 0
          }
          current.append(character)
          used += cw
        }
        continue
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

  /// The lines of `wrapped(_:to:)`, or the text as one line when `limit` is nil (off a
  /// terminal, where a long line is not wrapped).
  public static func wrapped(_ text: String, to limit: Int?) -> [String] {
    guard let limit else { return [text] }
    return wrapped(text, to: limit)
  }

  /// A heading broken at its ` · ` into lines that fit `width` on a terminal (a part wider than
  /// the width keeps its own line whole); the heading alone when it fits, or off a terminal
  /// (`width` nil).
  public static func headingLines(_ heading: String, width: Int?) -> [String] {
    guard let width, DisplayText.width(heading) > width else { return [heading] }
    var lines: [String] = []
    for part in heading.split(separator: " · ").map(String.init) {
      if let last = lines.last, DisplayText.width(last + " · " + part) <= width {
        lines[lines.count - 1] = last + " · " + part
      } else {
        lines.append(part)
      }
    }
    return lines
  }
}
