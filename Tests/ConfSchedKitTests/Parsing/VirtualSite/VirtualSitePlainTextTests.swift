import Testing

@testable import ConfSchedKit

/// The edges of the virtual-site reader's plain-text paths: strings scanned sixteen bytes at a
/// time (and read with no decoded copy when cleaning would leave them as they are), numbers
/// skipped without a string, and line breaks looked for with `memchr`. Each must give what the
/// slow path gives, wherever a quote, escape, reference or pair of spaces falls against the
/// blocks.
@Suite("Virtual site JSON plain-text paths")
struct VirtualSitePlainTextTests {
  /// What `readLine` and `readProse` must give: the value read by `readText`, then cleaned.
  private static func expected(_ json: String, prose: Bool) -> String? {
    json.withUTF8Bytes { bytes in
      var parser = JSONParser(bytes)
      let text = try? VirtualSiteRecord.readText(&parser)
      return text.flatMap { $0 }.map(prose ? VirtualSiteText.prose : VirtualSiteText.line)
    }
  }

  /// `readLine` or `readProse` over a whole JSON value, and where the parser stopped.
  private static func read(_ json: String, prose: Bool) -> (String?, Int) {
    json.withUTF8Bytes { bytes in
      var parser = JSONParser(bytes)
      let text =
        prose
        ? try? VirtualSiteRecord.readProse(&parser) : try? VirtualSiteRecord.readLine(&parser)
      return (text.flatMap { $0 }, parser.index)
    }
  }

  /// Every mark that stops the plain path, at every offset against the sixteen-byte blocks (and
  /// the block one byte on), in a line and in prose: the text is the slow path's, and the
  /// parser stops just past the closing quote.
  @Test(arguments: [
    #"\""#, #"\\"#, #"\n"#, #"\t"#, #"\u00e9"#, #"\ud83d\ude00"#, "&amp;", "&#39;", "&", "  ",
    "<p>", "<", "x000D", "_x000D_", "é", "😀",
  ])
  func readsEveryMarkAtEveryAlignment(mark: String) {
    for offset in 0..<40 {
      for tail in ["", "b", String(repeating: "c", count: 20)] {
        let json = "\"" + String(repeating: "a", count: offset) + mark + tail + "\", \"x\": 1"
        for prose in [false, true] {
          let (text, stop) = Self.read(json, prose: prose)
          #expect(text == Self.expected(json, prose: prose), "\(json) prose: \(prose)")
          #expect(stop == json.utf8.count - 8, "\(json)")
        }
      }
    }
  }

  /// Spaces at either end, a space alone, an empty string, numbers and null: as `readText`
  /// reads them, then cleaned (nil only where `readText` gives nil).
  @Test(arguments: [
    #"" a""#, #""a ""#, #"" ""#, #""""#, "119718", "0", "-5", "-0", "1.5", "12345678901234567890",
    "null", "true", #""A\u0026amp;B""#, #""a\u0020 b""#,
  ])
  func readsEdgeValuesAsTheSlowPath(json: String) {
    for prose in [false, true] {
      #expect(Self.read(json, prose: prose).0 == Self.expected(json, prose: prose), "\(json)")
    }
  }

  /// An id written as a number reads as `String(Int)` writes the number `readValue` reads;
  /// one too long for `Int`, a fraction or an exponent reads as none.
  @Test(arguments: [
    "119718", "0", "-0", "-12", "123456789012345678", "1234567890123456789",
    "99999999999999999999", "1.0", "1e3", "12E2", "7",
  ])
  func readsNumberIDsAsTheirDigits(json: String) {
    json.withUTF8Bytes { bytes in
      var fast = JSONParser(bytes)
      var slow = JSONParser(bytes)
      let text = try? VirtualSiteRecord.readText(&fast)
      let value = try? slow.readValue()
      #expect(text == value.flatMap(VirtualSiteRecord.text), "\(json)")
      #expect(fast.index == bytes.count)
    }
  }

  /// A surrogate pair, a reference and a pair of spaces in a title, a name, a room and an
  /// abstract of the reader's output: decoded and collapsed as before.
  @Test func cleansTitlesNamesAndAbstractsThroughTheReader() throws {
    let result = readSiteJSON(
      siteProgram(
        siteEvent(
          id: 1, name: #"Smile \ud83d\ude00 &amp; Frown"#,
          extra:
            #""authors": [{"fullname": "Ada  Lovelace", "institution": " MIT "}, "Bob &eacute;"], "room_name": "Hall&nbsp;A", "abstract": "<p>One <em>two</em></p>three_x000D_ four", "session": "San Diego Poster Session 1""#
        )))
    let event = try #require(result.events.first)
    #expect(event.title == "Smile 😀 & Frown")
    #expect(event.authors.map(\.name) == ["Ada Lovelace", "Bob é"])
    #expect(event.authors.first?.affiliation == "MIT")
    #expect(event.room == "Hall\u{A0}A")
    #expect(event.abstract == "One two three four")
    #expect(event.session == "San Diego Poster Session 1")
  }

