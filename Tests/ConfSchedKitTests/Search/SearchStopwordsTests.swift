import Testing

@testable import ConfSchedKit

/// Stopwords are looked up as packed integers: every listed word must be found, as bytes of an
/// array or of a slice, and nothing else, however near.
@Suite("Search stopwords")
struct SearchStopwordsTests {
  @Test func findsEveryListedWord() {
    for word in SearchStopwords.all {
      #expect(SearchStopwords.contains(Array(word.utf8)), "\(word)")
      let padded = Array(("xx" + word + "yy").utf8)
      #expect(SearchStopwords.contains(padded[2..<(padded.count - 2)]), "\(word) in a slice")
    }
  }

  @Test(arguments: [
    "", "th", "thee", "therein", "an.", "whic", "whichx", "o", "ofx", "xof", "nd", "and ", "fro",
    "The", "learning", "neural", "ity",
  ])
  func leavesOtherWordsAlone(word: String) {
    #expect(!SearchStopwords.contains(Array(word.utf8)))
  }

  @Test func tellsWordsThatShareBytesButNotLength() {
    // Packed with their length: `a` is a stopword, `a` followed by a zero byte is not.
    #expect(SearchStopwords.contains([0x61]))
    #expect(!SearchStopwords.contains([0x61, 0x00]))
    #expect(!SearchStopwords.contains([0x00, 0x61]))
  }
}
