import Foundation
import Testing

/// The NeurIPS 2018 Tuesday alone, as these views were designed on it (the bundled data also
/// holds NeurIPS 2019, whose Tuesday is another day).
let only2018 = ["--year", "2018"]

/// The golden files of the library tests, read back to compare whole outputs.
func golden(_ name: String) throws -> String {
  var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(2)
  let path = parts.joined(separator: "/") + "/Fixtures/golden/" + name
  return try String(contentsOfFile: path, encoding: .utf8)
}

/// timetable, now, next, authors, author and posters through the built binary.
@Suite("confsched day views end to end")
struct DayViewsEndToEndTests {
  /// An itinerary file that does not exist: no marks, whatever the machine's own itinerary.
  let noItinerary = ["--itinerary", "/nonexistent/confsched-tests/itinerary.json"]

  @Test func drawsTheTuesdayGridAt80Columns() throws {
    let run = try confschedOnTerminal(
      ["timetable", "--day", "tue", "--no-pager"] + noItinerary + only2018, columns: 80)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == (try golden("timetable-2018-12-04-80.txt")))
  }

  /// Off a terminal the grid keeps COLUMNS (else 80) but cuts no title: a cell grows instead.
  @Test func theGridInAFileCutsNoTitle() throws {
    let run = try confsched(
      ["timetable", "--day", "tue"] + noItinerary + only2018, environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    #expect(!run.stdout.contains("…"))
    #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(run.stdout.contains("│       │ Neural Networks via   │"))
  }

  @Test func writesTheTimetableAsMarkdownAndJSON() throws {
    let markdown = try confsched(["timetable", "--format", "md"] + only2018 + noItinerary)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("## Tuesday 4 December 2018 — NeurIPS 2018, Montréal"))
    #expect(markdown.stdout.contains("\n| Time | Room 220 CD | Room 220 E | Room 517 CD |\n"))
    let json = try confsched(["timetable", "--json"] + only2018 + noItinerary)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["columns"] as? [String] == ["Room 220 CD", "Room 220 E", "Room 517 CD"])
    #expect((object["rows"] as? [Any])?.count == 27)
  }

  @Test func marksTheItinerarysEventsInTheGrid() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "nhrdf4", "--itinerary", file] + only2018)
    let run = try confsched(
      ["timetable", "--itinerary", file] + only2018, environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("│ 10:05 │ * nhrdf4 Oral         │"))
    #expect(run.stdout.hasSuffix("\n* in your itinerary\n"))
  }

  @Test func refusesADayWithoutEventsAndAFormatItCannotWrite() throws {
    let wednesday = try confsched(["timetable", "--day", "wed"] + only2018 + noItinerary)
    #expect(wednesday.status == 1)
    #expect(wednesday.stdout == "")
    #expect(wednesday.stderr == "confsched: no loaded event is on 'wed'\n")
    let csv = try confsched(["timetable", "--format", "csv"] + only2018 + noItinerary)
    #expect(csv.status == 64)
    #expect(csv.stderr.hasPrefix("Error: A timetable is written as table, md or json, not csv.\n"))
  }

  /// What is on, then what comes next in each room, in one set of columns fitted to the width.
  @Test func showsWhatIsOnAtAMomentAndWhatFollows() throws {
    let run = try confschedOnTerminal(
      ["now", "--at", "2018-12-04 10:22"] + only2018 + noItinerary, columns: 100)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        Tuesday 4 December 2018, 10:22 America/Toronto · NeurIPS 2018, Montréal

        On now:
          Room 220 CD        10:20-10:25  Spotlight  gfuxxp  Learning Overparameterized Neural Networks via…
          Room 220 E         10:20-10:25  Spotlight  mwn9hu  Unsupervised Cross-Modal Alignment of Speech a…
          Room 517 CD        10:20-10:25  Spotlight  t8kqb6  Global Geometry of Multichannel Sparse Blind D…

        Next:
          Room 220 CD        10:25-10:30  Spotlight  sex4b9  Size-Noise Tradeoffs in Generative Networks
          Room 220 E         10:25-10:30  Spotlight  f8zhp5  Diffusion Maps for Textual Network Embedding
          Room 517 CD        10:25-10:30  Spotlight  fds5r7  Theoretical Linear Convergence of Unfolded IST…
          Room 210 & 230 AB  10:45-12:45  Posters            168 posters
          Room 510 ABCD      10:45-19:30  Demos              10 demonstrations
                             12:45-14:15  Break      my8xh6  Lunch on your own
          Rooms 220 CDE      14:15-15:05  Invited    rdetav  What Bodies Think About: Bioelectric Computati…

        """)
  }

  /// During a coffee break, `now` shows the break and what follows it in each room.
  @Test func showsWhatFollowsACoffeeBreak() throws {
    let run = try confsched(["now", "--at", "2018-12-04 15:10"] + only2018 + noItinerary)
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "On now:\n                     15:05-15:30  Break      3fnzrb  Coffee Break\n"))
    #expect(
      run.stdout.contains(
        "\nNext:\n  Room 220 CD        15:30-15:35  Spotlight  wtwss6  Neural Voice Cloning with a Few Samples\n"
      ))
  }

  /// Sessions that open together in one hall are all the next thing there.
  @Test func showsEverySessionThatStartsNextInAHall() throws {
    let run = try confsched(["next", "--at", "2019-12-10 17:00"] + noItinerary)
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "  East Exhibition Hall B + C  17:30-22:30  Demos            3 demonstrations\n"))
    #expect(
      run.stdout.contains(
        "  East Exhibition Hall B + C  17:30-19:30  Posters          228 posters\n"))
  }

  @Test func showsWhatComesNextAndExitsOneWhenNothingIsOn() throws {
    let gap = try confsched(["now", "--day", "tue", "--at", "09:25"] + only2018 + noItinerary)
    #expect(gap.status == 1)
    #expect(gap.stdout.contains("\nNothing is on at 09:25.\n\nNext:\n"))
    let next = try confsched(
      ["next", "2", "--at", "2018-12-04 16:58", "--json"] + only2018 + noItinerary)
    #expect(next.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any])
    #expect(object["status"] as? String == "running")
    let rooms = try #require(object["rooms"] as? [[String: Any]])
    #expect(
      rooms.map { $0["room"] as? String } == [
        "Room 210 & 230 AB", "Room 220 CD", "Room 220 E", "Room 510 ABCD", "Room 517 CD",
      ])
    let after = try confsched(["next", "--at", "2018-12-04 23:00"] + only2018 + noItinerary)
    #expect(after.status == 1)
    #expect(after.stdout.hasSuffix("\n\nNothing more is scheduled.\n"))
  }

  @Test func saysWhenTheConferenceIsNotRunningAndConvertsToTheLocalZone() throws {
    let before = try confsched(["now", "--at", "2018-12-03 10:00"] + only2018 + noItinerary)
    #expect(before.status == 1)
    #expect(
      before.stdout.contains(
        "\nNeurIPS 2018 has not started: it opens on Tuesday 4 December 2018 with\n"))
    let local = try confsched(
      ["now", "--at", "2018-12-04 10:22", "--local"] + noItinerary,
      environment: ["TZ": "Europe/Paris"])
    #expect(local.stdout.hasPrefix("Tuesday 4 December 2018, 16:22 Europe/Paris · NeurIPS 2018"))
    #expect(local.stdout.contains("  Room 220 CD        16:20-16:25  Spotlight  gfuxxp  "))
  }

  @Test func readsADayAndATimeInOneMoment() throws {
    let dated = try confsched(["now", "--at", "2018-12-04 10:22"] + noItinerary)
    for text in ["Dec 4 10:22", "tue 10:22", "Tuesday 10:22"] {
      let run = try confsched(["now", "--at", text, "--year", "2018"] + noItinerary)
      #expect(run.status == 0, "\(text): \(run.stderr)")
      #expect(run.stdout == dated.stdout, "\(text)")
    }
  }

  @Test func saysWhichDayAWeekdayInTwoConferencesMeans() throws {
    let run = try confsched(["now", "--at", "10:22", "--day", "tue"] + noItinerary)
    #expect(run.stdout.hasPrefix("Tuesday 4 December 2018, 10:22"))
    #expect(
      run.stderr
        == "confsched: 'tue' is 2018-12-04, 2019-12-10; showing 2018-12-04 (give the date, or --year, to choose)\n"
    )
  }

  @Test func betweenTwoConferencesLooksAheadToTheNext() throws {
    let run = try confsched(["now", "--at", "2019-06-01 10:00"] + noItinerary)
    #expect(run.status == 1)
    #expect(
      run.stdout.contains("NeurIPS 2019 has not started: it opens on Tuesday 10 December 2019"))
  }

  @Test func rejectsAnUnreadableMoment() throws {
    let run = try confsched(["now", "--at", "25:00"] + only2018)
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: Cannot read the moment '25:00'; use, for example, 10:22, 3pm, 'tue 10:22', 'tomorrow 9am', '2018-12-04 10:22', now or +30m.\n"
      ))
    let count = try confsched(["next", "0"] + only2018)
    #expect(count.status == 64)
    #expect(
      count.stderr.hasPrefix(
        "Error: '0' is not a number of events per room.\nUsage: confsched next"))
  }

  @Test func findsAnAuthorByInitialsWithTheirCoauthors() throws {
    let run = try confsched(["author", "J. Kolter"] + only2018)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        J. Zico Kolter · 1 event

        hk4z3a  Scaling provable adversarial defenses
                Poster · Tue Dec 4 2018 · 10:45-12:45 · Room 210 & 230 AB · board 133
                Eric Wong · Frank Schmidt · Jan Hendrik Metzen · J. Zico Kolter

        Co-authors in the loaded data (3):
          1  Eric Wong
          1  Frank Schmidt
          1  Jan Hendrik Metzen

        """)
    let json = try confsched(["author", "gaetan", "--json"] + only2018)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["name"] as? String == "Gaëtan Hadjeres")
    #expect((object["coauthors"] as? [Any])?.count == 2)
  }

  @Test func listsThePeopleANameFitsAndExitsOne() throws {
    let run = try confsched(["author", "bengio"] + only2018)
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(
      run.stderr == """
        confsched: 'bengio' names 2 people; be more precise:
          Yoshua Bengio (6 events)
          Samy Bengio (1 event)

        """)
    let none = try confsched(["author", "hadjers"] + only2018)
    #expect(none.status == 1)
    #expect(
      none.stderr == "confsched: no author matches 'hadjers'; did you mean 'Gaëtan Hadjeres'?\n")
  }

  @Test func countsEventsPerPerson() throws {
    let run = try confsched(["authors", "bengio"] + only2018)
    #expect(run.status == 0)
    #expect(run.stdout == "  6  Yoshua Bengio\n  1  Samy Bengio\n")
    let none = try confsched(["authors", "zzzz"] + only2018)
    #expect(none.status == 1)
    #expect(none.stderr == "confsched: no author matches 'zzzz'\n")
  }

  @Test func walksTheItinerarysPostersInBoardOrder() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "476a2n", "rcpyps", "--itinerary", file] + only2018)
    let run = try confsched(
      ["posters", "--day", "tue", "--at", "17:30", "--itinerary", file] + only2018)
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        """
        Posters 17:00-19:00 · Room 210 & 230 AB · Tuesday 4 December 2018, America/Toronto
        Open now, until 19:00: 2 of its 170 posters are in your itinerary, in board order:
          1.  #9   rcpyps  Neural Tangent Kernel
        """))
    let late = try confsched(
      ["posters", "--at", "2018-12-04 19:10", "--itinerary", file] + only2018)
    #expect(late.status == 1)
    #expect(
      late.stderr
        == "confsched: none of your 2 posters is in a session open at or after 2018-12-04 19:10\n")
    let empty = try confsched(["posters"] + only2018 + noItinerary)
    #expect(empty.status == 1)
  }
}
