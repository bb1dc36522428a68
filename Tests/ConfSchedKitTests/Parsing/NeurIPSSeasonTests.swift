import ConfSchedData
import Testing

@testable import ConfSchedKit

/// Dumps in the NeurIPS site's formats from other conferences (the site software's card header
/// was ICML's and ICLR's too): NeurIPS only when a day falls in NeurIPS's season, else named
/// after the file and placed in `--zone` or in no zone, never in a NeurIPS city's.
@Suite("NeurIPS's season")
struct NeurIPSSeasonTests {
  /// ICML 2019 (Long Beach) as the site printed it: a Tuesday and a Wednesday in June.
  static let icmlCards = [
    card(title: "Deep Learning Paper", header: "Oral | Tue Jun 11th 09:00 -- 09:20 AM @ Hall A"),
    card(
      title: "Another Paper",
      header: "Poster | Wed Jun 12th 06:30 -- 09:00 PM @ Pacific Ballroom #12"),
  ].joined(separator: "\n\n")

  static let warning =
    "its days (2019-06-11 to 2019-06-12) are not NeurIPS's (late November to December): read as"
    + " 'icml-2019' with no time zone; pass --zone Area/City to place its times"

  @Test func cardsOfAnotherSeasonAreNotNeurIPS() throws {
    let result = readCards(Self.icmlCards, name: "ICML 2019.txt")
    #expect(result.events.map(\.date?.description) == ["2019-06-11", "2019-06-12"])
    #expect(result.events.map(\.conference?.id) == ["icml-2019", "icml-2019"])
    #expect(result.conferences.map(\.name) == ["ICML 2019"])
    #expect(result.conferences.first?.city == nil)
    #expect(result.events.map(\.timeZone) == [nil, nil])
    #expect(
      result.diagnostics.map(\.description) == ["ICML 2019.txt:3:1: warning: \(Self.warning)"])
  }

  @Test func cardsOfAnotherSeasonTakeTheZoneGiven() throws {
    let zone = try #require(ZoneRule.named("America/Los_Angeles"))
    let result = CardReader.read(
      DumpSource(name: "dumps/icml-2019.txt", text: Self.icmlCards),
      options: ReadOptions(zone: zone))
    #expect(result.events.map(\.conference?.id) == ["icml-2019", "icml-2019"])
    #expect(result.events.map(\.timeZone) == ["America/Los_Angeles", "America/Los_Angeles"])
    #expect(result.diagnostics.isEmpty)
  }

  /// One card in season is enough: a NeurIPS book with a misprinted card is still NeurIPS.
  @Test func oneDayInSeasonMakesNeurIPS() throws {
    let text = [
      card(title: "A", header: "Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1"),
      card(title: "B", header: "Poster | Mon Jun 4th 10:45 AM -- 12:45 PM @ Room 210 #2"),
    ].joined(separator: "\n\n")
    let result = readCards(text)
    #expect(result.events.map(\.conference?.id) == ["neurips-2018", "neurips-2018"])
    #expect(result.events.first?.timeZone == "America/Toronto")
  }

  @Test func markdownCardsOfAnotherSeasonAreNotNeurIPS() throws {
    let text = """
      ## Deep Learning Paper
      **Oral | Tue Jun 11th 09:00 -- 09:20 AM @ Hall A **
      *Alice Smith · Bob Jones*

      ## Another Paper
      **Poster | Wed Jun 12th 06:30 -- 09:00 PM @ Pacific Ballroom #12 **
      *Carol White*
      """
    let result = MarkdownCardReader.read(DumpSource(name: "icml-2019.md", text: text))
    #expect(result.events.map(\.title) == ["Deep Learning Paper", "Another Paper"])
    #expect(result.events.map(\.conference?.id) == ["icml-2019", "icml-2019"])
    #expect(result.events.map(\.timeZone) == [nil, nil])
    #expect(result.diagnostics.map(\.description) == ["icml-2019.md:2:1: warning: \(Self.warning)"])
  }

  @Test func notesOfAnotherSeasonAreNotNeurIPS() throws {
    let text = #"""
      # Jun 11, Tuesday

      ## Orals

      10:05 am : Hall A\
      Updates of Equilibrium Prop\
      Maxence Ernoult (Université Paris Sud)
      """#
    let result = readNotes(text, name: "icml-2019.md")
    let event = try #require(result.events.first)
    #expect(event.date?.description == "2019-06-11")
    #expect(event.conference?.id == "icml-2019")
    #expect(event.timeZone == nil)
    #expect(
      result.diagnostics.map(\.description).contains(
        "icml-2019.md:1:1: warning: its days (2019-06-11) are not NeurIPS's (late November to"
          + " December): read as 'icml-2019' with no time zone; pass --zone Area/City to place its"
          + " times"))
  }

  /// A schedule page saved from ICML's site (the same software): no NeurIPS edition, and no
  /// event link made up on nips.cc.
  @Test func aPageOfAnotherSeasonIsNotNeurIPS() throws {
    let card = pageCard(
      header: "Tue Jun 11th 06:30 -- 09:00 PM @ Pacific Ballroom #12",
      sessionLink: "/Conferences/2019/Schedule?showParentSession=4201")
    let result = readPage(page(card, title: "ICML 2019 Schedule"), name: "icml-2019.html")
    let event = try #require(result.events.first)
    #expect(event.date?.description == "2019-06-11")
    #expect(event.conference?.id == "icml-2019")
    #expect(event.timeZone == nil)
    #expect(event.links.isEmpty)
    #expect(result.diagnostics.map(\.description).contains { $0.contains("are not NeurIPS's") })
    // The same card in December is NeurIPS's, with its event page.
    let neurIPS = readPage(page(pageCard()))
    #expect(neurIPS.events.first?.conference?.id == "neurips-2019")
    #expect(neurIPS.events.first?.links.map(\.url).first?.hasPrefix("https://nips.cc/") == true)
  }

  @Test(arguments: [
    ("2022-11-28", true), ("2025-11-30", true), ("2019-12-08", true), ("2018-12-31", true),
    ("2019-11-15", true), ("2019-11-14", false), ("2019-06-11", false), ("2020-01-02", false),
  ])
  func theSeasonRunsFromMidNovemberToTheYearsEnd(day: String, inSeason: Bool) throws {
    let parts = day.split(separator: "-").compactMap { Int($0) }
    let date = try #require(CalendarDate(year: parts[0], month: parts[1], day: parts[2]))
    #expect(NeurIPSSeason.contains(date) == inSeason)
  }

  /// No known day admits NeurIPS; known days admit it only with one in the season.
  @Test func daysAdmitNeurIPSOnlyWithOneInSeason() throws {
    let july = try #require(CalendarDate(year: 2024, month: 7, day: 26))
    let december = try #require(CalendarDate(year: 2024, month: 12, day: 10))
    #expect(NeurIPSSeason.admits([CalendarDate]()))
    #expect(!NeurIPSSeason.admits([july, july]))
    #expect(NeurIPSSeason.admits([july, december]))
  }

  /// The bundled dumps, all NeurIPS, stay NeurIPS: each conference its readers give is an
  /// edition of the table.
  @Test func everyBundledDumpStaysNeurIPS() throws {
    let editions = Set(Conference.neurIPSEditions.map(\.id))
    for dump in BundledDump.all {
      let result = DumpReader.read(DumpSource(name: dump.name, text: dump.text))
      #expect(!result.conferences.isEmpty, "\(dump.name)")
      #expect(result.conferences.allSatisfy { editions.contains($0.id) }, "\(dump.name)")
      #expect(result.events.allSatisfy { $0.timeZone != nil } || result.events.isEmpty)
    }
  }
}
