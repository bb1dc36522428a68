import Foundation
import Testing

@testable import ConfSchedKit

/// A card dump of many cards has its events made on two threads, half each: the result is the
/// one thread's, event for event and warning for warning, wherever the halves meet.
@Suite("Card reader on two threads")
struct CardReaderThreadsTests {
  /// The 2018 Tuesday three times, with cards that warn (no title, a header it cannot read, a
  /// LaTeX author line it cannot read) among them: about 1,250 cards.
  static let text: String = {
    let tuesday =
      (try? String(contentsOfFile: fixtures + "/../../Data/neurips-2018-12-04.txt", encoding: .utf8))
      ?? ""
    let odd = """
      Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD

      Poster | Tue Dec 4th 25:99 -- 10:20 AM @ Room 210 #1

      A Paper With Odd Authors

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #2

      \\author{\\textbf{

      """
    return (0..<3).map { "\(tuesday)\n\(odd)\nCopy \($0)\n\n" }.joined()
  }()

  @Test(arguments: [2, 3, 100, 1000])
  func givesTheOneThreadResult(_ threshold: Int) {
    let source = DumpSource(name: "many.txt", text: Self.text)
    let one = CardReader.read(source, options: ReadOptions(), cardsForTwoThreads: Int.max)
    #expect(one.events.count > 1200)
    #expect(!one.diagnostics.isEmpty)
    let two = CardReader.read(source, options: ReadOptions(), cardsForTwoThreads: threshold)
    #expect(two.events == one.events)
    #expect(two.diagnostics == one.diagnostics)
    #expect(two.conferences == one.conferences)
  }

  @Test func splitsOnlyFromItsThreshold() {
    #expect(CardReader.cardsForTwoThreads >= 1000)
    let source = DumpSource(name: "many.txt", text: Self.text)
    #expect(
      CardReader.read(source).events
        == CardReader.read(
          source, options: ReadOptions(), cardsForTwoThreads: 2
        ).events)
  }
}
