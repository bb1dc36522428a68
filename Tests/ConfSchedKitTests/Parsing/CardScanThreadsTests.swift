import Testing

@testable import ConfSchedKit

/// A large card dump is scanned for its cards in two halves at once, cut after a blank line
/// past the middle (`CardParser.scanCards`): the result is the one pass's, event for event and
/// warning for warning, line numbers included, wherever the cut falls.
@Suite("Card scan on two threads")
struct CardScanThreadsTests {
  /// Reads `text` scanning on one thread and on two (from any size), and compares.
  func expectOneScan(_ text: String, _ label: String) {
    let source = DumpSource(name: "scan.txt", text: text)
    let one = CardReader.read(
      source, options: ReadOptions(year: 2018), cardsForTwoThreads: Int.max,
      bytesForTwoThreadScan: Int.max)
    let two = CardReader.read(
      source, options: ReadOptions(year: 2018), cardsForTwoThreads: Int.max,
      bytesForTwoThreadScan: 1)
    #expect(two.events == one.events, "\(label)")
    #expect(two.diagnostics == one.diagnostics, "\(label)")
  }

  /// The two-thread test text of the card reader: the Tuesday three times, with cards that warn.
  @Test(arguments: [0, 1, 2, 37, 5000, 77_777])
  func givesTheOneScanWhereverTheMiddleFalls(_ shift: Int) {
    let text = String(repeating: "x", count: shift) + "\n\n" + CardReaderThreadsTests.text
    let one = CardReader.read(
      DumpSource(name: "scan.txt", text: text), options: ReadOptions(), cardsForTwoThreads: 2,
      bytesForTwoThreadScan: Int.max)
    #expect(one.events.count > 1200)
    #expect(!one.diagnostics.isEmpty)
    expectOneScan(text, "shift \(shift)")
    expectOneScan(text.replacingOccurrences(of: "\n", with: "\r\n"), "CRLF, shift \(shift)")
  }

  /// The middle inside an abstract of a thousand paragraphs: the gap the cut falls in holds
  /// paragraphs from both halves, more than a gap keeps.
  @Test(arguments: [0, 3, 500, 998])
  func joinsTheGapTheCutFallsIn(_ before: Int) {
    let card = card(title: "First Paper")
    let paragraphs = (0..<1000).map { "Paragraph \($0) of the abstract." }
    let text =
      (0..<before).map { "Filler \($0)." }.joined(separator: "\n\n") + "\n\n" + card + "\n\n"
      + paragraphs.joined(separator: "\n\n") + "\n\n"
      + card.replacingOccurrences(
        of: "First Paper", with: "Second Paper") + "\n"
    expectOneScan(text, "\(before) before")
    let events = readCards(text).events
    #expect(events.count == 2)
    #expect(events.last?.title == "Second Paper")
  }

  /// The cut after a blank line of spaces and a tab, a header right after it, and a text that
  /// ends without a newline.
  @Test func cutsBeforeAHeaderAfterASpacesLine() {
    let block = (0..<2000).map { "line \($0) of a long paragraph" }.joined(separator: "\n")
    let head = card(title: "First Paper") + "\n\n" + block + "\n  \t\n"
    let text =
      head + "Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1\n\n"
      + "Ada Lovelace · Alan Turing\n\nThe end of the abstract"
    let cut = text.withUTF8Bytes { bytes in
      CardParser(bytes: bytes, file: "a.txt", options: ReadOptions()).cutAfterBlankLine()
    }
    #expect(cut == head.utf8.count)
    expectOneScan(text, "spaces line")
    #expect(readCards(text).events.last?.abstract == "The end of the abstract")
  }

  /// Without a blank line past the middle there is no cut, and nothing is lost.
  @Test func readsAHalfWithoutBlankLinesInOnePass() {
    let text = card(title: "Only Paper") + "\n\n" + String(repeating: "line\n", count: 5000)
    let cut = text.withUTF8Bytes { bytes in
      CardParser(bytes: bytes, file: "a.txt", options: ReadOptions()).cutAfterBlankLine()
    }
    #expect(cut == nil)
    expectOneScan(text, "no blank line")
  }

  /// A gap joined from two: the paragraphs of the first and then the second, as one gap.
  @Test func joinsTwoGapsAsOne() {
    func paragraph(_ number: Int) -> Paragraph {
      Paragraph(Line(start: number * 10, end: number * 10 + 5, number: number))
    }
    func gap(_ numbers: Range<Int>) -> CardGap {
      var gap = CardGap()
      for number in numbers { gap.append(paragraph(number)) }
      return gap
    }
    for first in 0...8 {
      for second in 0...8 {
        var joined = gap(0..<first)
        joined.append(contentsOf: gap(first..<first + second))
        let whole = gap(0..<first + second)
        #expect(joined.count == whole.count)
        for index in 0..<whole.count {
          #expect(
            joined.paragraph(index)?.firstLine.number == whole.paragraph(index)?.firstLine.number,
            "\(first) + \(second): \(index)")
        }
      }
    }
  }
}
