import Foundation
import Testing

/// The virtual site's JSON and pages through the built binary: what a user loading them sees.
@Suite("Virtual site end to end")
struct VirtualSiteEndToEndTests {
  static let fixtures = packageRoot + "/Tests/Fixtures/"
  static let program = fixtures + "neurips-2025-orals-posters.json"

  @Test func listsTheProgramOnEachCitysClock() throws {
    let run = try confsched(["list", "--data", Self.program, "--no-pager"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Wednesday 3 December 2025 · NeurIPS 2025, San Diego"))
    #expect(run.stdout.contains("09:15-09:30  Oral"))
    #expect(
      run.stderr == "confsched: \(Self.program): 1 warning; see 'confsched check \(Self.program)'\n"
    )
  }

  @Test func checksWithFileLineAndColumn() throws {
    let run = try confsched(["check", Self.program])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "\(Self.program):248:5: warning: an event has no time yet (no starttime); kept without day and time"
      ))
  }

  /// The site's id finds the event; its oral is the same paper's other slot.
  @Test func showsAnEventByTheSitesIDWithItsOtherSlot() throws {
    let run = try confsched(["show", "119718", "--data", Self.program])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains("Poster · Friday 5 December 2025 · 16:30-19:30 America/Los_Angeles"))
    #expect(run.stdout.contains("Oral, Fri Dec 5 10:00-10:20, Upper Level Ballroom 20AB"))
  }

  @Test func refusesATruncatedProgramByName() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("neurips-2025-orals-posters.json").path
    let text = try String(contentsOfFile: Self.program, encoding: .utf8)
    try Data(text.utf8.prefix(3000)).write(to: URL(fileURLWithPath: path))
    let run = try confsched(["list", "--data", path])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr.contains(
        "'\(path)' holds no schedule events: not valid JSON: unterminated string; the file ends too soon, as if cut short (line 85, column 26)"
      ))
  }

  /// The abstracts companion fills its program given beside it, or found next to it; alone it
  /// is refused by name.
  @Test func fillsAbstractsGivenBesideOrFoundNextToTheProgram() throws {
    let program = Self.fixtures + "neurips-2026-orals-posters.json"
    let abstracts = Self.fixtures + "neurips-2026-abstracts.json"
    let directory = try temporaryDirectory()
    let copy = directory.appendingPathComponent("neurips-2026-orals-posters.json").path
    try FileManager.default.copyItem(atPath: program, toPath: copy)
    let bare = try confsched(["show", "130001", "--data", copy])
    #expect(bare.status == 0)
    #expect(!bare.stdout.contains("Experts & routers"))

    let given = try confsched(["show", "130001", "--data", copy, "--data", abstracts])
    #expect(given.status == 0)
    #expect(given.stdout.contains("Experts & routers, sparsely."))

    try FileManager.default.copyItem(
      atPath: abstracts,
      toPath: directory.appendingPathComponent("neurips-2026-abstracts.json").path)
    let found = try confsched(["show", "130001", "--data", copy])
    #expect(found.stdout.contains("Experts & routers, sparsely."))

    let alone = try confsched(["list", "--data", abstracts])
    #expect(alone.status == 65)
    #expect(
      alone.stderr.contains("'\(abstracts)' holds no schedule events: the virtual site's abstracts")
    )

    let unmatched = try confsched([
      "list", "--data", Self.program, "--data", abstracts, "--no-pager",
    ])
    #expect(unmatched.status == 65)
    #expect(!unmatched.stdout.isEmpty)
    #expect(
      unmatched.stderr.contains(
        "'\(abstracts)': its abstracts match no event of the programs loaded; skipped"))
  }

  @Test func readsAPageInPageZone() throws {
    let page = Self.fixtures + "neurips2025-workshops-page-fragment.html"
    let run = try confsched(["list", "--data", page, "--page-zone", "Europe/Paris", "--no-pager"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Friday 5 December 2025"))
    #expect(run.stdout.contains("23:00-08:00"))
    #expect(run.stderr.isEmpty)
    let wrong = try confsched(["list", "--data", page, "--page-zone", "Mars/Olympus"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("'Mars/Olympus' is not a time zone"))
    let check = try confsched(["check", page, "--page-zone", "Europe/Paris"])
    #expect(check.stdout.contains("55 events, 0 warnings"))
  }

  /// A 2023 listing printed in the saver's CET: each time on New Orleans' clock, with no warning.
  @Test func convertsAPrintedZoneToTheConferences() throws {
    let page = Self.fixtures + "neurips2023-posters-displaycards-page.html"
    let run = try confsched(["list", "--data", page, "--format", "csv"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    // "Thu 14 Dec 12:00 AM CET" was Wednesday 13 at 17:00 in New Orleans.
    let poster = run.stdout.split(separator: "\n").first { $0.contains("Graph Transformers") }
    #expect(poster?.contains(",2023-12-13,17:00,,America/Chicago,") == true)
  }

  /// A page that prints no zone is read on the conference's clock, with one warning that says
  /// how to correct it, however many cards it has.
  @Test func warnsOnceWhenAPagePrintsNoZone() throws {
    let page = Self.fixtures + "neurips2025-workshops-page-fragment.html"
    let run = try confsched(["check", page])
    #expect(run.status == 0)
    let warnings = run.stdout.split(separator: "\n").filter { $0.contains("warning:") }
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("the page prints no time zone") == true)
    #expect(warnings.first?.contains("pass --page-zone Area/City") == true)
    #expect(run.stdout.contains("55 events, 1 warning"))
  }

  /// `--family virtual-site` reads a program whatever its name, and refuses by name a file that
  /// is not one.
  @Test func familyVirtualSiteForcesTheReader() throws {
    let directory = try temporaryDirectory()
    let renamed = directory.appendingPathComponent("program.txt").path
    try FileManager.default.copyItem(
      atPath: Self.fixtures + "neurips-2026-orals-posters.json", toPath: renamed)
    let run = try confsched([
      "list", "--data", renamed, "--family", "virtual-site", "--format", "csv",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Sparse Mixtures of Experts at Scale"))

    let card = packageRoot + "/Data/neurips-2018-12-04.txt"
    let refused = try confsched(["list", "--data", card, "--family", "virtual-site"])
    #expect(refused.status == 65)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderr.contains(
        "'\(card)' holds no schedule events: a page of the virtual site with no event cards in it"
      ))
  }

  /// An edition the editions table lacks (2026) is shown at the file's offset with a warning;
  /// `--zone` puts it on the conference's clock, each instant kept; a zone that is none is a
  /// usage error.
  @Test func zoneShowsAnUnlistedEditionOnItsClock() throws {
    let program = Self.fixtures + "neurips-2026-orals-posters.json"
    let bare = try confsched(["check", program])
    #expect(bare.stdout.contains("NeurIPS 2026 is not in the editions table"))
    #expect(bare.stdout.contains("pass --zone Area/City"))

    let run = try confsched([
      "list", "--data", program, "--zone", "America/New_York", "--format", "csv",
    ])
    #expect(run.status == 0)
    // 11:00 at UTC-08:00 is 14:00 in New York.
    let poster = run.stdout.split(separator: "\n").first { $0.contains("Sparse Mixtures") }
    #expect(poster?.contains(",2026-12-08,14:00,17:00,America/New_York,") == true)

    let wrong = try confsched(["list", "--data", program, "--zone", "Atlantis/Capital"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("'Atlantis/Capital' is not a time zone"))
  }
}
