import ConfSchedKit
import Testing

@Suite("Headings on a narrow terminal")
struct HeadingLinesTests {
  static let heading =
    "Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto"

  /// Broken at its ` · ` into as few lines as fit; never cut, and whole off a terminal.
  @Test(
    arguments: [
      (nil, [heading]),
      (200, [heading]),
      (75, [heading]),
      (74, ["Tuesday 4 December 2018 · NeurIPS 2018, Montréal", "times in America/Toronto"]),
      (48, ["Tuesday 4 December 2018 · NeurIPS 2018, Montréal", "times in America/Toronto"]),
      (47, ["Tuesday 4 December 2018", "NeurIPS 2018, Montréal", "times in America/Toronto"]),
      // A part wider than the terminal keeps its own line whole.
      (10, ["Tuesday 4 December 2018", "NeurIPS 2018, Montréal", "times in America/Toronto"]),
    ] as [(Int?, [String])])
  func breaksAtItsSeparators(width: Int?, expected: [String]) {
    #expect(DisplayText.headingLines(Self.heading, width: width) == expected)
  }

  /// The width counts columns, not bytes: an accented letter is one column.
  @Test func countsColumns() {
    let heading = "Montréal · é"
    #expect(DisplayText.headingLines(heading, width: 12) == [heading])
    #expect(DisplayText.headingLines(heading, width: 11) == ["Montréal", "é"])
  }
}
