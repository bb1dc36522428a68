import Testing

@testable import ConfSchedKit

/// An index with many postings encodes them on two threads, half the keys each: the bytes are
/// the one thread's wherever the keys are split, and decode to the same search results.
@Suite("Postings encoded on two threads")
struct EncodedPostingsTests {
  static let index = SearchIndex(tuesday2018.events)

  func bytes(_ index: SearchIndex, threshold: Int) -> [UInt8] {
    var writer = SnapshotWriter()
    index.encode(into: &writer, postingsForTwoThreads: threshold)
    return writer.bytes
  }

  @Test(arguments: [1, 1000, 50_000])
  func encodesTheOneThreadBytes(_ threshold: Int) throws {
    let one = bytes(Self.index, threshold: Int.max)
    #expect(bytes(Self.index, threshold: threshold) == one)
    let order = Self.index.keys.sortedIDs()
    let (starts, regions) = Self.index.encodedPostings(order, forTwoThreads: threshold)
    #expect(regions.count == (threshold <= 50_000 ? 2 : 1))
    #expect(starts.count == order.count + 1)
    #expect(starts.last == regions.reduce(0) { $0 + $1.count })
    // A thawed index (its postings still encoded) splits its keys by bytes, not postings.
    let text = ScheduleSnapshot.encode(tuesday2018, index: Self.index)
    let thawed = try #require(ScheduleSnapshot.decode(text)?.index)
    #expect(bytes(thawed, threshold: threshold) == bytes(thawed, threshold: Int.max))
  }

  @Test func twoThreadsFromAMillionPostings() {
    #expect(SearchIndex.postingsForTwoThreads == 1 << 20)
    let total = Self.index.keys.sortedIDs().map { Self.index.postingRange(ofKey: $0).count }
      .reduce(0, +)
    #expect(total < SearchIndex.postingsForTwoThreads, "the Tuesday is encoded on one thread")
  }
}
