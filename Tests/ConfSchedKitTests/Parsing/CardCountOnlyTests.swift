import Testing

@testable import ConfSchedKit

/// `check` reads with `keepsEvents` off: the card reader makes each event for its warnings and
/// lets it go, and must report the same count and the same warnings as a read that keeps them.
@Suite("Card reader, counting only")
struct CardCountOnlyTests {
  @Test(arguments: [2048, 2])  // one thread, and two halves
  func countsAndWarnsAsAKeepingReadDoes(threshold: Int) throws {
    let source = try bundled("neurips-2018-12-04.txt")
    let kept = CardReader.read(source, options: ReadOptions(), cardsForTwoThreads: threshold)
    var options = ReadOptions()
    options.keepsEvents = false
    let counted = CardReader.read(source, options: options, cardsForTwoThreads: threshold)
    #expect(counted.events.isEmpty)
    #expect(counted.droppedEventCount == kept.events.count && counted.eventCount == 409)
    #expect(counted.diagnostics == kept.diagnostics && !kept.diagnostics.isEmpty)
    #expect(counted.conferences == kept.conferences)
    #expect(!counted.isEmpty)
  }

  @Test func aFileOfNoCardsIsStillEmpty() {
    var options = ReadOptions()
    options.keepsEvents = false
    let source = DumpSource(name: "t.txt", text: "Just a line.\n")
    #expect(CardReader.read(source, options: options).isEmpty)
  }
}
