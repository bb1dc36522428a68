/// The title at the head of a list item, and the rest of the item:
///
///     item      := [emphasis] head [emphasis] [separator summary]
///     head      := "[" title "](" address ")" | title
///     separator := " - " | " – " | " — " | ":" (before a summary) | a bare URL
///
/// A colon ends the head only before a summary. Before a subtitle it belongs to the title:
/// `BIVA: A very deep hierarchy ...`, `Asymmetric Valleys: Beyond Sharp and Flat Local Minima:
/// This paper ...` (the second colon ends the head). A subtitle is twelve words at most with no
/// sentence break; after one plain word (`Approach: Change prediction ...`) it must also be in
/// title case, as a label is not a title. Then trailing periods, emphasis, parentheses
/// (`(Dustin Tran)`, `(should I even add this one)`) and venues (`. NIPS 2018`) are cut.
struct MentionHead {
  /// The title, cleaned.
  var title: Range<Int>
  /// The address of the title's own markdown link.
  var link: String?
  /// Whether the title is a markdown link's text, which is a title whatever its wording.
  var isLinked = false
  /// Whether a colon and a summary follow the title (`Problem: Some widely used ...`).
  var isBeforeColonSummary = false
  /// Whether the title ended with a period before it was cleaned.
  var endedWithPeriod = false
  /// What follows the title, where other titles may be quoted.
  var rest: Range<Int>
  /// What could not be read, with byte offsets.
  var problems: [ParseProblem] = []

