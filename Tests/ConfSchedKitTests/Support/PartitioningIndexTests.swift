import Testing

@testable import ConfSchedKit

/// The one binary search the timetable, the assumed ends, the clash timeline and time zones
/// share.
@Suite("Partitioning index")
struct PartitioningIndexTests {
  @Test func findsTheFirstElementOfTheSecondPartition() {
    let sorted = [1, 3, 3, 5, 8]
    #expect(sorted.partitioningIndex { $0 > 3 } == 3)
    #expect(sorted.partitioningIndex { $0 >= 3 } == 1)
    #expect(sorted.partitioningIndex { $0 > 0 } == 0)
    #expect(sorted.partitioningIndex { $0 > 8 } == 5)
    #expect([Int]().partitioningIndex { $0 > 0 } == 0)
    // A slice keeps its own indices.
    let slice = sorted[2...]
    #expect(slice.partitioningIndex { $0 > 4 } == 3)
    #expect(slice.partitioningIndex { $0 > 9 } == slice.endIndex)
  }

  @Test(arguments: 0..<40)
  func agreesWithALinearSearch(_ count: Int) {
    let values = (0..<count).map { $0 / 3 }
    for threshold in -1...(count / 3 + 1) {
      #expect(
        values.partitioningIndex { $0 > threshold }
          == (values.firstIndex { $0 > threshold } ?? values.endIndex))
    }
  }
}
