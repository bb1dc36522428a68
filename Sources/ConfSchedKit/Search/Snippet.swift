/// The words around a match in a long text (an abstract, notes), to show why an event matched
/// when its title and authors do not say.
public enum Snippet {
  /// The words of `text` around the place where the most different words of `words` (folded
  /// forms or keys, `WordForms`) come within a dozen words of each other, the first such place:
  /// a few words before it and as many after as fit in `width` characters, with `…` where the
  /// text goes on. Nil when no word matches.
  public static func around(_ text: String, matching words: Set<String>, width: Int) -> String? {
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
    // The matched key of each token, if any.
    let keys: [String?] = tokens.map { token in
      for part in TextFolding.words(String(token)) {
        let key = WordForms.key(String(part))
        if words.contains(key) { return key }
        if words.contains(String(part)) { return String(part) }
      }
      return nil
    }
    var match: Int?
    var most = 0
    for index in keys.indices where keys[index] != nil {
      let distinct = Set(keys[index..<Swift.min(index + 12, keys.count)].compactMap { $0 }).count
      if distinct > most {
        most = distinct
        match = index
      }
    }
    guard let match else { return nil }
    var start = match
    var end = match + 1
    var length = tokens[match].count
    // Up to six words before, then words after while they fit, then before again.
    while start > tokens.startIndex, match - start < 6,
      length + tokens[start - 1].count + 1 <= width - 2
    {
      start -= 1
      length += tokens[start].count + 1
    }
    while end < tokens.endIndex, length + tokens[end].count + 1 <= width - 2 {
      length += tokens[end].count + 1
      end += 1
    }
    while start > tokens.startIndex, length + tokens[start - 1].count + 1 <= width - 2 {
      start -= 1
      length += tokens[start].count + 1
    }
    let body = tokens[start..<end].joined(separator: " ")
    return (start > tokens.startIndex ? "…" : "") + body + (end < tokens.endIndex ? "…" : "")
  }
}
