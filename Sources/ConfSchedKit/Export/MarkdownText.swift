/// Plain text made safe inside a Markdown line (CommonMark, and GitHub's tables,
/// strikethrough and `$` math): what would turn into emphasis, code, links, HTML, a table cell
/// or a formula is backslash-escaped, and line breaks become spaces. A title's LaTeX, such as
/// `$L_0$`, so shows as the dump wrote it.
enum MarkdownText {
  /// Characters that mean something anywhere in a line.
  private static let inlineSpecials: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", "|", "~", "$",
  ]

  /// The text escaped for the middle of a line; `atLineStart` also escapes what would start a
  /// heading, quote, list or rule there (`#`, `>`, `-`, `+`, `=`, `1.`).
  static func escaped(_ text: String, atLineStart: Bool = false) -> String {
    var output = ""
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\n" || scalar == "\r" || scalar == "\t" {
        if output.unicodeScalars.last != " " { output += " " }
        continue
      }
      if inlineSpecials.contains(scalar)
        || (scalar == "&" && isEntity(scalars[(index + 1)...]))
      {
        output += "\\"
      }
      output.unicodeScalars.append(scalar)
    }
    return atLineStart ? escapingLineStart(output) : output
  }

  /// Whether the text after an `&` would read as an entity: `amp;`, `#169;`.
  private static func isEntity(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    let name = rest.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "#" }
    return !name.isEmpty && rest.dropFirst(name.count).first == ";"
  }

  private static func escapingLineStart(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    if "#>-+=".unicodeScalars.contains(first) { return "\\" + text }
    let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }
    guard !digits.isEmpty else { return text }
    let rest = text.unicodeScalars.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")" else { return text }
    return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
  }
}
