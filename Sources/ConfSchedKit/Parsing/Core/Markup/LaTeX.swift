/// The LaTeX that leaks into author lines and abstracts of converted conference books.
enum LaTeX {
  /// Reads an author line written in LaTeX, such as `$Tyler\ Scott\cdot Karl\ Ridgeway$`,
  /// `${\it Lisa~Zhang \cdot Gregory~Rosenblatt}$`, `\textit{Will Hamilton} \cdot ...`, with
  /// `\label{...}` junk, `\"u` accents, `\text{-}` and misplaced `$` signs.
  ///
  /// Returns the plain line with ` · ` separators, or nil when what is left does not read as
  /// names (an unclosed `\label{`, sentences, colons).
  static func authorLine(_ text: String) -> String? {
    authorNames(text)?.joined(separator: " · ")
  }

  /// The names of an author line written in LaTeX: what `authorLine` joins (and what splitting
  /// its line again gives), or nil.
  static func authorNames(_ text: String) -> [String]? {
    // Drop `\label{...}` first; an unclosed one means the line is garbage.
    guard let input = removingLabels(Array(text.utf8)) else { return nil }
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
    return names
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

  /// The bytes without their `\label{...}` commands, in one pass (removing each in place cost
  /// the square of a long line); nil when one is not closed. A label is dropped up to its first
  /// `}`, and what that leaves may make a new `\label{` (`\lab\label{x}el{y}`), as when each
  /// was removed in turn from the start.
  static func removingLabels(_ input: [UInt8]) -> [UInt8]? {
    // Without a `{` there is no `\label{`: the bytes as they are (most lines).
    guard input.contains(UInt8(ascii: "{")) else { return input }
    let label = Array("\\label{".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      output.append(input[index])
      index += 1
      guard output.count >= label.count, output.last == label[label.count - 1],
        output[(output.count - label.count)...].elementsEqual(label)
      else { continue }
      guard let close = input[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
      output.removeLast(label.count)
      index = close + 1
    }
    return output
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
