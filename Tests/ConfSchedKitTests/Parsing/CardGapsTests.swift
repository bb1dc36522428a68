import Testing

@testable import ConfSchedKit

/// The card reader's gaps, packed once closed (`CardGaps`): each must read back as the
/// `CardGap` it was, for every count around the five paragraphs a gap keeps.
@Suite("Card gaps")
struct CardGapsTests {
  static func paragraph(_ number: Int) -> Paragraph {
    Paragraph(Line(start: 10 * number, end: 10 * number + 5, number: number))
  }

  @Test func closedGapsReadBackAsTheyWereBuilt() {
    var gaps = CardGaps()
    var built: [CardGap] = []
    var number = 0
    for count in [0, 1, 2, 3, 4, 5, 6, 7, 0, 12, 1, 0, 100] {
      var gap = CardGap()
      for _ in 0..<count {
        number += 1
        gap.append(Self.paragraph(number))
        gaps.open.append(Self.paragraph(number))
      }
      built.append(gap)
      gaps.close()
    }
    #expect(gaps.count == built.count)
    for (index, gap) in built.enumerated() {
      let packed = gaps[index]
      #expect(packed.count == gap.count)
      for position in -1...(gap.count + 1) {
        #expect(
          packed.paragraph(position)?.firstLine.number == gap.paragraph(position)?.firstLine.number,
          "gap \(index) of \(gap.count), paragraph \(position)")
      }
    }
  }

  @Test func aGapKeepsItsFirstTwoAndLastThree() {
    func kept(_ count: Int) -> [Int] {
      (0..<CardGap.keptCount(count)).map { CardGap.keptIndex($0, count: count) }
    }
    #expect(kept(0) == [])
    #expect(kept(1) == [0])
    #expect(kept(3) == [0, 1, 2])
    #expect(kept(4) == [0, 1, 2, 3])
    #expect(kept(5) == [0, 1, 2, 3, 4])
    #expect(kept(9) == [0, 1, 6, 7, 8])
  }
}
