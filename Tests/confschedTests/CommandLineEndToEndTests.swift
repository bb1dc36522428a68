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

  @Test func mistypedIdsAndRoomsGetASuggestion() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    let add = try confsched(["itinerary", "add", "54azkx", "--itinerary", file])
    #expect(add.status == 1)
    #expect(add.stderr == "confsched: no event has the id '54azkx'; did you mean '54azkd'?\n")
    _ = try confsched(["itinerary", "add", "nhrdf4", "--itinerary", file])
    let remove = try confsched(["itinerary", "remove", "nhrdf5", "--itinerary", file])
    #expect(remove.status == 1)
    #expect(
      remove.stderr == "confsched: 'nhrdf5' is not in the itinerary; did you mean 'nhrdf4'?\n")
    for room in ["220cd", "Room 220 DC"] {
      let run = try confsched(["list", "--room", room])
      #expect(run.status == 64)
      #expect(
        run.stderr.hasPrefix(
          "Error: No loaded event is in a room '\(room)'. Did you mean 'Room 220 CD'?\n"))
    }
    // Far from every room: simply nothing to show.
    let far = try confsched(["list", "--room", "ballroom z"])
    #expect(far.status == 1)
    #expect(far.stderr == "confsched: no events match the filters\n")
  }

  /// A name some pages print in capitals is not the name a person goes by.
  @Test func namesAPersonAsTheyWriteIt() throws {
    let run = try confsched(["authors", "holden"])
    #expect(run.stdout == "  4  Holden Lee (also HOLDEN LEE)\n")
    let person = try confsched(["author", "holden"])
    #expect(person.stdout.hasPrefix("Holden Lee · 4 events\nalso written HOLDEN LEE\n"))
  }

  /// CONFSCHED_NOW fixes the clock: now, today, the default day, +30m, timestamps.
  @Test func aFixedNowForScriptsAndTests() throws {
    let noon = ["CONFSCHED_NOW": "2018-12-04T15:22:00Z", "TZ": "America/Toronto"]
    let itinerary = ["--itinerary", "/nonexistent/confsched-tests/itinerary.json"]
    let now = try confsched(["now"] + itinerary, environment: noon)
    #expect(now.stdout.hasPrefix("Tuesday 4 December 2018, 10:22 America/Toronto"))
    let atTen22 = try confsched(["now", "--at", "2018-12-04 10:22"] + itinerary)
    #expect(now.stdout == atTen22.stdout)
    let later = try confsched(["now", "--at", "+30m"] + itinerary, environment: noon)
    #expect(later.stdout.hasPrefix("Tuesday 4 December 2018, 10:52 America/Toronto"))
    let today = try confsched(["list", "--day", "today", "--kind", "invited"], environment: noon)
    #expect(today.status == 0)
    #expect(today.stdout.hasPrefix("Tuesday 4 December 2018"))
    let tomorrow = try confsched(["list", "--day", "tomorrow"], environment: noon)
    #expect(tomorrow.status == 1)
    let ics = try confsched(["search", "Banach Wasserstein", "--format", "ics"], environment: noon)
    #expect(ics.stdout.contains("DTSTAMP:20181204T152200Z\r\n"))
    for bad in ["soon", "2018-13-01T00:00Z"] {
      let run = try confsched(["list"], environment: ["CONFSCHED_NOW": bad])
      #expect(run.status == 64)
      #expect(run.stderr.hasPrefix("Error: CONFSCHED_NOW='\(bad)' is not a moment;"))
    }
  }

  /// Every form confsched prints a day or a moment in, and the ones people say, are read back.
  @Test(arguments: [
    "3pm", "15:00", "tue 3pm", "Tuesday 4 December 2018, 15:00", "Tue Dec 4 2018 3:00 pm",
    "2018-12-04 15:00", "2018-12-04T15:00", "Dec 4 15:00",
  ])
  func readsMomentsAsPeopleSayThem(_ text: String) throws {
    let run = try confsched(
      ["now", "--at", text, "--year", "2018", "--itinerary", "/nonexistent/x.json"])
    #expect(run.status == 0, "\(text): \(run.stderr)")
    #expect(run.stdout.hasPrefix("Tuesday 4 December 2018, 15:00 America/Toronto"), "\(text)")
  }

  @Test func readsWindowsAsPeopleSayThem() throws {
    let spoken = try confsched([
      "list", "--day", "Tue Dec 4 2018", "--from", "3pm", "--to", "4:30pm",
    ])
    let numeric = try confsched(["list", "--day", "2018-12-04", "--from", "15:00", "--to", "16:30"])
    #expect(spoken.status == 0)
    #expect(spoken.stdout == numeric.stdout)
  }

  /// --local shows a listing's times (and days) on this machine's clock, and says which.
  @Test func listingsShowLocalTimes() throws {
    let paris = ["TZ": "Europe/Paris"]
    let list = try confsched(
      ["list", "--day", "tue", "--kind", "invited", "--local"], environment: paris)
    #expect(
      list.stdout.hasPrefix(
        "Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in Europe/Paris"))
    #expect(list.stdout.contains("3eqxa8  14:30-15:20  "))
    let tokyo = try confsched(
      ["search", "neural tangent", "--local", "--limit", "1"], environment: ["TZ": "Asia/Tokyo"])
    #expect(
      tokyo.stdout.contains("Spotlight · Wed Dec 5 2018 · 06:50-06:55 Asia/Tokyo · Room 220 E"))
    let show = try confsched(["show", "54azkd", "--local"], environment: paris)
    #expect(
      show.stdout.contains("\nSpotlight · Tuesday 4 December 2018 · 22:50-22:55 Europe/Paris"))
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "nhrdf4", "--itinerary", file])
    let itinerary = try confsched(
      ["itinerary", "--itinerary", file, "--local"], environment: paris)
    #expect(itinerary.stdout.contains("  nhrdf4  16:05-16:20  Oral  "))
    #expect(
      itinerary.stdout.hasPrefix(
        "Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in Europe/Paris"))
  }

  /// `confsched COMMAND ...` is parsed against that command's spec alone, and against the whole
  /// tree when that fails: help, errors and suggestions read as they do when an option first
  /// sends the words through the whole tree.
  @Test(arguments: [
    ["list", "--help"], ["search", "--bogus"], ["search"], ["list", "--day"], ["show"],
    ["search", "neural", "--limit", "x"], ["timetable", "--day", "tue", "--nope"],
  ])
  func aCommandAloneReadsAsTheWholeTreeDoes(_ arguments: [String]) throws {
    let alone = try confsched(arguments)
    let whole = try confsched(["--color", "never"] + arguments)
    #expect(alone.status == whole.status, "\(arguments)")
    #expect(alone.stdout == whole.stdout, "\(arguments)")
    #expect(alone.stderr == whole.stderr, "\(arguments)")
    #expect(alone.status != 0 || arguments.contains("--help"), "\(arguments)")
  }
}
