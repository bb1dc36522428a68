import ConfSchedData
import Foundation
import Testing

@testable import ConfSchedKit

/// Every real dump is read as its family without being told.
@Suite("Family detection")
struct FamilyDetectionTests {
  @Test(arguments: [
    ("000_db99492d52d67cef.txt", DumpFamily.notes),
    ("neurips2019-week-amitkus.md", .notes),
    ("neurips2018-fri-workshops-ivallesp.md", .card),
    ("neurips2019-posters-schedule-page.html", .page),
    ("neurips2025-workshops-page-fragment.html", .virtualSite),
    ("neurips2023-posters-displaycards-page.html", .virtualSite),
    ("neurips-2025-orals-posters.json", .virtualSite),
    ("002_567fcdf441c92c99.txt", .readingList),
    ("003_a34c490eeb1aa4b9.txt", .readingList),
  ])
  func detectsTheFixtures(_ name: String, _ family: DumpFamily) throws {
    let text = try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
    let source = DumpSource(name: name, text: text)
    #expect(DumpReader.detect(source) == family)
    let result = DumpReader.read(source)
    #expect(result.family == family)
    #expect(result.file == name)
    #expect(!result.events.isEmpty || !result.mentions.isEmpty)
  }

  @Test func detectsEveryBundledDump() throws {
    let expected: [String: DumpFamily] = [
      "neurips-2018-12-04.txt": .card, "neurips-2019-12-10-tuesday-notes.md": .notes,
      "neurips-2019-posters-schedule-page.html": .page,
      "neurips-2019-blog-reading-list.md": .readingList,
      "neurips-2019-notes-post.txt": .readingList,
    ]
    for dump in BundledDump.all {
      let family = DumpReader.detect(DumpSource(name: dump.name, text: dump.text))
      #expect(family == expected[dump.name], "\(dump.name)")
    }
  }

  @Test(arguments: [
    "Just a sentence about machine learning, and nothing else.\n",
    "# A heading\n\nSome prose.\n",
  ])
  func readsOtherProseAsAReadingList(_ text: String) {
    // Prose may mention papers: it is read as a reading list (which may mention none).
    #expect(DumpReader.detect(DumpSource(name: "other.txt", text: text)) == .readingList)
  }

  @Test(arguments: ["<html><body>A page without cards</body></html>\n", "", "\u{1}\u{2}"])
  func findsNoFamilyInOtherInput(_ text: String) {
    #expect(DumpReader.detect(DumpSource(name: "other.txt", text: text)) == nil)
  }

  @Test(arguments: [
    (
      "<?xml version=\"1.0\"?>\n<!-- c -->\n<svg xmlns=\"x\"><g/></svg>\n",
      "XML whose root is <svg>"
    ),
    ("<?xml version='1.0'?><!DOCTYPE x><conference><title>A</title></conference>", "schedule XML"),
    ("  {\"program\": {\"talks\": []}}", "JSON that is not a schedule"),
    ("[{\"id\": 1}, {\"id\": 2}]", "JSON that is not a schedule"),
    ("<!DOCTYPE html>\n<html><body><p>A page without cards</p></body></html>\n", "an HTML page"),
    ("<div class=\"a\">\n<span>x</span>\n</div>\n", "an HTML page"),
    ("{\\rtf1\\ansi Hello}", "an RTF document"),
  ])
  func namesWhatAStructuredFileSeemsToBe(_ text: String, _ refusal: String) {
    let source = DumpSource(name: "x", text: text)
    #expect(DumpReader.detect(source) == nil)
    #expect(DumpReader.refusal(source).hasPrefix(refusal))
  }

  @Test(arguments: [
    // A README's logo, then markdown: prose that may mention papers.
    "<p align=\"center\"><img src=\"logo.png\"></p>\n\n# Papers\n\n* Neural Ordinary Differential Equations\n* Glow: Generative Flow with Invertible 1x1 Convolutions\n* Deep Equilibrium Models\n",
    // A link first is markdown, not a JSON array.
    "[My favourite papers](https://example.org)\n\n* Deep Equilibrium Models\n",
  ])
  func readsMarkdownThatOpensWithATagOrALinkAsProse(_ text: String) {
    #expect(DumpReader.detect(DumpSource(name: "list.md", text: text)) == .readingList)
  }

  /// A calendar with no events is read as one, and refused for having none.
  @Test func refusesACalendarWithNoEvents() {
    let source = DumpSource(
      name: "empty.ics", text: "\u{FEFF}BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    #expect(DumpReader.detect(source) == .iCalendar)
    #expect(DumpReader.read(source).isEmpty)
    #expect(
      DumpReader.refusal(source)
        == "an iCalendar file with no event (VEVENT) in it that has a start")
  }

  @Test func mergesTheSameEventFromTwoDumpsAndSaysSo() throws {
    let first = try bundled("neurips-2018-12-04.txt")
    let copy = DumpSource(name: "my-copy.txt", text: first.text)
    let schedule = Schedule([DumpReader.read(first), DumpReader.read(copy)])
    #expect(schedule.events.count == 409)
    #expect(schedule.sources.map(\.eventCount) == [409, 0])
    #expect(schedule.sources.map(\.mergedCount) == [0, 409])
    #expect(schedule.sources.last?.days.map(\.description) == ["2018-12-04"])
    let merge = try #require(schedule.diagnostics.last)
    #expect(
      merge.description
        == "my-copy.txt:1:1: warning: 409 events are also in neurips-2018-12-04.txt; merged, not doubled"
    )
  }

  /// `--family`'s help lists the families written out: they must be the reader table's.
  @Test func familyNamesAreTheReaderTables() {
    #expect(DumpReader.familyNames == DumpReader.families.map(\.rawValue).joined(separator: ", "))
  }
}
