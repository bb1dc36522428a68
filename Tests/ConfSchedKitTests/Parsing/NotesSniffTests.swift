import Testing

@testable import ConfSchedKit

@Suite("Notes family sniff")
struct NotesSniffTests {
  @Test func recognisesBothNotesDumps() throws {
    #expect(NotesReader.sniff(try fixture("000_db99492d52d67cef.txt")))
    #expect(NotesReader.sniff(try fixture("neurips2019-week-amitkus.md")))
  }

  @Test func doesNotTakeTheCardDumpForNotes() throws {
    #expect(!NotesReader.sniff(try bundled("neurips-2018-12-04.txt")))
  }

  @Test(arguments: [
    ("# Dec 10, Tuesday\n\n## [Orals](https://nips.cc/x)\n", true),
    ("## [Orals](https://nips.cc/x)\n\n10:05 am : West Ballroom C\\\n[T](u)\n", true),
    ("# Dec 8, Sunday\n\n9 am : West 118 - 120\\\n", true),
    ("# Dec 8, Sunday\n\nJust a diary.\n", false),
    ("## [Orals](https://nips.cc/x)\n", false),
    (
      "## [Workshop on Security in Machine Learning](https://neurips.cc/x)\n\n"
        + "**Workshop | Fri Dec 7th 08:00 AM -- 06:30 PM @ Room 220 E**\n", false
    ),
    ("# Exciting avenues\n\nA reading list.\n", false),
    ("", false),
  ])
  func sniffs(_ text: String, _ expected: Bool) {
    #expect(NotesReader.sniff(DumpSource(name: "inline.md", text: text)) == expected)
  }
}
