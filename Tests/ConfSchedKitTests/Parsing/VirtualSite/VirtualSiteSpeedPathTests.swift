import Testing

@testable import ConfSchedKit

/// The quirks the virtual-site reader's fast paths must still handle: keys found by hash,
/// strings checked eight bytes at a time, ids read without a `JSONValue`, boards and links
/// cleaned on their bytes, and wall-clock moments remembered per zone.
@Suite("Virtual site JSON speed paths")
struct VirtualSiteSpeedPathTests {
  /// Every key of the tables is found, and keys of the same length and ends that are not in a
  /// table are not.
  @Test func findsEveryKeyAndNoOther() {
    let table = VirtualSiteRecord.Field.table
    for field in VirtualSiteRecord.Field.allCases {
      #expect(table.index(of: field.key) == field.rawValue)
    }
    for other in ["nme", "nxme", "ids", "i", "", "urk", "starttimes", "eventtypE", "keyword"] {
      #expect(table.index(of: other) == nil)
    }
    let small = JSONKeyTable(["a", "ab", "b", ""])
    #expect(small.index(of: "") == 3)
    #expect(small.index(of: "ab") == 1)
    #expect(small.index(of: "ba") == nil)
  }

  /// `keywords` and an author's `id` are known keys only to be skipped: still checked, and a
  /// second one in an object is still refused.
  @Test(arguments: [
    (
      #"{"count": 1, "results": [{"id": 1, "keywords": [], "keywords": ["x"], "eventtype": "Poster"}]}"#,
      "1:52: error: not valid JSON: duplicate key 'keywords'"
    ),
    (
      #"{"count": 1, "results": [{"id": 1, "authors": [{"id": 1, "id": 2}], "eventtype": "Poster"}]}"#,
      "1:58: error: not valid JSON: duplicate key 'id'"
    ),
    (
      #"{"count": 1, "results": [{"id": 1, "keywords": [tru], "eventtype": "Poster"}]}"#,
      "1:49: error: not valid JSON: expected a value"
    ),
  ])
  func checksTheKeysItSkips(text: String, message: String) {
    let result = readSiteJSON(text)
    #expect(result.events.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["neurips-2025-orals-posters.json:" + message])
  }

  /// `related_events_ids` read as ids: numbers and strings, the rest (null, fractions, arrays)
  /// left out; a value that is not an array links nothing.
  @Test func readsRelatedIDsOfEveryKind() {
    let result = readSiteJSON(
      siteProgram(
        siteEvent(id: 1, extra: #""related_events_ids": [2, "3", null, 1.5, [4], {"a": 4}]"#),
        siteEvent(id: 2), siteEvent(id: 3), siteEvent(id: 4),
        siteEvent(id: 5, extra: #""related_events_ids": 4"#)))
    #expect(result.slotGroups == [[0, 1, 2]])
  }

  /// Boards lose their `#` however many, and the spaces after them; links read against the
  /// site's address once each, only http(s).
  @Test func cleansBoardsAndLinksOnTheirBytes() {
    let result = readSiteJSON(
      siteProgram(
        siteEvent(id: 1, extra: ###""poster_position": "## 12 ""###),
        siteEvent(
          id: 2,
          extra:
            ##""poster_position": "#", "paper_url": "https://neurips.cc/virtual/2025/poster/2", "sourceurl": "ftp://x.org/a", "url": " https://a.org/?x=1&amp;y=2 ""##
        ),
        siteEvent(id: 3, extra: #""poster_position": "B&#35;4""#)))
    #expect(result.events.map(\.board) == ["12", nil, "B#4"])
    #expect(
      result.events[1].links.map(\.url) == [
        "https://neurips.cc/virtual/2025/poster/2", "https://a.org/?x=1&y=2",
      ])
  }

  /// Two spaces side by side, a tab, a line feed and a carriage return are found wherever they
  /// fall against the sixteen-byte blocks (and the block one byte on), and a `!` after a space
  /// is not taken for one.
  @Test func collapsesSpacesAtEveryAlignment() {
    for offset in 0..<40 {
      let prefix = String(repeating: "a", count: offset)
      let text = prefix + "  b! c d e f g h i j"
      #expect(
        Markup.collapsingSpaces(text) == (offset == 0 ? "" : prefix + " ") + "b! c d e f g h i j")
      let tab = prefix + "\tb! c d e f g h i j"
      #expect(
        Markup.collapsingSpaces(tab) == (offset == 0 ? "" : prefix + " ") + "b! c d e f g h i j")
      for mark in ["\n", "\r", "\u{1}"] {
        let text = prefix + mark + "b! c d e f g h i j k l m n o p q"
        let expected =
          mark == "\u{1}"
          ? text : (offset == 0 ? "" : prefix + " ") + "b! c d e f g h i j k l m n o p q"
        #expect(Markup.collapsingSpaces(text) == expected)
      }
    }
    let clean = "a! b! c! d! e! f! g! h! i! j! k! l!"
    #expect(Markup.collapsingSpaces(clean) == clean)
  }

  /// Columns count scalars over stretches longer than one batch of the word count (255 words),
  /// with characters of two, three and four bytes.
  @Test func countsScalarsOverLongStretches() {
    let text = String(repeating: "aé€😀 b", count: 700)
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      for (start, end) in [(0, bytes.count), (3, bytes.count - 5), (1, 9), (0, 2041 * 8 + 3)]
      where end <= bytes.count {
        let expected = buffer[start..<end].filter { $0 & 0xC0 != 0x80 }.count
        #expect(DiagnosticCollector.scalarCount(buffer, start..<end) == expected)
      }
    }
  }
}
