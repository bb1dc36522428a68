import Testing

@testable import ConfSchedKit

/// The shortcuts the card reader takes for speed must read exactly what the plain paths read:
/// the eight-byte copy in `TextAssembler`, the `memchr` searches, the fields of `CardGap`, the
/// cached kinds and the byte tests that stand in for string ones.
@Suite("Card reader fast paths")
struct CardSpeedPathTests {
  /// The text of a string as one paragraph of a dump.
  func assembled(_ text: String, cleaning: Bool, joiningHyphens: Bool) -> String {
    text.withUTF8Bytes { bytes in
      TextAssembler.text(
        bytes, [Paragraph(Line(start: 0, end: bytes.count, number: 1))], cleaning: cleaning,
        joiningHyphens: joiningHyphens)
    }
  }

  /// Without a hyphen, joining hyphens changes nothing but turns the eight-byte copy off: the
  /// two must agree on every text, whatever falls at the edges of the eight bytes.
  @Test func eightByteCopyAgreesWithTheByteLoop() {
    let pieces = [
      "a", "bc", "defghij", " ", "  ", "\t", "<u>", "</u>", "<br>", "<", "\\emph{", "{\\it ", "}",
      "{", "\\", "\\$", "é", "ß", "12345678", ".", "xyz ",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var text = ""
      let count = Int(state % 24) + 1
      for _ in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      for cleaning in [true, false] {
        let fast = assembled(text, cleaning: cleaning, joiningHyphens: false)
        let slow = assembled(text, cleaning: cleaning, joiningHyphens: true)
        #expect(fast == slow, "\(text.debugDescription), cleaning: \(cleaning)")
      }
    }
  }

  @Test(arguments: [
    ("abcdefg  hijklmnopq", "abcdefg hijklmnopq"),
    ("abcdefgh  ijklmnopq", "abcdefgh ijklmnopq"),
    ("abcdefg <u>hijk</u>lmnopq rst", "abcdefg hijklmnopq rst"),
    ("abcdefgh\\emph{ij}klmnopqrstu", "abcdefghijklmnopqrstu"),
    ("abcdefg\thijklmnopq", "abcdefg hijklmnopq"),
    ("abcdefg \\$5 and more words", "abcdefg $5 and more words"),
    ("abcdefghijklmno  ", "abcdefghijklmno"),
  ])
  func copiesProseAcrossTheEdgesOfEightBytes(_ input: String, _ expected: String) {
    #expect(assembled(input, cleaning: true, joiningHyphens: false) == expected)
  }

  @Test(arguments: [
    ("Ada Lovelace · Alan Turing", ["Ada Lovelace", "Alan Turing"]),
    ("Ana ¢ost · Bo", ["Ana ¢ost", "Bo"]),
    ("·Ada··Bo· ", ["Ada", "Bo"]),
    ("  Ada   Byron \t King  · C", ["Ada Byron King", "C"]),
    ("", []),
  ])
  func splitsAuthorsAtMiddleDotsOnly(_ line: String, _ names: [String]) {
    #expect(AuthorNames.split(line) == names)
  }

  @Test(arguments: [
    "$Tyler\\ Scott\\cdot Karl\\ Ridgeway$",
    "${\\it Lisa~Zhang \\cdot Gregory~Rosenblatt}$",
    "\\textit{Will Hamilton} \\cdot J\\\"urgen Leskovec",
    "$A\\label{x} B \\cdot C$",
  ])
  func latexNamesAreWhatTheJoinedLineSplitsInto(_ line: String) throws {
    let joined = try #require(LaTeX.authorLine(line))
    #expect(LaTeX.authorNames(line) == AuthorNames.split(joined))
  }

  @Test func findsPatternsWithMemchrWithinTheRange() {
    let text = "ab·cd \\cdot e·"
    text.withUTF8Bytes { bytes in
      let dot = Array("·".utf8)
      #expect(bytes.contains(dot, in: 0..<bytes.count))
      #expect(bytes.contains(dot, in: 4..<bytes.count))  // the last one, at the very end
      #expect(!bytes.contains(dot, in: 4..<bytes.count - 1))  // cut in half
      #expect(!bytes.contains(dot, in: 3..<4))  // shorter than the pattern
      #expect(bytes.contains(Array("\\cdot".utf8), in: 0..<bytes.count + 10))  // clamped
      #expect(!bytes.contains(Array("\\cdots".utf8), in: 0..<bytes.count))
    }
  }

  @Test func gapKeepsItsFirstTwoAndLastThreeParagraphs() throws {
    var gap = CardGap()
    let paragraphs = (1...10).map { Paragraph(Line(start: $0, end: $0, number: $0)) }
    for paragraph in paragraphs { gap.append(paragraph) }
    #expect(gap.count == 10)
    for index in [0, 1, 7, 8, 9] {
      #expect(gap.paragraph(index)?.firstLine.number == index + 1)
    }
    #expect(gap.paragraph(2) == nil && gap.paragraph(6) == nil && gap.paragraph(10) == nil)
    #expect(gap.last(2).map(\.firstLine.number) == [9, 10])
    #expect(gap.last(1).map(\.firstLine.number) == [10])
    let span = try #require(gap.span(1..<9))
    #expect((span.firstLine.number, span.lastLine.number) == (2, 9))

    var short = CardGap()
    short.append(paragraphs[0])
    #expect(short.last(2).map(\.firstLine.number) == [1])
    #expect(CardGap().last(1).isEmpty)
  }

  /// Kinds are reused by their bytes: `ORAL` stays `ORAL` after an `Oral`, and a name that is
  /// not ASCII is kept as written.
  @Test func kindsKeepTheirSpellingCardByCard() {
    let text = [
      card(title: "One", header: "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD"),
      card(title: "Two", header: "ORAL | Tue Dec 4th 10:20 -- 10:35 AM @ Room 220 CD"),
      card(title: "Three", header: "Oral | Tue Dec 4th 10:35 -- 10:50 AM @ NONE"),
      card(title: "Four", header: "Pôster | Tue Dec 4th 10:45 AM -- 12:45 PM @ none #3"),
    ].joined(separator: "\n\n")
    let events = readCards(text).events
    #expect(events.map(\.kind.rawValue) == ["Oral", "ORAL", "Oral", "Pôster"])
    #expect(events.map(\.room) == ["Room 220 CD", "Room 220 CD", nil, nil])
    #expect(events.last?.board == "3")
  }

  @Test(arguments: [
    ("NIPS Demo Submission 2.pdf", true), ("Slides.PPTX", true), ("A Talk. On Things", false),
    ("Démo finale.pdf", true), ("Démo finale", false),
  ])
  func fileNamesAreTheSameForAnyText(_ text: String, _ isFile: Bool) {
    #expect(CardReader.looksLikeFileName(text) == isFile)
  }

  @Test(arguments: [
    ("Ada Lovelace", 2), ("  Ada   Lovelace ", 2), ("Émile Zola", 2), ("", 0), ("One", 1),
  ])
  func countsWordsOfAMarkdownName(_ name: String, _ words: Int) {
    #expect(MarkdownCardParser.wordCount(name) == words)
    #expect(MarkdownCardParser.wordCount(name) == name.split(separator: " ").count)
  }
}
