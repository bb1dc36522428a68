import Testing

@testable import ConfSchedKit

/// `JSONWriter` and the streamed `--json` listing (issue 17, item 5): the listing is written an
/// event at a time, and must be the very text the whole `JSONValue` array gave.
@Suite("JSON writer")
struct JSONWriterTests {
  @Test func writesAnEventAsItsJSONValueDoes() {
    for event in tuesday2018.events {
      for pretty in [true, false] {
        var writer = JSONWriter(pretty: pretty)
        event.writeJSON(into: &writer, depth: 2)
        var whole = JSONWriter(pretty: pretty)
        whole.write(event.json, depth: 2)
        #expect(writer.bytes == whole.bytes, "\(event.id)")
      }
    }
  }

  @Test func writesNestedValuesWithTheirIndentation() {
    let value = JSONValue.object([
      ("a", .array([.int(1), .object([]), .array([]), .null])),
      ("b", .object([("c", .bool(true)), ("d", .double(1.5)), ("e", .double(.nan))])),
    ])
    #expect(
      value.serialized()
        == "{\n  \"a\": [\n    1,\n    {},\n    [],\n    null\n  ],\n  \"b\": {\n"
        + "    \"c\": true,\n    \"d\": 1.5,\n    \"e\": null\n  }\n}")
    #expect(
      value.serialized(pretty: false)
        == #"{"a":[1,{},[],null],"b":{"c":true,"d":1.5,"e":null}}"#)
  }

  @Test func escapesControlsAndTheJavaScriptLineEnds() {
    let text = "é\u{2028}x\u{2029}\u{1B}[0m\u{7F}\t\u{0C}\u{08}\r\"\\ \u{E2}\u{20AC}"
    #expect(
      JSONValue.string(text).serialized()
        == "\"é\\u2028x\\u2029\\u001b[0m\u{7F}\\t\\f\\b\\r\\\"\\\\ \u{E2}\u{20AC}\"")
  }

  @Test func streamsTheListingInPiecesThatMakeTheWholeArray() {
    let events = Array(repeating: tuesday2018.events, count: 20).flatMap { $0 }
    var pieces: [[UInt8]] = []
    let finished = StreamedOutput.json(events).produce { piece in
      pieces.append(piece)
      return true
    }
    #expect(finished)
    let whole = JSONValue.array(events.map(\.json)).serialized() + "\n"
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
    // Each piece is small, and ends after an element: never inside a character or an escape.
    #expect(pieces.count > whole.utf8.count / (2 * StreamedOutput.pieceSize))
    #expect(pieces.allSatisfy { $0.count < 2 * StreamedOutput.pieceSize })
    #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
    #expect(
      pieces.dropLast().allSatisfy { [UInt8(ascii: "}"), UInt8(ascii: "\"")].contains($0.last) })
  }

  @Test func writesOneEventOfManyAuthorsInPieces() {
    let authors = (0..<20_000).map { Author(name: "Author \($0) ☃", affiliation: "Lab \($0)") }
    let event = Event(
      kind: .oral, title: "Everyone", authors: authors,
      source: SourceLocation(file: "t.txt", line: 1))
    var pieces: [[UInt8]] = []
    let finished = StreamedOutput.json([event]).produce { piece in
      pieces.append(piece)
      return true
    }
    #expect(finished)
    let whole = JSONValue.array([event.json]).serialized() + "\n"
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
    #expect(pieces.count > 10)
    #expect(pieces.allSatisfy { $0.count < 2 * StreamedOutput.pieceSize })
  }

  @Test func anEmptyListingIsAnEmptyArray() {
    var text = ""
    let finished = StreamedOutput.json([]).produce { piece in
      text += String(decoding: piece, as: UTF8.self)
      return true
    }
    #expect(finished)
    #expect(text == "[]\n")
  }

  @Test func stopsAtThePieceThatCouldNotBeWritten() {
    let events = Array(repeating: tuesday2018.events, count: 20).flatMap { $0 }
    var offered = 0
    let finished = StreamedOutput.json(events).produce { _ in
      offered += 1
      return false
    }
    #expect(!finished)
    #expect(offered == 1)
  }
}
