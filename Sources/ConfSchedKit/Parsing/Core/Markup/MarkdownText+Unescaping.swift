extension MarkdownText {
  /// Backslash escapes of markdown punctuation removed: `\_` is `_`, `\*` is `*`.
  static func unescaped(_ text: String) -> String {
    guard text.containsByte(UInt8(ascii: "\\")) else { return text }
    var result = ""
    var escaping = false
    for char in text {
      if escaping {
        if !"\\`*_{}[]()#+-.!|<>~".contains(char) { result.append("\\") }
        result.append(char)
        escaping = false
      } else if char == "\\" {
        escaping = true
      } else {
        result.append(char)
      }
    }
    if escaping { result.append("\\") }
    return result
  }
}
