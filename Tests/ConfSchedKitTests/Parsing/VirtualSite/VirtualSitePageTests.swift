import Foundation
import Testing

@testable import ConfSchedKit

/// Reads a fixture or inline page with the virtual site's page reader, through detection.
func readSitePage(
  _ text: String, name: String = "page.html", options: ReadOptions = ReadOptions()
) -> ReadResult {
  DumpReader.read(DumpSource(name: name, text: text), options: options)
}

func fixtureText(_ name: String) throws -> String {
  try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
}

/// The real 2025 workshop listing (event-card) and a 2023 listing in the displaycards shape.
@Suite("Virtual site pages")
struct VirtualSitePageTests {
  static let fragment = "neurips2025-workshops-page-fragment.html"
  static let displaycards = "neurips2023-posters-displaycards-page.html"

  @Test func readsThe55WorkshopsOf2025On6And7December() throws {
    let result = readSitePage(try fixtureText(Self.fragment), name: Self.fragment)
    #expect(result.family == .virtualSite)
    #expect(result.events.count == 55)
    let days = Dictionary(grouping: result.events) { $0.date?.description ?? "-" }.mapValues(
      \.count)
    #expect(days == ["2025-12-06": 29, "2025-12-07": 26])
    #expect(result.events.allSatisfy { $0.timeRange == "08:00-17:00" && $0.kind == .workshop })
    #expect(result.events.allSatisfy { $0.conference?.id == "neurips-2025" && $0.room != nil })
    #expect(Set(result.events.flatMap(\.sourceIDs)).count == 55)
    #expect(result.events.filter { $0.abstract != nil }.count == 39)
    #expect(result.conferences.map(\.id) == ["neurips-2025"])
    // The page prints no zone: one warning, at the first time.
    #expect(
      result.diagnostics.map(\.description) == [
        "neurips2025-workshops-page-fragment.html:77:49: warning: the page prints no time zone: its times are read on NeurIPS 2025 (San Diego)'s clock (America/Los_Angeles), as the browser that saved it showed them; if that browser was elsewhere, pass --page-zone Area/City"
      ])
  }

  @Test func readsACardsFields() throws {
    let result = readSitePage(try fixtureText(Self.fragment), name: Self.fragment)
    let event = try #require(result.events.first)
    #expect(event.title == "Imageomics: Discovering Biological Knowledge from Images Using AI")
    #expect(event.authors.count == 9)
    #expect(event.authors.first?.name == "Jianyang Gu")
    #expect(event.authors.last?.name == "Ben Weinstein")
    #expect(event.room == "Upper Level Room 32AB")
    #expect(event.sourceIDs == ["109558"])
    #expect(
      event.links == [
        Link(label: "Event page", url: "https://neurips.cc/virtual/2025/workshop/109558")
      ])
    #expect(
      event.abstract?.hasPrefix(
        "Imageomics is an emerging interdisciplinary field at the crossroads") == true)
    #expect(event.abstract?.hasSuffix("a virtuous cycle between the two fields.") == true)
    #expect(event.abstract?.contains("Show more") == false)
    #expect(event.source.description == "neurips2025-workshops-page-fragment.html:58:22")
  }

  /// A browser in Paris showed the San Diego workshops at 17:00: `--page-zone` reads them so.
  @Test func readsThePageInPageZone() throws {
    let result = readSitePage(
      try fixtureText(Self.fragment), name: Self.fragment,
      options: ReadOptions(pageZone: ZoneRule.named("Europe/Paris")))
    #expect(result.events.first?.timeRange == "23:00-08:00")
    #expect(result.events.first?.date?.description == "2025-12-05")
    #expect(result.diagnostics.isEmpty)
  }

  /// The issue's case: a poster shown as `Thu 14 Dec 12:00 AM CET` in 2023 was on Wednesday
  /// 13 at 17:00 in New Orleans.
  @Test func convertsPrintedZonesToTheConferencesClock() throws {
    let result = readSitePage(try fixtureText(Self.displaycards), name: Self.displaycards)
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.events.map { "\($0.date?.description ?? "-") \($0.timeRange) \($0.timeZone ?? "-")" }
        == [
          "2023-12-13 17:00 America/Chicago", "2023-12-12 10:45 America/Chicago",
          "2023-12-13 16:00 America/Chicago",
        ])
    #expect(result.events.map(\.kind.rawValue) == ["Poster", "Spotlight Poster", "Oral"])
    #expect(
      result.events.map { $0.room ?? "-" } == [
        "Great Hall & Hall B1+B2 (level 1)", "Great Hall & Hall B1+B2 (level 1)",
        "Room R06-R09 (level 2)",
      ])
    #expect(result.events.map { $0.board ?? "-" } == ["1010", "220", "-"])
    #expect(
      result.events[0].authors.map(\.name) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"])
    #expect(result.events[0].abstract == "We study graph transformers and message passing.")
    #expect(result.events[2].title == "Learning to Plan in New Orleans' Streetcars")
    #expect(result.events[2].links.first?.url == "https://neurips.cc/virtual/2023/oral/73790")
  }

  @Test func matchesTheGoldenFiles() throws {
    let page = readSitePage(try fixtureText(Self.displaycards), name: Self.displaycards)
    try expectGolden(
      goldenText(Schedule([page]).events), "neurips2023-posters-displaycards-page.txt")
    let fragment = readSitePage(try fixtureText(Self.fragment), name: Self.fragment)
    try expectGolden(
      goldenText(Schedule([fragment]).events), "neurips2025-workshops-page-fragment.txt")
  }
}
