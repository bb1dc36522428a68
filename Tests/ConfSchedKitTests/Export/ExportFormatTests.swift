import Testing

@testable import ConfSchedKit

@Suite("Export formats")
struct ExportFormatTests {
  @Test func readsFormatNames() {
    #expect(ExportFormat.allCases.map(\.rawValue) == ["table", "json", "csv", "tsv", "md", "ics"])
    #expect(ExportFormat(rawValue: "ics") == .ics)
    #expect(ExportFormat(name: "CSV") == .csv)
    #expect(ExportFormat(name: "markdown") == .md)
    #expect(ExportFormat(name: "iCalendar") == .ics)
    #expect(ExportFormat(name: "ical") == .ics)
    #expect(ExportFormat(name: "xml") == nil)
    #expect(ExportFormat(name: "") == nil)
    #expect(ExportFormat.table.fileExtension == "txt")
    #expect(ExportFormat.md.fileExtension == "md")
  }
}
