import Testing

@testable import ConfSchedKit

/// An index keeps its postings coded as a snapshot keeps them, whether built in this run or
/// thawed: a snapshot writes them as they are, and a thawed index writes back the bytes it
/// was read from.
@Suite("Postings kept coded")
struct EncodedPostingsTests {
  static let index = SearchIndex(tuesday2018.events)

  func bytes(_ index: SearchIndex) -> [UInt8] {
    var writer = SnapshotWriter()
    index.encode(into: &writer)
    return writer.bytes
  }

  @Test func aThawedIndexWritesTheBytesItWasReadFrom() throws {
    let text = ScheduleSnapshot.encode(tuesday2018, index: Self.index)
    let thawed = try #require(ScheduleSnapshot.decode(text)?.index)
    #expect(bytes(thawed) == bytes(Self.index))
    #expect(thawed.postingPlaces.isEmpty)
    #expect(Self.index.postingPlaces.count == Self.index.keys.count)
    // Every key's postings decode alike from both, found by its text.
    for key in 0..<Self.index.keys.count {
      let other = try #require(thawed.keys.id(of: Self.index.keys.term(key)))
      #expect(thawed.postings(of: other) == Self.index.postings(of: key))
    }
  }

  /// A built index's keys take their places in byte order, as a thawed one's are numbered.
  @Test func aBuiltIndexPlacesItsKeysInByteOrder() {
    let order = Self.index.keys.sortedIDs()
    for (place, key) in order.enumerated() {
      #expect(Self.index.postingPlace(ofKey: key) == place)
    }
    #expect(Self.index.postingStarts[0] == 0)
    #expect(Self.index.postingStarts[order.count] == Self.index.encodedPostings.range.count)
  }
}
