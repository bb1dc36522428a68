import Testing

@testable import ConfSchedKit

@Suite("Diagnostic collector")
struct DiagnosticCollectorTests {
  /// Reported out of order (a reader's later pass warns about earlier lines), they come out by
  /// line and column, and those at one place in the order reported; the collector is emptied.
  @Test func takesTheDiagnosticsInTheDumpsOrder() {
    // Lines start at 0, 4 and 8.
    let text = "abc\ndef\nghi\n"
    let (taken, left) = text.withUTF8Bytes { bytes -> ([String], [Diagnostic]) in
      var collector = DiagnosticCollector(file: "x", bytes: bytes)
      for (offset, message) in [
        (9, "third line, column 2"), (0, "first, A"), (4, "second"), (0, "first, B"),
        (8, "third line, column 1"), (0, "first, C"),
      ] {
        collector.warn(atOffset: offset, message)
      }
      let taken = collector.takeSorted().map(\.description)
      return (taken, collector.takeSorted())
    }
    #expect(
      taken == [
        "x:1:1: warning: first, A", "x:1:1: warning: first, B", "x:1:1: warning: first, C",
        "x:2:1: warning: second", "x:3:1: warning: third line, column 1",
        "x:3:2: warning: third line, column 2",
      ])
    #expect(left.isEmpty)
  }

  /// Many ties across a sort large enough for the standard library's merging: the order
  /// reported is kept within each place.
  @Test func keepsTheReportedOrderAtOnePlaceInALargeSort() {
    let text = String(repeating: "line\n", count: 100)
    let messages = text.withUTF8Bytes { bytes -> [String] in
      var collector = DiagnosticCollector(file: "x", bytes: bytes)
      for index in 0..<5_000 {
        // Lines 100, 99, ..., 1, then again: each line gets 50 warnings, numbered in order.
        collector.warn(atOffset: (99 - index % 100) * 5, "\(index)")
      }
      return collector.takeSorted().map(\.message)
    }
    #expect(messages.count == 5_000)
    for line in 0..<100 {
      let numbers = messages[(line * 50)..<(line * 50 + 50)].compactMap { Int($0) }
      #expect(numbers == (0..<50).map { $0 * 100 + (99 - line) })
    }
  }
}
