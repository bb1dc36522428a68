/// Clean-up of the markup that conversions leave in titles, names and abstracts.
enum Markup {
  /// A title as a reader should see it: `<u>` and other inline tags removed, `\$` unescaped,
  /// a hyphen left at a wrap joined to the next word (`Domain- Specific` is `Domain-Specific`),
  /// runs of white space collapsed.
  static func cleanTitle(_ text: String) -> String {
    var text = text
    if text.containsByte(UInt8(ascii: "<")) { text = removingInlineTags(text) }
    if text.containsByte(UInt8(ascii: "\\")) { text = unescapingDollars(text) }
    return joiningWrapHyphens(collapsingSpaces(text))
  }

  /// An abstract or notes paragraph: light LaTeX text commands removed
  /// (`\emph{x}`, `\textit{x}`, `\textbf{x}`, `{\it x}`), `\$` unescaped, spaces collapsed.
  static func cleanProse(_ text: String) -> String {
    var text = text
    var changed = false
    if text.containsByte(UInt8(ascii: "\\")) {
      text = unescapingDollars(LaTeX.removingTextCommands(text))
      changed = true
    }
    if text.containsByte(UInt8(ascii: "<")) {
      text = removingInlineTags(text)
      changed = true
    }
    return changed ? collapsingSpaces(text) : text
  }

  /// Removes `<u>`, `</u>`, `<b>`, `<i>`, `<em>`, `<strong>`, `<br>` and their closing forms.
  static func removingInlineTags(_ text: String) -> String {
    let tags: Set<String> = ["u", "b", "i", "em", "strong", "br", "br/", "sub", "sup"]
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      var name = rest[rest.index(after: open)..<close].lowercased()
      if name.hasPrefix("/") { name.removeFirst() }
      name = name.trimmingSpaces()
      if tags.contains(name) {
        if name.hasPrefix("br") { result += " " }
      } else {
        result += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
  }

  /// `\$` to `$`, `\_` to `_`, `\&` to `&`, `\%` to `%`.
  static func unescapingDollars(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingBackslash = false
    for byte in text.utf8 {
      if pendingBackslash {
        pendingBackslash = false
        if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "&")
          || byte == UInt8(ascii: "%")
        {
          bytes.append(byte)
          continue
        }
        bytes.append(UInt8(ascii: "\\"))
      }
      if byte == UInt8(ascii: "\\") {
        pendingBackslash = true
      } else {
        bytes.append(byte)
      }
    }
    if pendingBackslash { bytes.append(UInt8(ascii: "\\")) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Runs of spaces, tabs and line breaks become one space; the ends are trimmed.
  static func collapsingSpaces(_ text: String) -> String {
    text.withUTF8Bytes { input in
      // Most texts need nothing: no tab, newline, double space, or space at either end.
      var clean = input.first != 0x20 && input.last != 0x20
      var previousSpace = false
      for byte in input where clean {
        let isSpace = byte == 0x20
        if byte == 0x09 || byte == 0x0A || byte == 0x0D || (isSpace && previousSpace) {
          clean = false
        }
        previousSpace = isSpace
      }
      if clean { return text }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(input.count)
      var pendingSpace = false
      for byte in input {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          pendingSpace = !bytes.isEmpty
        } else {
          if pendingSpace { bytes.append(0x20) }
          pendingSpace = false
          bytes.append(byte)
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// `Rare- event` becomes `Rare-event`: a letter, a hyphen and a space before a letter.
  static func joiningWrapHyphens(_ text: String) -> String {
    guard text.containsByte(UInt8(ascii: "-")) else { return text }
    let input = Array(text.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      let byte = input[index]
      bytes.append(byte)
      if byte == UInt8(ascii: "-"), index > 0, input[index - 1].isWordByte,
        index + 2 < input.count, input[index + 1] == 0x20, input[index + 2].isWordByte
      {
        index += 2
        continue
      }
      index += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension UInt8 {
  /// A letter, a digit, or any byte of a non-ASCII character.
  var isWordByte: Bool { isASCIILetter || isDigit || self >= 0x80 }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line breaks.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
