import Testing

@testable import ConfSchedKit

@Suite("JSON output")
struct JSONTests {
  @Test func writesTheEventKeysInOrder() throws {
    let event = try #require(tuesday2018.events.first { $0.title == "Town Hall" })
    #expect(
      event.json.serialized(pretty: false)
        == #"{"id":"\#(event.id)","kind":"Break","title":"Town Hall","authors":[],"conference":"neurips-2018","date":"2018-12-04","start":"13:15","end":"14:15","timeZone":"America/Toronto","startsAt":"2018-12-04T13:15:00-05:00","endsAt":"2018-12-04T14:15:00-05:00","assumedEnd":null,"room":"Room 517 CD","board":null,"session":null,"track":null,"language":null,"sourceIds":[],"abstract":null,"notes":null,"links":[],"alsoPresented":[],"source":{"file":"neurips-2018-12-04.txt","line":1639}}"#
    )
  }

  @Test func escapesStrings() {
    let value = JSONValue.string("a \"quote\", a \\ and\na line\u{1}")
    #expect(value.serialized() == #""a \"quote\", a \\ and\na line\u0001""#)
  }
}
