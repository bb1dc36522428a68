/// The LaTeX that leaks into author lines and abstracts of converted conference books.
enum LaTeX {
  /// Reads an author line written in LaTeX, such as `$Tyler\ Scott\cdot Karl\ Ridgeway$`,
  /// `${\it Lisa~Zhang \cdot Gregory~Rosenblatt}$`, `\textit{Will Hamilton} \cdot ...`, with
  /// `\label{...}` junk, `\"u` accents, `\text{-}` and misplaced `$` signs.
  ///
  /// Returns the plain line with ` · ` separators, or nil when what is left does not read as
  /// names (an unclosed `\label{`, sentences, colons).
  static func authorLine(_ text: String) -> String? {
    var output = String.UnicodeScalarView()
    var chars = Array(text.unicodeScalars)
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
        output.append(contentsOf: replacement.unicodeScalars)
        index = next
        continue
      case "~": output.append(" ")
      case "$", "{", "}": break
      default: output.append(char)
      }
      index += 1
    }
    let names = String(output).split(separator: "·").map { Markup.collapsingSpaces(String($0)) }
      .filter { !$0.isEmpty }
    guard !names.isEmpty, names.allSatisfy(isPlausibleName) else { return nil }
    return names.joined(separator: " · ")
  }

  /// Removes `\emph{x}`, `\textit{x}`, `\textbf{x}`, `\text{x}` and `{\it x}`, keeping `x`.
  static func removingTextCommands(_ text: String) -> String {
    let commands: [[UInt8]] = [
      "\\emph{", "\\textit{", "\\textbf{", "\\text{", "\\textsc{", "\\texttt{", "{\\it ", "{\\bf ",
      "{\\em ",
    ].map { Array($0.utf8) }
    let input = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var openGroups = 0  // braces opened by a removed command, whose `}` goes too
    var index = 0
    scan: while index < input.count {
      let byte = input[index]
      if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "{") {
        for command in commands where input[index...].starts(with: command) {
          openGroups += 1
          index += command.count
          continue scan
        }
      }
      if byte == UInt8(ascii: "}") && openGroups > 0 {
        openGroups -= 1
        index += 1
        continue
      }
      output.append(byte)
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The text a command stands for, and the index after it. `index` is just past the `\`.
  private static func command(in chars: [Unicode.Scalar], at index: Int) -> (String, Int) {
    guard index < chars.count else { return ("", index) }
    let char = chars[index]
    let isLetterCommand = isLetter(char) && index + 1 < chars.count && isLetter(chars[index + 1])
    if let marks = accents[char], !isLetterCommand {
      // `\"u`, `\"{u}`, `\'e`.
      var next = index + 1
      if next < chars.count, chars[next] == "{" { next += 1 }
      guard next < chars.count else { return ("", next) }
      let base = chars[next]
      next += 1
      if next < chars.count, chars[next] == "}" { next += 1 }
      return (marks[base].map { String($0) } ?? String(base), next)
    }
    if char == " " { return (" ", index + 1) }
    if !isLetter(char) { return (String(char), index + 1) }
    var end = index
    while end < chars.count, isLetter(chars[end]) { end += 1 }
    var name = ""
    name.unicodeScalars.append(contentsOf: chars[index..<end])
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

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic
  }

  private static func find(_ needle: String, in chars: [Unicode.Scalar]) -> Int? {
    let pattern = Array(needle.unicodeScalars)
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

  private static let accents: [Unicode.Scalar: [Unicode.Scalar: Unicode.Scalar]] = [
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