  /// Times read on their bytes and times with escapes (read as text first) give the same
  /// instants; an empty time is no time, and text that is no time is quoted as written.
  @Test func readsTimesOnTheirBytesAndWithEscapes() {
    let result = readSiteJSON(
      siteProgram(
        siteEvent(id: 1),
        siteEvent(
          id: 2, start: #"2025-12-03T11:00:00\u002d08:00"#, end: #"2025\u002d12-03T14:00:00-08:00"#),
        siteEvent(id: 3, start: ""), siteEvent(id: 4, start: #"Dec \"3\""#)))
    #expect(result.events[1].start == result.events[0].start)
    #expect(result.events[1].end == result.events[0].end)
    #expect(result.events[1].date == result.events[0].date)
    #expect(result.events[2].start == nil)
    #expect(
      result.diagnostics.map(\.message).contains(
        #"cannot read the start time 'Dec "3"'; kept without day and time"#))
    #expect(
      result.diagnostics.map(\.message).contains(
        "an event has no time yet (no starttime); kept without day and time"))
  }

  /// Repeated values are made once and read back as written, at every length around the
  /// table's bounds (15, 16, 96 and 97 bytes), for values alike but for one byte at either end
  /// and for more distinct values than the table takes.
  @Test func makesRepeatedValuesOnceAndReadsEveryValueBack() {
    var values: [String] = []
    for length in [1, 15, 16, 17, 24, 95, 96, 97] {
      let middle = String(repeating: "m", count: Swift.max(0, length - 2))
      values.append(String(("a" + middle + "z").prefix(length)))
      values.append(String(("b" + middle + "z").prefix(length)))
      values.append(String(("a" + middle + "y").prefix(length)))
    }
    values += (0..<5000).map { "Institution number \($0) of many" }
    let text = values.map { "\"\($0)\"" }.joined(separator: ",")
    text.withUTF8Bytes { bytes in
      let strings = VirtualSiteStrings()
      for _ in 0..<2 {
        var parser = JSONParser(bytes)
        var read: [String] = []
        while parser.index < bytes.count {
          if let value = try? VirtualSiteRecord.readLine(&parser, strings: strings) {
            read.append(value)
          }
          _ = parser.consume(UInt8(ascii: ","))
        }
        #expect(read == values)
      }
    }
  }

  /// References decoded a run at a time: at the start and the end, side by side, a lone `&`,
  /// an unknown name and one cut short stay as written.
  @Test func decodesReferencesBetweenRuns() {
    let long = String(repeating: "word ", count: 40)
    #expect(
      HTMLEntities.decode("&amp;" + long + "&lt;&gt; & &foo; &#39;x&#39; &amp")
        == "&" + long + "<> & &foo; 'x' &amp")
    #expect(HTMLEntities.decode("&") == "&")
    #expect(HTMLEntities.decode("a&eacute;") == "a\u{E9}")
  }

  /// Keys checked against the one expected after the last: events in the same order, in
  /// another order, with a key that begins as the expected one (`names`), one written with an
  /// escape (`n\u0061me`), and a repeated expected key, still refused.
  @Test func readsKeysInAnyOrder() {
    let result = readSiteJSON(
      siteProgram(
        siteEvent(id: 1, name: "One"), siteEvent(id: 2, name: "Two"),
        #"{"name": "Three", "id": 3, "eventtype": "Oral", "starttime": "2025-12-03T11:00:00-08:00"}"#,
        #"{"id": 4, "names": "x", "n\u0061me": "Four", "eventtype": "Poster"}"#))
    #expect(result.events.map(\.title) == ["One", "Two", "Three", "Four"])
    #expect(result.events.map(\.kind.rawValue) == ["Poster", "Poster", "Oral", "Poster"])
    let repeated = readSiteJSON(
      siteProgram(
        siteEvent(id: 1), #"{"id": 2, "name": "A", "name": "B", "eventtype": "Poster"}"#))
    #expect(repeated.events.isEmpty)
    #expect(repeated.diagnostics.map(\.message).contains { $0.contains("duplicate key 'name'") })
  }

  /// A string with a bad byte (the reader is given bytes that are not UTF-8, as a caller that
  /// skipped `DumpFile.decode` would) reads as U+FFFD, not a crash; through `DumpFile.decode`
  /// the file is read with a warning at the bad byte.
  @Test func readsInvalidUTF8AsReplacementCharacters() throws {
    let text = siteProgram(
      siteEvent(id: 1, name: "Caf\u{E9} Paper", extra: #""room_name": "Hall X""#))
    var bytes = Array(text.utf8)
    let x = try #require(bytes.lastIndex(of: UInt8(ascii: "X")))
    bytes[x] = 0xFF
    let direct = bytes.withUnsafeBufferPointer { buffer in
      var parser = VirtualSiteJSONParser(
        bytes: buffer, file: "neurips-2025-orals-posters.json", options: ReadOptions())
      return parser.run()
    }
    #expect(direct.events.map(\.room) == ["Hall \u{FFFD}"])
    let (source, warnings) = try DumpFile.decode(bytes, name: "neurips-2025-orals-posters.json")
    #expect(warnings.map(\.description).contains { $0.contains("invalid UTF-8") })
    #expect(DumpReader.read(source).events.map(\.room) == ["Hall \u{FFFD}"])
  }

  /// A program cut at any byte (inside a long abstract, an escape, a key, a number) is refused
  /// with an error, never read in part or crashed on.
  @Test func refusesAProgramCutAtAnyByte() {
    let text = siteProgram(
      siteEvent(
        id: 1,
        extra:
          #""abstract": "A long abstract of \"many\" words &amp; more words, long enough for blocks \u00e9.", "authors": [{"id": 12, "fullname": "Ada"}]"#
      ))
    let bytes = Array(text.utf8)
    let end = bytes.lastIndex(of: UInt8(ascii: "}")) ?? bytes.count
    for cut in 1..<end {
      let result = readSiteJSON(String(decoding: bytes[..<cut], as: UTF8.self))
      #expect(result.events.isEmpty, "cut at \(cut)")
      #expect(result.diagnostics.contains { $0.severity == .error }, "cut at \(cut)")
    }
  }

  /// The stop of a string's plain run, sixteen bytes at a time: each stopping byte at each
  /// offset, and a byte above U+0020 that a borrow could mistake for one not taken.
  @Test func findsThePlainRunEndAtEveryOffset() {
    for stop in [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x1F, 0x00, 0x0A] {
      for offset in 0..<40 {
        var bytes = [UInt8](repeating: UInt8(ascii: "!"), count: 48)
        bytes[offset] = stop
        bytes.withUnsafeBufferPointer { buffer in
          let parser = JSONParser(buffer)
          #expect(parser.plainRunEnd(from: 0) == offset)
          #expect(parser.plainRunEnd(from: offset + 1) == 48)
        }
      }
    }
  }

  /// Numbers skipped without a string are checked as `readNumber` checks them: a leading zero,
  /// a bare minus and an exponent out of range are refused where they stand.
  @Test(arguments: [
    (
      #"{"count": 1, "results": [{"id": 1, "authors": [{"id": 01, "fullname": "A"}], "eventtype": "Poster"}]}"#,
      "1:56: error: not valid JSON: invalid number"
    ),
    (
      #"{"count": 1, "results": [{"id": 1, "authors": [{"id": -, "fullname": "A"}], "eventtype": "Poster"}]}"#,
      "1:56: error: not valid JSON: invalid number"
    ),
    (
      #"{"count": 1, "results": [{"id": 1, "authors": [{"id": 1e999, "fullname": "A"}], "eventtype": "Poster"}]}"#,
      "1:55: error: not valid JSON: number out of range"
    ),
  ])
  func checksTheNumbersItSkips(text: String, message: String) {
    let result = readSiteJSON(text)
    #expect(result.events.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["neurips-2025-orals-posters.json:" + message])
  }

  /// Locations in a one-line program (no line break to count) and in one of many lines: each
  /// event at its name's value, the column counting a multi-byte character as one.
  @Test func locatesEventsInOneLineAndInManyLines() {
    let events = (1...3).map { siteEvent(id: $0, name: "\u{E9}t\u{E9}") }
    let oneLine = "[" + events.joined(separator: ", ") + "]"
    let lines = "[\n" + events.joined(separator: ",\n") + "\n]"
    let first = #"[{"id": 1, "name": "#.count + 1
    let second = first + events[0].count + 2
    for (text, expected) in [
      (oneLine, ["1:\(first)", "1:\(second)"]), (lines, ["2:\(first - 1)", "3:\(first - 1)"]),
    ] {
      let places = readSiteJSON(text).events.prefix(2).map {
        "\($0.source.line):\($0.source.column)"
      }
      #expect(places == expected)
    }
  }
}
