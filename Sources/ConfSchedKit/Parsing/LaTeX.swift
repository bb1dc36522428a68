/// The LaTeX that leaks into author lines and abstracts of converted conference books.
enum LaTeX {
  /// Reads an author line written in LaTeX, such as `$Tyler\ Scott\cdot Karl\ Ridgeway$`,
  /// `${\it Lisa~Zhang \cdot Gregory~Rosenblatt}$`, `\textit{Will Hamilton} \cdot ...`, with
  /// `\label{...}` junk, `\"u` accents, `\text{-}` and misplaced `$` signs.
  ///
  /// Returns the plain line with ` · ` separators, or nil when what is left does not read as
  /// names (an unclosed `\label{`, sentences, colons).
  static func authorLine(_ text: String) -> String? {
    var input = Array(text.utf8)
    // Drop `\label{...}` first; an unclosed one means the line is garbage.
    let label = Array("\\label{".utf8)
    while let start = firstOffset(of: label, in: input) {
      guard let close = input[start...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
      input.removeSubrange(start...close)
    }
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      let byte = input[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\\"):
        index = command(in: input, at: index, into: &output)
      case UInt8(ascii: "~"): output.append(0x20)
      case UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"): break
      default: output.append(byte)
      }
    }
    let names = AuthorNames.split(String(decoding: output, as: UTF8.self))
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

  /// Appends what the command at `index` (just past its `\\`) stands for; returns the index
  /// after it. `\\"u` is ü, `\\cdot` a separator, `\\ ` a space, `\\textit` nothing (its
  /// argument stays).
  private static func command(in input: [UInt8], at index: Int, into output: inout [UInt8]) -> Int {
    guard index < input.count else { return index }
    let byte = input[index]
    let nextIsLetter = index + 1 < input.count && input[index + 1].isASCIILetter
    if let marks = accents[byte], !(byte.isASCIILetter && nextIsLetter) {
      // `\\"u`, `\\"{u}`, `\\'e`, `\\v{s}`.
      var next = index + 1
      while next < input.count, input[next] == UInt8(ascii: "{") || input[next] == 0x20 {
        next += 1
      }
      guard next < input.count else { return next }
      let base = input[next]
      next += 1
      if next < input.count, input[next] == UInt8(ascii: "}") { next += 1 }
      if let accented = marks[base] {
        output.append(contentsOf: accented.utf8)
      } else {
        output.append(base)
      }
      return next
    }
    if byte == 0x20 {
      output.append(0x20)
      return index + 1
    }
    guard byte.isASCIILetter else {
      output.append(byte)
      return index + 1
    }
    var end = index
    while end < input.count, input[end].isASCIILetter { end += 1 }
    switch String(decoding: input[index..<end], as: UTF8.self) {
    case "cdot": output.append(contentsOf: " · ".utf8)
    case "ss": output.append(contentsOf: "ß".utf8)
    case "o": output.append(contentsOf: "ø".utf8)
    case "O": output.append(contentsOf: "Ø".utf8)
    case "l": output.append(contentsOf: "ł".utf8)
    case "c":
      var next = end
      while next < input.count, input[next] == 0x20 || input[next] == UInt8(ascii: "{") {
        next += 1
      }
      if next < input.count, input[next] == UInt8(ascii: "c") {
        output.append(contentsOf: "ç".utf8)
        next += 1
        if next < input.count, input[next] == UInt8(ascii: "}") { next += 1 }
        return next
      }
    default:
      // `\\textit`, `\\it`, `\\text`, `\\mathrm`: the command goes, its argument stays.
      break
    }
    return end
  }

  private static func firstOffset(of pattern: [UInt8], in input: [UInt8]) -> Int? {
    guard input.count >= pattern.count else { return nil }
    for start in 0...(input.count - pattern.count)
    where input[start] == pattern[0] && input[start..<start + pattern.count].elementsEqual(pattern)
    {
      return start
    }
    return nil
  }

  /// One to six words of letters, with `.`, `-`, `'` and spaces between.
  static func isPlausibleName(_ name: String) -> Bool {
    var words = 0
    var atWordStart = true
    for byte in name.utf8 {
      if byte == 0x20 {
        atWordStart = true
        continue
      }
      // Letters, and any byte of a non-ASCII character (accented letters).
      guard
        byte.isASCIILetter || byte >= 0x80 || byte == UInt8(ascii: ".")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
      else { return false }
      if atWordStart {
        words += 1
        atWordStart = false
      }
    }
    return (1...6).contains(words)
  }

  private static let accents: [UInt8: [UInt8: String]] = {
    let table: [(Character, [(Character, String)])] = [
      (
        "\"",
        [
          ("a", "ä"), ("e", "ë"), ("i", "ï"), ("o", "ö"), ("u", "ü"), ("y", "ÿ"), ("A", "Ä"),
          ("E", "Ë"), ("I", "Ï"), ("O", "Ö"), ("U", "Ü"),
        ]
      ),
      (
        "'",
        [
          ("a", "á"), ("e", "é"), ("i", "í"), ("o", "ó"), ("u", "ú"), ("y", "ý"), ("c", "ć"),
          ("n", "ń"), ("s", "ś"), ("z", "ź"), ("A", "Á"), ("E", "É"), ("I", "Í"), ("O", "Ó"),
          ("U", "Ú"),
        ]
      ),
      ("`", [("a", "à"), ("e", "è"), ("i", "ì"), ("o", "ò"), ("u", "ù"), ("A", "À"), ("E", "È")]),
      ("^", [("a", "â"), ("e", "ê"), ("i", "î"), ("o", "ô"), ("u", "û"), ("E", "Ê")]),
      ("~", [("n", "ñ"), ("a", "ã"), ("o", "õ"), ("N", "Ñ")]),
      (
        "v",
        [
          ("s", "š"), ("c", "č"), ("z", "ž"), ("r", "ř"), ("e", "ě"), ("S", "Š"), ("C", "Č"),
          ("Z", "Ž"),
        ]
      ),
    ]
    var result: [UInt8: [UInt8: String]] = [:]
    for (mark, pairs) in table {
      guard let markByte = mark.asciiValue else { continue }
      for (base, accented) in pairs {
        guard let baseByte = base.asciiValue else { continue }
        result[markByte, default: [:]][baseByte] = accented
      }
    }
    return result
  }()
}
