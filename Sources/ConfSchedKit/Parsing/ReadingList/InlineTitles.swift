/// Titles inside prose and summaries, found in two forms:
///
///     quoted  := "“" title "”" | "\"" title "\""
///     marked  := title venue-mark
///     venue-mark := "(" venue [rest] ")" | ("." | ",") venue year | venue "(" year ")"
///
/// A quoted title needs three significant words, and title case unless a venue follows or
/// `paper`, `called` or `titled` comes before it (`“Bayesian learning rule”` is a phrase, not
/// a title). A marked title is the run of capitalised and minor words before the mark, read
/// backwards until a lowercase word or the end of a sentence: `Recent paper Can You Trust
/// Your Model’s Uncertainty? ... (NeurIPS 2019)` gives the title from `Can`. A venue without a
/// mark (`accepted at NeurIPS 2019`) marks nothing.
enum InlineTitles {
  /// The titles in a range of one line, in order.
  static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
    // Most lines of prose have no quotation mark, bracket or year: nothing to look for.
    guard
      range.contains(where: {
        let byte = bytes[$0]
        return byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x60 || byte >= 0xC2
          || byte.isDigit
      })
    else { return [] }
    var found: [Range<Int>] = []
    var quoteEnds: Set<Int> = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard let (open, close) = quote(bytes, at: index, in: range) else {
        index += 1
        continue
      }
      let inner = trimmedQuote(bytes, open..<close.lowerBound)
      if isQuotedTitle(bytes, inner, after: close.upperBound, before: index, in: range) {
        found.append(inner)
      }
      quoteEnds.insert(close.upperBound)
      index = close.upperBound
    }
    for end in markedTitleEnds(bytes, range) where !followsQuote(bytes, end, quoteEnds, range) {
      if let title = titleBefore(bytes, end, in: range),
        !found.contains(where: { $0.overlaps(title) })
      {
        found.append(title)
      }
    }
    return found.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// The quote opening at `index`: the inside's start, and the closing mark's bytes.
  private static func quote(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, in range: Range<Int>
  ) -> (Int, Range<Int>)? {
    if bytes[index] == UInt8(ascii: "\"") {
      guard let close = bytes.firstIndex(of: UInt8(ascii: "\""), in: index + 1..<range.upperBound)
      else { return nil }
      return (index + 1, close..<close + 1)
    }
    guard isMark(bytes, index, 0x9C, range) else { return nil }
    var probe = index + 3
    while probe < range.upperBound {
      if isMark(bytes, probe, 0x9D, range) { return (index + 3, probe..<probe + 3) }
      probe += 1
    }
    return nil
  }

  /// `“` (E2 80 9C) or `”` (E2 80 9D) at `index`.
  private static func isMark(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ last: UInt8, _ range: Range<Int>
  ) -> Bool {
    index + 2 < range.upperBound && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && bytes[index + 2] == last
  }

  /// The inside of a quote without spaces and a final `.` or `,`.
  private static func trimmedQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>
  {
    var inner = bytes.trimmed(range)
    if let last = inner.last, bytes[last] == UInt8(ascii: ",") || bytes[last] == UInt8(ascii: ".") {
      inner = bytes.trimmed(inner.lowerBound..<last)
    }
    return inner
  }

  private static func isQuotedTitle(
    _ bytes: UnsafeBufferPointer<UInt8>, _ inner: Range<Int>, after end: Int, before start: Int,
    in range: Range<Int>
  ) -> Bool {
    let words = TitleShape.words(bytes, inner)
    guard words.count <= 30, TitleShape.significantWords(bytes, words).count >= 3,
      let first = words.first, TitleShape.startsUppercase(bytes, first),
      !TitleShape.isProse(bytes, inner, endsWithPeriod: false)
    else { return false }
    if TitleShape.isTitleCase(bytes, words) { return true }
    if startsWithVenueMark(bytes, end, range) { return true }
    let before = TitleShape.words(bytes, range.lowerBound..<start).last
    return before.map {
      ["paper", "called", "titled", "entitled"].contains(TitleShape.bare(bytes, $0))
    }
      ?? false
  }

  /// Where titles end before a venue mark.
  private static func markedTitleEnds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> [Int]
  {
    let words = TitleShape.words(bytes, range)
    var ends: [Int] = []
    for (position, word) in words.enumerated() where TitleShape.isVenue(bytes, word) {
      if bytes[word.lowerBound] == UInt8(ascii: "(") {
        ends.append(word.lowerBound)
      } else if position > 0, position + 1 < words.count, isYear(bytes, words[position + 1]),
        bytes[words[position - 1].upperBound - 1] == UInt8(ascii: ".")
          || bytes[words[position - 1].upperBound - 1] == UInt8(ascii: ",")
      {
        ends.append(words[position - 1].upperBound - 1)
      } else if position + 1 < words.count, bytes[words[position + 1].lowerBound] == 0x28,
        isYear(bytes, words[position + 1])
      {
        ends.append(word.lowerBound)
      }
    }
    return ends
  }

  /// Whether a venue mark starts at `index`, after spaces.
  private static func startsWithVenueMark(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>
  ) -> Bool {
    let words = TitleShape.words(bytes, index..<range.upperBound)
    guard let first = words.first, TitleShape.isVenue(bytes, first) else { return false }
    return bytes[first.lowerBound] == UInt8(ascii: "(")
      || (words.count > 1 && isYear(bytes, words[1]))
  }

  /// `2019`, `(2019)`, `2019.`, `'19`.
  private static func isYear(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    let digits = TitleShape.bare(bytes, word)
    return (digits.utf8.count == 4 || digits.utf8.count == 2) && digits.utf8.allSatisfy(\.isDigit)
  }

  /// Whether a closing quote stands just before `end`, spaces aside.
  private static func followsQuote(
    _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ quoteEnds: Set<Int>, _ range: Range<Int>
  ) -> Bool {
    var index = end
    while index > range.lowerBound, bytes[index - 1].isSpaceOrTab { index -= 1 }
    return quoteEnds.contains(index)
  }

  /// The run of capitalised and minor words that ends at `end`, read backwards.
  private static func titleBefore(
    _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, in range: Range<Int>
  ) -> Range<Int>? {
    let words = TitleShape.words(bytes, range.lowerBound..<end)
    guard let last = words.last else { return nil }
    var start = last.upperBound
    var taken: [Range<Int>] = []
    for word in words.reversed() {
      if word != last, let final = word.last, endsSentence(bytes[final]) || isQuoteEnd(bytes, word)
      {
        break
      }
      if TitleShape.startsUppercase(bytes, word) || TitleShape.isMinor(bytes, word) {
        start = word.lowerBound
        taken.append(word)
        continue
      }
      // Words glued where a link was lost: `paperRobustness` starts at `R`.
      if let capital = gluedCapital(bytes, word) {
        start = capital
        taken.append(capital..<word.upperBound)
      }
      break
    }
    while let first = taken.last, TitleShape.isMinor(bytes, first),
      !TitleShape.startsUppercase(bytes, first)
    {
      taken.removeLast()
      start = taken.last?.lowerBound ?? last.upperBound
    }
    guard let first = taken.last, TitleShape.startsUppercase(bytes, first),
      TitleShape.significantWords(bytes, taken).count >= 2, taken.count <= 30
    else { return nil }
    return start..<last.upperBound
  }

  private static func endsSentence(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
      || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"")
  }

  private static func isQuoteEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    word.count >= 3 && isMark(bytes, word.upperBound - 3, 0x9D, word)
  }

  /// The capital after two lowercase letters or more at a word's start: `paperRobustness`.
  private static func gluedCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int?
  {
    var index = word.lowerBound
    while index < word.upperBound, bytes[index] >= 0x61, bytes[index] <= 0x7A { index += 1 }
    guard index - word.lowerBound >= 2, index + 1 < word.upperBound,
      bytes[index] >= 0x41, bytes[index] <= 0x5A, bytes[index + 1] >= 0x61, bytes[index + 1] <= 0x7A
    else { return nil }
    return index
  }
}
