import Testing

@testable import ConfSchedKit

/// frab files are told from their first bytes, before any other family is asked.
@Suite("frab detection")
struct FrabSniffTests {
  @Test(arguments: ["38c3-schedule-20251206.xml", "frab-camp2019.json", "pretalx-democon.json"])
  func detectsTheRealFiles(_ name: String) throws {
    #expect(try readFixture(name).family == .frab)
  }

  @Test(arguments: [
    "<schedule><conference/></schedule>",
    "\u{FEFF}<?xml version='1.0'?>\n<!-- exported -->\n<!DOCTYPE schedule [ <!ENTITY a \"b\"> ]>\n<schedule>",
    "  \n<SCHEDULE>",
    "<f:schedule xmlns:f='x'>",
    "{\n  \"$schema\": \"x\",\n  \"schedule\": {\"version\": \"1\", \"conference\": {}}}",
  ])
  func detectsAFrabStart(_ text: String) {
    #expect(DumpReader.detect(DumpSource(name: "x", text: text)) == .frab)
  }

  @Test(arguments: [
    "<schedules><schedule/></schedules>",
    "<html><body><schedule/></body></html>",
    "A note about <schedule> elements.",
    "{\"talks\": []}",
    "{\"schedule\": []}",
  ])
  func leavesOtherTextsToOtherReaders(_ text: String) {
    #expect(DumpReader.detect(DumpSource(name: "x", text: text)) != .frab)
  }

  /// `--family frab` on a `schedule.json` whose start the sniffs miss still reads it as JSON.
  @Test func readsJSONThroughTheXMLReaderWhenForced() throws {
    let text = "{\"schedule\": {\"version\": \"1\"}}"
    let result = DumpReader.read(DumpSource(name: "x", text: text), family: .frab)
    #expect(result.messages == ["1: a schedule that lists no events"])
  }
}
