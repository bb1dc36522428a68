import Testing

@testable import ConfSchedKit

@Suite("TSV export")
struct TSVTests {
  @Test func oneLinePerEventEveryFieldWholeAndEscaped() {
    let event = Event(
      id: EventID(rawValue: "t5v2t5"), kind: .poster, title: "Tabs\there, a \\ and\na break",
      date: CalendarDate(year: 2018, month: 12, day: 4), start: LocalTime("17:00"),
      room: "Room 1", abstract: "Line one.\r\nLine two.",
      source: SourceLocation(file: "inline.txt", line: 3))
    let lines = TSVWriter().write([event]).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines[2].isEmpty)
    #expect(lines[0].split(separator: "\t").count == EventField.allCases.count)
    let fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false)
    #expect(fields.count == EventField.allCases.count)
    #expect(fields[2] == #"Tabs\there, a \\ and\na break"#)
    #expect(fields.contains(#"Line one.\r\nLine two."#))
    #expect(fields.last == "inline.txt:3")
  }
}
