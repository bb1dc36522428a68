/// How a run of text reads: as a title (`Practical DL with Bayes`, `MuZero`) or as prose
/// (`Given all of these recent papers, it would be worth ...`). The reading-list reader's
/// judgement calls about wording live here, so that they can be read and tuned in one place.
enum TitleShape {
  /// Words a title leaves in lowercase (`Learning with Sampler-Induced Distributions`), and that
  /// weigh little when titles are compared.
  static let minorWords = WordList([
    "a", "an", "the", "and", "or", "nor", "but", "of", "for", "with", "without", "within", "in",
    "on", "at", "to", "by", "via", "from", "into", "onto", "as", "vs", "versus", "per", "than",
    "is", "are", "be", "its", "it", "up", "over", "under", "between", "through", "toward",
    "towards",
  ])

  /// Conferences and journals that follow a title: `(NeurIPS 2019)`, `. ICML 2018.`.
  static let venues = WordList([
    "neurips", "nips", "icml", "iclr", "aistats", "uai", "colt", "aaai", "ijcai", "cvpr", "iccv",
    "eccv", "acl", "emnlp", "naacl", "kdd", "jmlr", "tmlr", "corl", "icra", "iros", "siggraph",
    "arxiv",
  ])

  /// Words of prose that titles avoid: persons speaking, abbreviations of asides.
  static let proseWords = WordList([
    "we", "our", "us", "my", "me", "they", "them", "their", "he", "she", "his", "her", "eg", "ie",
    "etc",
  ])

  /// Words that may follow a comma in a title: `Feathers, Wings, and the Future`.
  static let conjunctions = WordList(["and", "or", "nor"])

  /// Short words a period follows without ending a sentence: `vs. Wings`, `Dr. Marks`.
  static let abbreviations = WordList([
    "vs", "al", "eg", "ie", "dr", "mr", "mrs", "ms", "prof", "fig", "no", "st", "jr", "inc",
  ])

