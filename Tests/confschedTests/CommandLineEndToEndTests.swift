import Foundation
import Testing

/// Command lines as people write them: options before a subcommand, filters without words,
/// days that stay the day asked about, typos with a suggestion.
@Suite("Command lines end to end")
struct CommandLineEndToEndTests {
  @Test func optionsMayComeBeforeTheItinerarysSubcommand() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    let add = try confsched(["itinerary", "--itinerary", file, "add", "nhrdf4"])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.hasPrefix("added nhrdf4  Oral"))
    let list = try confsched(["itinerary", "--itinerary=\(file)", "list"])
    #expect(list.stdout.contains("nhrdf4  10:05-10:20"))
    // Without a subcommand after the options, the default (list) runs.
    let bare = try confsched(["itinerary", "--itinerary", file])
    #expect(bare.stdout == list.stdout)
  }

  @Test func searchWithFiltersAndNoWordsListsWhatTheyKeep() throws {
    let run = try confsched(["search", "--kind", "oral", "--day", "tue", "--limit", "0"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("nhrdf4  On Neuronal Capacity\n"))
    let bare = try confsched(["search"])
    #expect(bare.status == 64)
    #expect(
      bare.stderr.hasPrefix(
        "Error: Give words to search for, or a filter (--kind, --day, --room, --session, --author).\n"
      ))
  }

  @Test func postersStayOnTheDayAskedAbout() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "rcpyps", "azk8z7", "--itinerary", file])
    let late = try confsched(
      ["posters", "--day", "2018-12-04", "--at", "19:30", "--itinerary", file])
    #expect(late.status == 1)
    #expect(late.stdout == "")
    #expect(
      late.stderr
        == "confsched: none of your 2 posters is in a session open at or after 2018-12-04 19:30; the next opens on Wednesday 11 December 2019 (--day 2019-12-11)\n"
    )
    let earlier = try confsched(
      ["posters", "--day", "2018-12-04", "--at", "16:00", "--itinerary", file])
    #expect(earlier.status == 0)
    #expect(earlier.stdout.hasPrefix("Posters 17:00-19:00 · Room 210 & 230 AB"))
  }
}
