/// The LaTeX that leaks into author lines and abstracts of converted conference books.
enum LaTeX {
  /// Reads an author line written in LaTeX, such as `$Tyler\ Scott\cdot Karl\ Ridgeway$`,
  /// `${\it Lisa~Zhang \cdot Gregory~Rosenblatt}$`, `\textit{Will Hamilton} \cdot ...`, with
  /// `\label{...}` junk, `\"u` accents, `\text{-}` and misplaced `$` signs.
  ///
  /// Returns the plain line with ` · ` separators, or nil when what is left does not read as
  /// names (an unclosed `\label{`, sentences, colons).
  static func authorLine(_ text: String) -> String? {
    var output = ""
    var chars = Array(text)
    var index = 0
    // Drop `\label{...}` first; an unclosed one means the line is garbage.
    while let start = find("\\label{", in: chars) {
      guard let close = chars[start...].firstIndex(of: "}") else { return nil }
      chars.removeSubrange(start...close)
    }
    while index < chars.count {
      let char = chars[index]
      switch char {
      case "\\":
        index += 1
        let (replacement, next) = command(in: chars, at: index)
        output += replacement
        index = next
        continue
      case "~": output += " "
      case "$", "{", "}": break
      default: output.append(char)
      }
      index += 1
    }
    let names = output.split(separator: "·").map { Markup.collapsingSpaces(String($0)) }
      .filter { !$0.isEmpty }
    guard !names.isEmpty, names.allSatisfy(isPlausibleName) else { return nil }
    return names.joined(separator: " · ")
  }

  /// Removes `\emph{x}`, `\textit{x}`, `\textbf{x}`, `\text{x}` and `{\it x}`, keeping `x`.
  static func removingTextCommands(_ text: String) -> String {
    var result = text
    for command in ["\\emph{", "\\textit{", "\\textbf{", "\\text{", "\\textsc{", "\\texttt{"] {
      while let range = result.firstRange(of: command) {
        guard let close = result[range.upperBound...].firstIndex(of: "}") else { break }
        let inner = result[range.upperBound..<close]
        result.replaceSubrange(range.lowerBound...close, with: inner)
      }
    }
    for command in ["{\\it ", "{\\bf ", "{\\em "] {
      while let range = result.firstRange(of: command) {
        guard let close = result[range.upperBound...].firstIndex(of: "}") else { break }
        let inner = result[range.upperBound..<close]
        result.replaceSubrange(range.lowerBound...close, with: inner)
      }
    }
    return result
  }

  /// The text a command stands for, and the index after it. `index` is just past the `\`.
  private static func command(in chars: [Character], at index: Int) -> (String, Int) {
    guard index < chars.count else { return ("", index) }
    let char = chars[index]
    let isLetterCommand = char.isLetter && index + 1 < chars.count && chars[index + 1].isLetter
    if let marks = accents[char], !isLetterCommand {
      // `\"u`, `\"{u}`, `\'e`.
      var next = index + 1
      if next < chars.count, chars[next] == "{" { next += 1 }
      guard next < chars.count else { return ("", next) }
      let base = chars[next]
      next += 1
      if next < chars.count, chars[next] == "}" { next += 1 }
      return (marks[base].map(String.init) ?? String(base), next)
    }
    if char == " " { return (" ", index + 1) }
    if !char.isLetter { return (String(char), index + 1) }
    var end = index
    while end < chars.count, chars[end].isLetter { end += 1 }
    let name = String(chars[index..<end])
    switch name {
    case "cdot": return (" · ", end)
    case "ss": return ("ß", end)
    case "o": return ("ø", end)
    case "O": return ("Ø", end)
    case "l": return ("ł", end)
    case "c":
      var next = end
      while next < chars.count, chars[next] == " " || chars[next] == "{" { next += 1 }
      if next < chars.count, chars[next] == "c" {
        next += 1
        if next < chars.count, chars[next] == "}" { next += 1 }
        return ("ç", next)
      }
      return ("", end)
    default:
      // `\textit`, `\it`, `\text`, `\mathrm`: the command goes, its argument stays.
      return ("", end)
    }
  }

  private static func find(_ needle: String, in chars: [Character]) -> Int? {
    let pattern = Array(needle)
    guard chars.count >= pattern.count else { return nil }
    for start in 0...(chars.count - pattern.count)
    where chars[start..<start + pattern.count].elementsEqual(pattern) {
      return start
    }
    return nil
  }

  /// One to six words of letters, with `.`, `-`, `'` and spaces between.
  static func isPlausibleName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (1...6).contains(words.count) else { return false }
    return name.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }
  }

  private static let accents: [Character: [Character: Character]] = [
    "\"": [
      "a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü", "y": "ÿ", "A": "Ä", "E": "Ë", "I": "Ï",
      "O": "Ö", "U": "Ü",
    ],
    "'": [
      "a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý", "c": "ć", "n": "ń", "s": "ś",
      "z": "ź", "A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú",
    ],
    "`": ["a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù", "A": "À", "E": "È"],
    "^": ["a": "â", "e": "ê", "i": "î", "o": "ô", "u": "û", "E": "Ê"],
    "~": ["n": "ñ", "a": "ã", "o": "õ", "N": "Ñ"],
    "v": ["s": "š", "c": "č", "z": "ž", "r": "ř", "e": "ě", "S": "Š", "C": "Č", "Z": "Ž"],
  ]
}