  /// The words of a byte range, split at spaces and tabs.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start: Int?
    for index in range {
      if bytes[index].isSpaceOrTab {
        if let begin = start { result.append(begin..<index) }
        start = nil
      } else if start == nil {
        start = index
      }
    }
    if let begin = start { result.append(begin..<range.upperBound) }
    return result
  }

  /// A word's letters and digits, ASCII lowercased, without the punctuation at either end:
  /// `(NeurIPS` gives `neurips`, `e.g.,` gives `e.g`.
  static func bare(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> String {
    String(decoding: bytes[bareRange(bytes, word)].map(\.lowercasedASCII), as: UTF8.self)
  }

  /// The part of a word from its first letter or digit to its last.
  static func bareRange(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int> {
    var lower = word.lowerBound
    var upper = word.upperBound
    while lower < upper, !isWordStart(bytes, lower) { lower += punctuationLength(bytes, lower) }
    while upper > lower {
      let byte = bytes[upper - 1]
      if byte.isASCIILetter || byte.isDigit { break }
      if byte < 0x80 {
        upper -= 1
      } else if upper - 3 >= lower, isGeneralPunctuation(bytes, upper - 3) {
        upper -= 3
      } else {
        break
      }
    }
    return lower..<max(lower, upper)
  }

  /// Whether a word is one a title leaves in lowercase.
  static func isMinor(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    minorWords.contains(bytes[bareRange(bytes, word)])
  }

  /// Whether a word's first letter or digit is a capital, a digit, or a letter beyond ASCII.
  static func startsUppercase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    var index = word.lowerBound
    while index < word.upperBound, !isWordStart(bytes, index) {
      index += punctuationLength(bytes, index)
    }
    guard index < word.upperBound else { return false }
    let byte = bytes[index]
    return byte.isDigit || byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A)
  }

  /// Whether a word reads as a name: a capital after its first letter, or a digit (`MuZero`,
  /// `BIVA`, `VQ-VAE2`, `i-ResNet`), so that it can stand alone before a colon.
  static func isNameLike(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    var seenLetter = false
    for index in word {
      let byte = bytes[index]
      if byte.isDigit { return true }
      if byte >= 0x41 && byte <= 0x5A, seenLetter { return true }
      if byte.isASCIILetter { seenLetter = true }
    }
    return false
  }

  /// The words holding a letter beyond the minor ones: `Practical`, `DL`, `Bayes` in
  /// `Practical DL with Bayes`.
  static func significantWords(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>])
    -> [Range<Int>]
  {
    words.filter { word in
      word.contains { bytes[$0].isASCIILetter || (bytes[$0] >= 0xC0 && isWordStart(bytes, $0)) }
        && !isMinor(bytes, word)
    }
  }

  /// Whether every significant word starts with a capital or digit.
  static func isTitleCase(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
    significantWords(bytes, words).allSatisfy { startsUppercase(bytes, $0) }
  }

  /// Whether the text reads as prose rather than a title: more than 24 words; a `;`; a
  /// sentence break inside; a contraction (`don’t`); a person speaking (`we`, `they`, `I`); an
  /// aside (`e.g.`); a comma before a lowercase clause (`practicality, ease of`); or, when it
  /// ended with a period, 14 words or more, or 8 words or more in sentence case.
  static func isProse(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, endsWithPeriod: Bool
  ) -> Bool {
    let words = words(bytes, range)
    if words.count > 24 || hasSentenceBreak(bytes, range) { return true }
    for index in range {
      if bytes[index] == UInt8(ascii: ";") { return true }
      if isContraction(bytes, index, range) { return true }
    }
    for (position, word) in words.enumerated() {
      let first = bytes[word.lowerBound]
      if word.count == 1 && first == UInt8(ascii: "I") { return true }
      if (first >= 0x61 && first <= 0x7A) || position == 0,
        proseWords.contains(bytes[bareRange(bytes, word)])
      {
        return true
      }
      if bytes[word.upperBound - 1] == UInt8(ascii: ","), position + 1 < words.count {
        let next = words[position + 1]
        if !startsUppercase(bytes, next), !conjunctions.contains(bytes[bareRange(bytes, next)]) {
          return true
        }
      }
    }
    guard endsWithPeriod else { return false }
    return words.count >= 14 || (words.count >= 8 && isSentenceCase(bytes, words))
  }

  /// Whether no word after the first starts with a capital.
  static func isSentenceCase(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
    !words.dropFirst().contains { word in
      let byte = bytes[word.lowerBound]
      return byte >= 0x41 && byte <= 0x5A
    }
  }

  /// Whether a `.` or `!` inside the range ends a sentence: a space and a capital follow, and the
  /// word before is not an abbreviation or an initial (`vs. Wings`, `A. Turing`).
  static func hasSentenceBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!"), bytes[index + 1] == 0x20,
        bytes[index + 2] >= 0x41 && bytes[index + 2] <= 0x5A
      {
        var start = index
        while start > range.lowerBound, !bytes[start - 1].isSpaceOrTab { start -= 1 }
        let before = bytes[bareRange(bytes, start..<index)]
        let alphanumerics = before.filter { $0.isASCIILetter || $0.isDigit || $0 >= 0x80 }.count
        if alphanumerics >= 2, !abbreviations.contains(before) { return true }
      }
      index += 1
    }
    return false
  }

  /// Whether a word is a venue: `NeurIPS`, `(ICML`, `arXiv`.
  static func isVenue(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    venues.contains(bytes[bareRange(bytes, word)])
  }

  /// `n't` or `n’t` at `index`, followed by no letter.
  private static func isContraction(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>
  ) -> Bool {
    guard bytes[index] == UInt8(ascii: "n"), index + 2 < range.upperBound else { return false }
    var next = index + 1
    if bytes[next] == UInt8(ascii: "'") {
      next += 1
    } else if next + 2 < range.upperBound, bytes[next] == 0xE2, bytes[next + 1] == 0x80,
      bytes[next + 2] == 0x99
    {
      next += 3
    } else {
      return false
    }
    guard next < range.upperBound, bytes[next] == UInt8(ascii: "t") else { return false }
    return next + 1 == range.upperBound || !bytes[next + 1].isASCIILetter
  }

  /// Whether a letter, digit, or a character beyond the General Punctuation block starts at
  /// `index`.
  static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return byte.isASCIILetter || byte.isDigit }
    return !isGeneralPunctuation(bytes, index)
  }

  /// The length of the punctuation mark at `index`: one byte, or three for `“ ” ’ — …`.
  static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    isGeneralPunctuation(bytes, index) ? 3 : 1
  }

  /// U+2000 to U+206F (dashes, curly quotes, ellipsis) at `index`: `E2 80 xx` or `E2 81 xx`.
  static func isGeneralPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2
      && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81)
  }
}
