/// Marks the words of a text that a search matched.
public struct Highlighter: Sendable {
  /// The folded vocabulary words to mark.
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
      let isMatch =
        words.contains(folded)
        || (folded.contains(" ")
          && folded.split(separator: " ").contains { words.contains(String($0)) })
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
