import Foundation
import Testing

/// How a listing's format, reminder and input files are chosen, through the built binary.
@Suite("Output options end to end")
struct OutputOptionsEndToEndTests {
  let tuesday = packageRoot + "/Data/neurips-2018-12-04.txt"

  /// Every bundled event on a line of its own, with every field: for cut, awk and sort.
  @Test func tsvIsOneWholeLinePerEvent() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try confsched(["list", "--format", "tsv"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 1855)
    #expect(lines[0].hasPrefix("id\tkind\ttitle\tauthors\tconference\tdate\t"))
    #expect(
      lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 23 })
    _ = try confsched(["search", "Banach Wasserstein", "-o", "out.tsv"], directory: directory)
    let file = try String(contentsOf: directory.appendingPathComponent("out.tsv"), encoding: .utf8)
    #expect(file.contains("\nt3j6th\tPoster\tBanach Wasserstein GAN\t"))
  }

  /// A listing is written in pieces (2.6 MB of JSON here, about forty): a piece that cannot be
  /// written stops the run with 74 and the system's reason, not a later one's.
  @Test(arguments: ["json", "csv", "md"])
  func aWriteThatFailsPartWayIsAnIOError(format: String) throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let run = try confsched(["list", "--format", format, "-o", "/dev/full"])
    #expect(run.status == 74)
    #expect(run.stderr == "confsched: cannot write '/dev/full': No space left on device\n")
  }

  @Test func jsonAndAnotherFormatIsAUsageError() throws {
    let run = try confsched(["search", "gan", "--json", "--format", "csv"])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("Error: --json and --format csv ask for two formats; give one.\n"))
    // Saying the same thing twice is fine.
    #expect(try confsched(["search", "gan", "--json", "--format", "json"]).status == 0)
  }

  @Test func theOutputFileExtensionChoosesTheFormat() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, start) in [
      ("out.ics", "BEGIN:VCALENDAR\r\n"), ("out.csv", "id,kind,title,"), ("out.json", "[\n"),
      ("out.md", "## Tuesday 4 December 2018"),
    ] {
      let run = try confsched(
        ["search", "Banach Wasserstein", "-o", name], directory: directory)
      #expect(run.status == 0, "\(name): \(run.stderr)")
      let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
      #expect(text.hasPrefix(start), "\(name) begins \(text.prefix(20))")
    }
    // --format wins over the extension; an unknown extension keeps the default.
    _ = try confsched(
      ["search", "Banach", "--format", "csv", "-o", "x.json"], directory: directory)
    let csv = try String(contentsOf: directory.appendingPathComponent("x.json"), encoding: .utf8)
    #expect(csv.hasPrefix("id,kind,title,"))
    _ = try confsched(["search", "Banach Wasserstein", "-o", "x.txt"], directory: directory)
    let table = try String(contentsOf: directory.appendingPathComponent("x.txt"), encoding: .utf8)
    #expect(table.hasPrefix("t3j6th  Banach Wasserstein GAN"))
  }

  @Test(arguments: [
    ("10m", "-PT10M"), ("1h", "-PT60M"), ("1h30m", "-PT90M"), ("2h15m", "-PT135M"),
    ("90", "-PT90M"), ("1d", "-PT1440M"), ("15 min", "-PT15M"),
  ])
  func alarmDurations(_ text: String, _ trigger: String) throws {
    let run = try confsched(["search", "Banach Wasserstein", "--format", "ics", "--alarm", text])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("TRIGGER:\(trigger)\r\n"), "\(text)")
  }

  @Test(arguments: ["1x", "h", "m10", "-5m", "1h30", "8d", ""])
  func badAlarmsAreUsageErrors(_ text: String) throws {
    let run = try confsched(["search", "gan", "--format", "ics", "--alarm", text])
    #expect(run.status == 64, "\(text)")
    #expect(run.stderr.hasPrefix("Error: '\(text)' is not a reminder time;"), "\(run.stderr)")
  }

  @Test func anAlarmOutsideACalendarIsAUsageError() throws {
    let run = try confsched(["search", "gan", "--alarm", "10m"])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: --alarm sets a calendar reminder; it needs --format ics (this output is table).\n"))
  }

  @Test func theSameFileTwiceIsReadOnce() throws {
    let once = try confsched(["list", "--data", tuesday, "--json"])
    let twice = try confsched(["list", "--data", tuesday, "--data", tuesday, "--json"])
    #expect(twice.status == 0)
    #expect(twice.stdout == once.stdout)
    // The file's own two warnings are reported once, and the repetition is noted.
    let note = "confsched: \(tuesday): given more than once; read once\n"
    #expect(twice.stderr == once.stderr + note)
  }

  @Test func eventsInTwoFilesAreMergedWithAWarning() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let card = """
      Deep Learning for Cats

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 & 230 AB #1

      Ada Lovelace

      We show that cats.

      """
    for name in ["a.txt", "b.txt"] {
      try Data(card.utf8).write(to: directory.appendingPathComponent(name))
    }
    let run = try confsched(
      ["list", "--data", "a.txt", "--data", "b.txt", "--json"], directory: directory)
    #expect(run.status == 0)
    let events = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(events.count == 1)
    #expect(
      run.stderr == "confsched: b.txt:1:1: warning: 1 event is also in a.txt; merged, not doubled\n"
    )
  }

  @Test func exportingAnEmptyItineraryWritesNothing() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try confsched(
      ["itinerary", "export", "--itinerary", "it.json", "-o", "plan.ics"], directory: directory)
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "confsched: the itinerary is empty; add events with 'confsched itinerary add ID'\n")
    #expect(
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.ics").path))
  }

  @Test func exportHelpGivesItsOwnDefaultFormat() throws {
    let run = try confsched(["help", "itinerary", "export"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("(default: ics)"))
    #expect(!run.stdout.contains("(default: table)"))
  }
}
