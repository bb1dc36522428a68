import Testing

@testable import ConfSchedKit

@Suite("JSON output")
struct JSONTests {
  @Test func writesTheEventKeysInOrder() throws {
    let event = try #require(tuesday2018.events.first { $0.title == "Town Hall" })
    #expect(
      event.json.serialized(pretty: false)
        == #"{"id":"\#(event.id)","kind":"Break","title":"Town Hall","authors":[],"date":"2018-12-04","start":"13:15","end":"14:15","timeZone":"America/Toronto","room":"Room 517 CD","board":null,"session":null,"track":null,"language":null,"sourceIds":[],"abstract":null,"notes":null,"links":[],"alsoPresented":[],"source":{"file":"neurips-2018-12-04.txt","line":1639}}"#
    )
  }

  @Test func escapesStrings() {
    let value = JSONValue.string("a \"quote\", a \\ and\na line\u{1}")
    #expect(value.serialized() == #""a \"quote\", a \\ and\na line\u0001""#)
  }
}
