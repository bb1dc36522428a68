/// Marks the words of a text that a search matched.
public struct Highlighter: Sendable {
  /// The words to mark, folded (`TextFolding`) or as keys (`WordForms`): a word whose folded
  /// form or key is here is marked, so `networks` is marked for `network`.
  public var words: Set<String>
  /// How to mark them.
  public var style: TextStyle

  /// Creates a highlighter.
  public init(words: Set<String>, style: TextStyle) {
    self.words = words
    self.style = style
  }

  /// The text with every word whose folded form is a matched word highlighted.
  public func apply(_ text: String) -> String {
    guard style.usesColor, !words.isEmpty else { return text }
    var result = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      let folded = TextFolding.fold(word)
      let isMatch = folded.split(separator: " ").contains { part in
        words.contains(String(part)) || words.contains(WordForms.key(String(part)))
      }
      result += isMatch ? style.highlight(word) : word
      word = ""
    }
    for char in text {
      if char.isLetter || char.isNumber
        || char.unicodeScalars.first.map({ $0.value >= 0x300 && $0.value <= 0x36F }) == true
      {
        word.append(char)
      } else {
        flush()
        result.append(char)
      }
    }
    flush()
    return result
  }
}
