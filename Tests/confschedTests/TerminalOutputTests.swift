import Foundation
import Testing

/// What reaches a terminal, a pipe or a file: whole lines off a terminal, fitted lines on one
/// (through a real pseudo-terminal), closed pipes, pagers, colour, absurd widths, control
/// characters from files.
@Suite("Terminal output")
struct TerminalOutputTests {
  let noItinerary = ["--itinerary", "/nonexistent/confsched-tests/itinerary.json"]

  // MARK: Whole lines off a terminal, fitted on one

  @Test func aPipeGetsWholeLinesThatGrepFinds() throws {
    let run = try confsched(["list", "--day", "2018-12-04", "--kind", "oral"] + noItinerary)
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "zy9dh9  16:25-16:40  Room 220 E   How Does Batch Normalization Help Optimization?\n"))
    #expect(!run.stdout.contains("…"))
    // COLUMNS is for terminals: a pipe still gets whole lines.
    let narrow = try confsched(
      ["list", "--day", "2018-12-04", "--kind", "oral"] + noItinerary,
      environment: ["COLUMNS": "40"])
    #expect(narrow.stdout == run.stdout)
  }

  @Test func aFileGetsWholeLinesToo() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try confsched(
      ["now", "--at", "2018-12-04 10:22", "--year", "2018"] + noItinerary, directory: directory)
    #expect(
      run.stdout.contains(
        "Spotlight  gfuxxp  Learning Overparameterized Neural Networks via Stochastic Gradient Descent on Structured Data\n"
      ))
    let list = try confsched(
      ["list", "--kind", "invited", "-o", "out.txt"] + noItinerary, directory: directory)
    #expect(list.status == 0)
    let text = try String(
      contentsOf: directory.appendingPathComponent("out.txt"), encoding: .utf8)
    #expect(text.contains("Primitive Cognition, and Synthetic Morphology\n"))
  }

  @Test func aTerminalGetsLinesFittedToItsWidth() throws {
    for columns in [60, 80, 120] {
      let run = try confschedOnTerminal(
        ["list", "--day", "2018-12-04", "--kind", "oral"] + noItinerary, columns: columns)
      #expect(run.status == 0)
      let lines = run.stdout.split(separator: "\n")
      // Every line fits, the day's heading too (broken at its ` · `).
      #expect(lines.allSatisfy { $0.count <= columns }, "\(columns): \(run.stdout)")
      // The room is never dropped, whatever the width: every row (a heading's parts hold no
      // double space) names it.
      let rows = lines.drop { !$0.contains("  ") }
      #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("Room") }, "\(columns)")
    }
  }

  /// An event's details fit a narrow terminal: its summary broken at its ` · `, its other
  /// slots wrapped under their indent; off a terminal, whole lines.
  @Test func showFitsANarrowTerminal() throws {
    for columns in [40, 60] {
      let run = try confschedOnTerminal(["show", "54azkd"], columns: columns)
      #expect(run.status == 0)
      let lines = run.stdout.split(separator: "\n")
      #expect(lines.allSatisfy { $0.count <= columns }, "\(columns): \(run.stdout)")
      #expect(run.stdout.contains("rcpyps"))
    }
    let whole = try confsched(["show", "54azkd"])
    #expect(
      whole.stdout.contains(
        "Spotlight · Tuesday 4 December 2018 · 16:50-16:55 America/Toronto · Room 220 E\n"))
    #expect(
      whole.stdout.contains("  Poster, Tue Dec 4 17:00-19:00, Room 210 & 230 AB, board 9  rcpyps"))
  }

  /// The usage line of a mistyped command, and of `--help`, wrapped to a narrow terminal
  /// between its options; whole through a pipe.
  @Test func usageFitsANarrowTerminal() throws {
    let mistyped = try confschedOnTerminal(
      ["now", "--bogus"], columns: 60, stderrOnTerminal: true)
    #expect(mistyped.status == 64)
    let lines = mistyped.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 60 }, "\(mistyped.stdout)")
    #expect(lines.contains { $0.hasPrefix("Usage: confsched now [--at <time>]") })
    #expect(lines.contains { $0.hasPrefix("                     [") })
    let help = try confschedOnTerminal(["now", "--help"], columns: 60)
    #expect(help.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(help.stdout)")
    let piped = try confsched(["now", "--bogus"])
    #expect(piped.stderr.contains("[--family <family>] [--zone <zone>] [--page-zone <zone>]\n"))
  }

  /// A room every row shares moves to the heading; it is never silently dropped.
  @Test func aSharedRoomIsSaidInTheHeading() throws {
    let run = try confschedOnTerminal(["list", "--kind", "invited"] + noItinerary, columns: 60)
    #expect(run.stdout.hasPrefix("Tuesday 4 December 2018 · NeurIPS 2018, Montréal"))
    // At 60 columns the heading takes lines of its own; the room ends it.
    let heading = run.stdout.split(separator: "\n").prefix { !$0.contains("  ") }
    #expect(heading.joined(separator: " · ").hasSuffix(" · all in Rooms 220 CDE"))
    #expect(heading.allSatisfy { $0.count <= 60 })
  }

  /// The itinerary keeps the room and the whole board of a 2019 poster at 80 columns.
  @Test func theItineraryKeepsRoomsAndBoards() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    let add = try confsched(["itinerary", "add", "nhrdf4", "7nd3gy", "--itinerary", file])
    #expect(add.status == 0, "\(add.stderr)")
    let run = try confschedOnTerminal(["itinerary", "--itinerary", file], columns: 80)
    #expect(run.status == 0)
    #expect(run.stdout.contains("Room 220 CD"))
    #expect(run.stdout.contains("East Exhibition Hall B + C  #245"), "\(run.stdout)")
    #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  // MARK: Machine formats hold every result

  @Test func machineFormatsHoldEveryResult() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let table = try confsched(["search", "gan"] + noItinerary)
    // 65 papers in the table's count; the machine formats hold every slot of them (68 events).
    #expect(table.stderr == "confsched: showing 20 of 65 matches; --limit 0 shows all\n")
    let json = try confsched(["search", "gan", "--json"])
    let all = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
    #expect(all?.count == 68)
    #expect(json.stderr == "")
    _ = try confsched(["search", "gan", "-o", "gan.csv"], directory: directory)
    let csv = try String(contentsOf: directory.appendingPathComponent("gan.csv"), encoding: .utf8)
    #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 69)
    let limited = try confsched(["search", "gan", "--json", "--limit", "5"])
    let five = try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [Any]
    #expect(five?.count == 5)
  }

  @Test func listTakesALimit() throws {
    let run = try confsched(["list", "--kind", "oral", "--limit", "3"] + noItinerary)
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").count == 4)
    #expect(run.stderr == "confsched: showing 3 of 15 events; --limit 0 shows all\n")
  }

  // MARK: Closed pipes

  /// `confsched list | head -1` under pipefail: no SIGPIPE death (141), status 0.
  @Test func aPipeClosedEarlyEndsWithZero() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c", "set -o pipefail; '\(confschedURL.path)' list | head -1 >/dev/null; echo $?",
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output == "0\n")
  }

  // MARK: Pager and colour

  /// A pager that prints what it was given in LESS and LV, then the first line it reads.
  let probe = "printf 'PAGED LESS=%s LV=%s\\n' \"$LESS\" \"$LV\"; head -1"

  @Test func longOutputGoesThroughThePagerWithLessSet() throws {
    for command in [
      ["list"] + noItinerary, ["timetable", "--day", "2018-12-04"] + noItinerary, ["authors"],
    ] {
      let run = try confschedOnTerminal(
        command, columns: 100, rows: 20, environment: ["PAGER": probe])
      #expect(run.status == 0, "\(command): \(run.stderr)")
      #expect(
        run.stdout.hasPrefix("PAGED LESS=FRX LV=-c\n"), "\(command): \(run.stdout.prefix(200))")
    }
    // A LESS of the user's own is kept.
    let own = try confschedOnTerminal(
      ["list"] + noItinerary, columns: 100, rows: 20,
      environment: ["PAGER": probe, "LESS": "-S"])
    #expect(own.stdout.hasPrefix("PAGED LESS=-S LV=-c\n"))
    // --no-pager and a pipe never page.
    let off = try confschedOnTerminal(
      ["list", "--no-pager"] + noItinerary, columns: 100, rows: 20, environment: ["PAGER": probe])
    #expect(!off.stdout.contains("PAGED"))
  }

  @Test(arguments: ["false", "/nonexistent/pager", "exit 3"])
  func aBrokenPagerFallsBackToPlainOutput(_ pager: String) throws {
    let run = try confschedOnTerminal(
      ["list", "--kind", "oral"] + noItinerary, columns: 100, rows: 5,
      environment: ["PAGER": pager])
    #expect(run.status == 0)
    #expect(run.stdout.contains("How Does Batch Normalization Help Optimization?"))
    #expect(run.stderr.contains("confsched: warning: the pager '\(pager)' "), "\(run.stderr)")
    #expect(run.stderr.contains("; shown without it\n"))
  }

  @Test func colourOnlyWhereWanted() throws {
    let arguments = ["search", "Banach Wasserstein"] + noItinerary
    let terminal = try confschedOnTerminal(
      arguments, columns: 100, environment: ["NO_COLOR": ""])
    #expect(terminal.stdout.contains("\u{1B}[36mt3j6th\u{1B}[0m"))
    let dumb = try confschedOnTerminal(
      arguments, columns: 100, environment: ["NO_COLOR": "", "TERM": "dumb"])
    #expect(!dumb.stdout.contains("\u{1B}"))
    let never = try confschedOnTerminal(
      arguments + ["--color", "never"], columns: 100, environment: ["NO_COLOR": ""])
    #expect(!never.stdout.contains("\u{1B}"))
    let always = try confsched(["--color=always"] + arguments)
    #expect(always.stdout.contains("\u{1B}[36mt3j6th\u{1B}[0m"))
    let bad = try confsched(arguments + ["--color", "sometimes"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.hasPrefix("Error: 'sometimes' is not a colour choice; use always, never or auto."))
  }

  // MARK: Absurd widths

  @Test(arguments: ["9223372036854775807", "2305843009213693952", "10000000", "-5", "abc"])
  func anAbsurdWidthIsHeldToBounds(_ columns: String) throws {
    let clock = ContinuousClock()
    let start = clock.now
    for command in [["timetable", "--day", "2018-12-04"], ["list"], ["search", "gan"]] {
      let run = try confschedOnTerminal(
        command + noItinerary + ["--no-pager"], columns: 80,
        environment: ["COLUMNS": columns], timeout: 20)
      #expect(run.status == 0, "\(command) \(columns): \(run.stderr)")
      #expect(
        run.stdout.split(separator: "\n").allSatisfy { $0.count <= 1000 }, "\(command) \(columns)")
      let piped = try confsched(command + noItinerary, environment: ["COLUMNS": columns])
      #expect(piped.status == 0, "\(command) \(columns): \(piped.stderr)")
    }
    #expect(clock.now - start < .seconds(20))
  }

  // MARK: Long unbroken titles

  @Test func aMegabyteTitleRendersQuickly() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let title = String(repeating: "x", count: 1_000_000)
    let card =
      [title, "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD", "Pierre Baldi", "A."]
      .joined(separator: "\n\n") + "\n"
    try Data(card.utf8).write(to: directory.appendingPathComponent("big.txt"))
    let file = directory.appendingPathComponent("big.txt").path
    let json = try confsched(["list", "--data", file, "--json"])
    let id = try #require(
      (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?
        .first?["id"] as? String)
    let clock = ContinuousClock()
    // Reading the 1 MB line is the baseline (a second in a debug build, more on a busy
    // machine): rendering may add a little to it, never the 20 s of a quadratic wrap.
    // Read with an empty cache, so that the baseline parses the file (the commands below may
    // thaw its compiled form).
    let emptyCache = directory.appendingPathComponent("empty-cache").path
    let start = clock.now
    _ = try confsched(
      ["list", "--data", file, "--json"], environment: ["XDG_CACHE_HOME": emptyCache])
    let reading = clock.now - start
    for command in [["timetable"] + noItinerary, ["show", id], ["list"], ["search", "baldi"]] {
      for onTerminal in [false, true] {
        let start = clock.now
        let arguments = command + ["--data", file]
        let run =
          onTerminal
          ? try confschedOnTerminal(arguments + ["--no-pager"], columns: 100, timeout: 30)
          : try confsched(arguments)
        let elapsed = clock.now - start
        #expect(run.status == 0, "\(command): \(run.stderr)")
        #expect(
          elapsed < reading * 3 + .seconds(2),
          "\(command) on a terminal: \(onTerminal): \(elapsed), reading \(reading)")
      }
    }
  }
}
