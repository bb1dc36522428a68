import Testing

@testable import ConfSchedKit

/// What the XML reader's fast paths must still do as the slow ones did: line breaks counted a
/// word at a time, names compared as bytes, text sliced from the file, kinds and zone
/// conversions made once per distinct value, prose split with `memchr`.
@Suite("frab XML fast paths")
struct FrabXMLFastPathTests {
  /// Line breaks are counted eight bytes at a time: exactly, whatever stands next to a `\n`
  /// (`\r`, `\u{0B}`, `0x8A`, `0xFF`), from every alignment and to every length.
  @Test func countsLineBreaksExactlyAtEveryAlignment() {
    let pieces: [[UInt8]] = [
      [0x0A], [0x0D, 0x0A], [0x0B], [0x8A], [0xFF], [0x09], [0x61], [0x0A, 0x0A], [0x0B, 0x0B],
    ]
    var bytes: [UInt8] = []
    var state: UInt32 = 7
    for _ in 0..<300 {
      state = state &* 1_103_515_245 &+ 12_345
      bytes.append(contentsOf: pieces[Int(state >> 16) % pieces.count])
    }
    let mismatches = bytes.withUnsafeBufferPointer { buffer -> [String] in
      var mismatches: [String] = []
      for lower in 0..<40 {
        for upper in stride(from: lower, through: buffer.count, by: 5) {
          let found = DiagnosticCollector.lineBreaks(buffer, lower..<upper)
          let slice = buffer[lower..<upper]
          let count = slice.filter { $0 == 0x0A }.count
          let lineStart = slice.lastIndex(of: 0x0A).map { $0 + 1 }
          if found.count != count || found.lastLineStart != lineStart {
            mismatches.append("\(lower)..<\(upper)")
          }
        }
      }
      return mismatches
    }
    #expect(mismatches.isEmpty)
  }

  /// Each event's place, in a file of CRLF lines of every length (and characters of two
  /// bytes), is its `<event>`'s line and column.
  @Test func placesEventsOnTheirLinesInACRLFFile() throws {
    var lines = [
      "<?xml version=\"1.0\"?>",
      "<schedule><conference><title>C</title><time_zone_name>UTC</time_zone_name></conference>",
      "<day date=\"2024-01-02\"><room name=\"R\">",
    ]
    var expected: [Int] = []
    for number in 1...40 {
      lines.append("<!-- " + String(repeating: "é", count: number * 3) + " -->")
      expected.append(lines.count + 1)
      lines.append(
        "  <event guid=\"g\(number)\" id=\"\(number)\"><date>2024-01-02T10:\(10 + number):00Z</date>"
          + "<title>T\(number)</title></event>")
    }
    lines.append("</room></day></schedule>")
    let result = readFrab(lines.joined(separator: "\r\n"))
    #expect(result.events.map(\.source.line) == expected)
    #expect(result.events.allSatisfy { $0.source.column == 3 })
    #expect(result.diagnostics.isEmpty)
  }

  /// References in a title and an attribute, CDATA in an abstract, and end tags in another
  /// case than their start tags; a description after an abstract is not read.
  @Test func readsReferencesCDATAAndEndTagsInAnyCase() throws {
    let event =
      "<event id=\"7\" guid=\"a&amp;b\"><date>2024-12-27T10:30:00+01:00</date>"
      + "<Title>Q&amp;A &#8211; &#x2014; live</TITLE>"
      + "<abstract><![CDATA[First & <3 only\n    line two]]>\n    line three &amp; more</Abstract>"
      + "<description>Not this.</description></event>"
    let result = readFrab(frabXML(frabDay([event])))
    let read = try #require(result.events.first)
    #expect(read.title == "Q&A – — live")
    #expect(read.abstract == "First & <3 only\nline two\nline three & more")
    #expect(read.sourceIDs == ["a&b", "7"])
    #expect(result.diagnostics.isEmpty)
  }

  /// Prose split at `\r` alone, `\r\n` and `\n`: the indentation of the lines after the first
  /// goes, spaces and tabs at their ends go, runs of blank lines become one.
  @Test func splitsProseAtEveryKindOfLineBreak() {
    let events = [
      frabEvent(
        id: 1,
        more: "<abstract/><description>One.\r    Two.\r\r    Three.\r\n    Four.</description>"),
      frabEvent(
        id: 2, more: "<abstract>One.  \n    Two.\t\n\n\n    Three.\n  </abstract>"),
      frabEvent(id: 3, more: "<abstract>  Alone.  </abstract>"),
    ]
    let result = readFrab(frabXML(frabDay(events)))
    #expect(
      result.events.map(\.abstract) == [
        "One.\nTwo.\n\nThree.\nFour.", "One.\nTwo.\n\nThree.", "Alone.",
      ])
  }

  /// Kinds are made once per distinct `<type>` text: each event still keeps its own as
  /// written (trimmed), in its own case.
  @Test func keepsEachEventsKindAsWritten() {
    func typed(_ id: Int, _ type: String) -> String {
      "<event id=\"\(id)\" guid=\"g\(id)\"><date>2024-12-27T1\(id):00:00+01:00</date>"
        + "<title>T</title><type>\(type)</type></event>"
    }
    let events = [typed(1, "Talk"), typed(2, "talk"), typed(3, " Workshop\n"), typed(4, "Talk")]
    let result = readFrab(frabXML(frabDay(events)))
    #expect(result.events.map(\.kind.rawValue) == ["Talk", "talk", "Workshop", "Talk"])
    #expect(result.events.map(\.kind.key) == ["talk", "talk", "workshop", "talk"])
  }

  /// Zone conversions are remembered per wall-clock time: two events at 02:30 on the night the
  /// clocks go back, one in each of its two hours, are told apart whichever comes first.
  @Test func tellsTheTwoHalfPastTwosOfTheNightTheClocksGoBack() {
    for offsets in [["+02:00", "+01:00"], ["+01:00", "+02:00"]] {
      let events = offsets.enumerated().map { index, offset in
        frabEvent(id: index + 1, date: "2024-10-27T02:30:00\(offset)", start: nil)
      }
      let day = frabDay(
        events, date: "2024-10-26", start: "2024-10-26T10:00:00+02:00",
        end: "2024-10-27T06:00:00+01:00")
      let result = readFrab(frabXML(day))
      #expect(result.events.count == 2)
      #expect(result.events.first?.start != nil)
      #expect(result.events.first?.start == result.events.last?.start)
      let twice = result.messages.filter { $0.contains("the clocks go back") }
      #expect(twice.count == 1, "\(offsets): \(result.messages)")
    }
  }
}