  /// Reads the head of an item's text.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> MentionHead {
    let end = content.upperBound
    let start = skippingEmphasis(bytes, content.lowerBound, end)
    if start < end, bytes[start] == UInt8(ascii: "["), let close = linkTextEnd(bytes, start, end) {
      var head = MentionHead(title: start + 1..<close, rest: end..<end)
      head.isLinked = true
      if let paren = bytes.firstIndex(of: UInt8(ascii: ")"), in: close + 2..<end) {
        head.link = address(bytes, close + 2..<paren)
        head.rest = paren + 1..<end
      } else {
        head.problems.append(
          ParseProblem(start, "the link after this title is not closed with ')'"))
      }
      head.clean(bytes)
      return head
    }
    let cut = min(separator(bytes, start..<end), urlStart(bytes, start..<end) ?? end)
    var head = MentionHead(title: start..<cut, rest: cut..<end)
    head.splitAtColon(bytes)
    head.clean(bytes)
    return head
  }

  /// The first address in a range: a markdown link's or a bare URL, whichever comes first.
  static func firstAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    var index = range.lowerBound
    while index < range.upperBound {
      if bytes[index] == UInt8(ascii: "]"), index + 1 < range.upperBound,
        bytes[index + 1] == UInt8(ascii: "("),
        let paren = bytes.firstIndex(of: UInt8(ascii: ")"), in: index + 2..<range.upperBound)
      {
        return address(bytes, index + 2..<paren)
      }
      if startsURL(bytes, index, range) {
        var stop = index
        while stop < range.upperBound, !bytes[stop].isSpaceOrTab { stop += 1 }
        return address(bytes, index..<stop)
      }
      index += 1
    }
    return nil
  }

  /// Cuts the title at a colon that comes before a summary.
  private mutating func splitAtColon(_ bytes: UnsafeBufferPointer<UInt8>) {
    let colons = title.filter { index in
      bytes[index] == UInt8(ascii: ":")
        && (index + 1 == title.upperBound || bytes[index + 1].isSpaceOrTab)
    }
    for (position, colon) in colons.enumerated() {
      let segmentEnd = position + 1 < colons.count ? colons[position + 1] : title.upperBound
      let segment = bytes.trimmed(colon + 1..<segmentEnd)
      if segment.isEmpty {
        if segmentEnd == title.upperBound { title = title.lowerBound..<colon }
        return
      }
      if isSubtitle(bytes, segment, after: title.lowerBound..<colon) { continue }
      rest = colon + 1..<rest.upperBound
      title = title.lowerBound..<colon
      isBeforeColonSummary = true
      return
    }
  }

  private func isSubtitle(
    _ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>, after head: Range<Int>
  ) -> Bool {
    let words = TitleShape.words(bytes, segment)
    guard words.count <= 12, !TitleShape.hasSentenceBreak(bytes, segment),
      bytes.firstIndex(of: UInt8(ascii: ";"), in: segment) == nil
    else { return false }
    let headWords = TitleShape.words(bytes, head)
    if headWords.count == 1, !TitleShape.isNameLike(bytes, headWords[0]) {
      return TitleShape.isTitleCase(bytes, words) && TitleShape.startsUppercase(bytes, words[0])
    }
    return true
  }

  /// Cuts emphasis, wrapping quotes, trailing periods, parentheses and venues.
  private mutating func clean(_ bytes: UnsafeBufferPointer<UInt8>) {
    var range = bytes.trimmed(title)
    range = Self.skippingEmphasis(bytes, range.lowerBound, range.upperBound)..<range.upperBound
    var changed = true
    while changed, !range.isEmpty {
      changed = true
      range = bytes.trimmed(range)
      guard let last = range.last else { break }
      let byte = bytes[last]
      if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ",")
        || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
      {
        range = range.lowerBound..<last
      } else if byte == UInt8(ascii: "."), last == range.lowerBound || bytes[last - 1] != 0x2E {
        endedWithPeriod = true
        range = range.lowerBound..<last
      } else if byte == UInt8(ascii: ")"), let open = openingParenthesis(bytes, range),
        open > range.lowerBound
      {
        range = range.lowerBound..<open
      } else if let venue = trailingVenue(bytes, range) {
        range = range.lowerBound..<venue
      } else {
        changed = false
      }
    }
    if range.count >= 6, TitleShape.isGeneralPunctuation(bytes, range.lowerBound),
      bytes[range.lowerBound + 2] == 0x9C,
      TitleShape.isGeneralPunctuation(bytes, range.upperBound - 3),
      bytes[range.upperBound - 1] == 0x9D
    {
      range = bytes.trimmed(range.lowerBound + 3..<range.upperBound - 3)
    } else if range.count >= 2, bytes[range.lowerBound] == 0x22, bytes[range.upperBound - 1] == 0x22
    {
      range = bytes.trimmed(range.lowerBound + 1..<range.upperBound - 1)
    }
    title = range
  }

  /// Where a trailing `. NIPS 2018`, `, ICML 2019` or `. arXiv` starts.
  private func trailingVenue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var words = TitleShape.words(bytes, range)
    if let last = words.last, TitleShape.bare(bytes, last).utf8.allSatisfy(\.isDigit),
      last.count == 4
    {
      words.removeLast()
    }
    guard words.count >= 2, let venue = words.last, TitleShape.isVenue(bytes, venue) else {
      return nil
    }
    let mark = words[words.count - 2].upperBound - 1
    return bytes[mark] == UInt8(ascii: ".") || bytes[mark] == UInt8(ascii: ",") ? mark : nil
  }

  /// The `(` that the final `)` closes.
  private func openingParenthesis(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int?
  {
    var depth = 0
    for index in range.reversed() {
      if bytes[index] == UInt8(ascii: ")") { depth += 1 }
      if bytes[index] == UInt8(ascii: "(") {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }

  /// The start after `**`, `__`, `*` or `_` that a word follows.
  private static func skippingEmphasis(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  )
    -> Int
  {
    var index = start
    while index < end, index - start < 3,
      bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_")
    {
      index += 1
    }
    return index < end && !bytes[index].isSpaceOrTab ? index : start
  }

  /// The `]` of `[text](`, when the item starts with a link.
  private static func linkTextEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Int?
  {
    var index = start + 1
    while index + 1 < end {
      if bytes[index] == UInt8(ascii: "[") { return nil }
      if bytes[index] == UInt8(ascii: "]") {
        return bytes[index + 1] == UInt8(ascii: "(") ? index : nil
      }
      index += 1
    }
    return nil
  }

  /// Where ` - `, ` – ` or ` — ` first stands, or the end.
  private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var index = range.lowerBound + 1
    while index < range.upperBound {
      if bytes[index - 1] == 0x20 {
        var width = 0
        if bytes[index] == UInt8(ascii: "-") {
          width = 1
        } else if index + 2 < range.upperBound, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
        {
          width = 3
        }
        if width > 0, index + width == range.upperBound || bytes[index + width].isSpaceOrTab {
          return index - 1
        }
      }
      index += 1
    }
    return range.upperBound
  }

  /// Where the first bare URL starts, after a space.
  private static func urlStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var index = range.lowerBound
    while index < range.upperBound {
      if startsURL(bytes, index, range), index == range.lowerBound || bytes[index - 1] == 0x20 {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Whether `http://` or `https://` starts at `index`.
  private static func startsURL(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>
  ) -> Bool {
    guard bytes[index] == UInt8(ascii: "h"), index + 7 <= range.upperBound,
      bytes[index + 1] == UInt8(ascii: "t"), bytes[index + 2] == UInt8(ascii: "t"),
      bytes[index + 3] == UInt8(ascii: "p")
    else { return false }
    var next = index + 4
    if bytes[next] == UInt8(ascii: "s") { next += 1 }
    return next + 3 <= range.upperBound && bytes[next] == UInt8(ascii: ":")
      && bytes[next + 1] == UInt8(ascii: "/") && bytes[next + 2] == UInt8(ascii: "/")
  }

  /// A link's address without spaces, a title in quotes, or trailing punctuation.
  private static func address(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    let trimmed = bytes.trimmed(range)
    var end = trimmed.lowerBound
    while end < trimmed.upperBound, !bytes[end].isSpaceOrTab { end += 1 }
    while end > trimmed.lowerBound, [0x2E, 0x2C, 0x3B, 0x3A].contains(bytes[end - 1]) { end -= 1 }
    return end > trimmed.lowerBound ? bytes.string(trimmed.lowerBound..<end) : nil
  }
}
