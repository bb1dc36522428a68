import Foundation
import Testing

@testable import ConfSchedKit

@Suite("Markdown card reader")
struct MarkdownCardReaderTests {
  func read(_ text: String) -> ReadResult {
    MarkdownCardReader.read(DumpSource(name: "inline.md", text: text))
  }

  @Test func readsACardWithItsLinkAndYear() throws {
    let result = read(
      """
      ## [Workshop on Security in Machine Learning](https://neurips.cc/Conferences/2018/Schedule?showEvent=10939)
      **Workshop | Fri Dec 7th 08:00 AM -- 06:30 PM @ None **
      *Nicolas Papernot · Jacob Steinhardt*
      There is growing recognition that ML exposes new vulnerabilities.
      Overview


      _________________
      """)
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(event.kind == .workshop)
    #expect(event.title == "Workshop on Security in Machine Learning")
    #expect(
      event.links == [
        Link(
          label: "Event page", url: "https://neurips.cc/Conferences/2018/Schedule?showEvent=10939")
      ])
    #expect(event.authors.map(\.name) == ["Nicolas Papernot", "Jacob Steinhardt"])
    #expect(event.date?.description == "2018-12-07")
    #expect(event.timeRange == "08:00-18:30")
    #expect(event.room == nil)
    #expect(
      event.abstract
        == "There is growing recognition that ML exposes new vulnerabilities.\nOverview")
    #expect(event.source == SourceLocation(file: "inline.md", line: 1, column: 1))
    #expect(result.diagnostics.isEmpty)
  }

  @Test func readsTheOtherWrappersAndTheLeftoverNewlineMark() throws {
    let result = read(
      """
      _n## [Invited Talk: On Learning](https://neurips.cc/Conferences/2019/Schedule?showEvent=1)
      __Invited Talk (Posner Lecture) | Wed Dec 11th 08:30 -- 09:20 AM @ West Exhibition Hall C __
      _Ada Lovelace · Gaëtan Hadjeres_
      First line with a hard break\\
      second line with \\$x\\$ and \\emph{emphasis}.

      Another paragraph.
      _________________
      _n## [Coffee Break](https://neurips.cc/Conferences/2019/Schedule?showEvent=2)
      **Break | Wed Dec 11th 10:30  -- 11:00 AM @  **
      **
      """)
    #expect(result.events.count == 2)
    let talk = try #require(result.events.first)
    #expect(talk.kind.rawValue == "Invited Talk (Posner Lecture)")
    #expect(talk.room == "West Exhibition Hall C")
    #expect(talk.authors.map(\.name) == ["Ada Lovelace", "Gaëtan Hadjeres"])
    #expect(
      talk.abstract
        == "First line with a hard break\nsecond line with $x$ and emphasis.\n\nAnother paragraph.")
    #expect(talk.conference?.id == "neurips-2019")
    let pause = try #require(result.events.last)
    #expect(pause.kind == .breakTime)
    #expect(pause.timeRange == "10:30-11:00")
    #expect(pause.room == nil)
    #expect(pause.authors.isEmpty)
    #expect(pause.abstract == nil)
    #expect(pause.source.line == 9)
  }

  @Test func warnsAboutACardWithoutAHeader() {
    let result = read(
      """
      ## [Lost Card](https://neurips.cc/Conferences/2018/Schedule?showEvent=3)
      *Someone*
      _________________
      """)
    #expect(result.events.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.md:1:1: warning: a card without a header line ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room'); left out"
      ])
  }

  @Test func readsTheFridayWorkshopsDump() throws {
    let text = try String(
      contentsOfFile: fixtures + "/neurips2018-fri-workshops-ivallesp.md", encoding: .utf8)
    let source = DumpSource(name: "neurips2018-fri-workshops-ivallesp.md", text: text)
    #expect(DumpReader.detect(source) == .card)
    let result = DumpReader.read(source)
    #expect(result.family == .card)
    #expect(result.diagnostics.isEmpty)
    var counts: [String: Int] = [:]
    for event in result.events { counts[event.kind.rawValue, default: 0] += 1 }
    #expect(counts == ["Workshop": 20, "Break": 2])
    #expect(
      result.events.allSatisfy { $0.date?.description == "2018-12-07" && $0.links.count == 1 })
    #expect(
      result.events.filter { $0.kind == .workshop }.allSatisfy { $0.timeRange == "08:00-18:30" })
    try expectGolden(
      goldenText(Schedule([result]).events), "neurips2018-fri-workshops-ivallesp.md.txt")
  }
}
