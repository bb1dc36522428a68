import Testing

@testable import ConfSchedKit

/// The companion abstracts file: given beside its program or found next to it.
@Suite("Virtual site abstracts")
struct VirtualSiteAbstractsTests {
  static func program() throws -> ReadResult {
    let name = "neurips-2026-orals-posters.json"
    return DumpReader.read(DumpSource(name: name, text: try fixtureText(name)))
  }

  static func companion() throws -> VirtualSiteAbstracts {
    let name = "neurips-2026-abstracts.json"
    return try #require(VirtualSiteAbstracts(DumpSource(name: name, text: try fixtureText(name))))
  }

  @Test func readsTheCompanionAndFillsItsProgram() throws {
    var program = try Self.program()
    #expect(program.events.allSatisfy { $0.abstract == nil })
    let abstracts = try Self.companion()
    #expect(abstracts.abstracts["130001"] == "Experts & routers, sparsely.")
    #expect(abstracts.fill(&program) == 3)
    #expect(
      program.events.map { $0.abstract ?? "-" } == [
        "Experts & routers, sparsely.", "Events in, graphs out.", "Priors from diffusion.",
      ])
    // An abstract the program has is kept.
    program.events[0].abstract = "Mine"
    #expect(abstracts.fill(&program) == 0)
    #expect(program.events[0].abstract == "Mine")
  }

  @Test func isNoProgramOfItsOwn() throws {
    let name = "neurips-2026-abstracts.json"
    let result = DumpReader.read(DumpSource(name: name, text: try fixtureText(name)))
    #expect(result.family == .virtualSite)
    #expect(result.events.isEmpty)
    #expect(
      result.diagnostics.map(\.message) == [
        "the virtual site's abstracts (3), with no events of their own: load them beside their program (--data <conf>-<year>-orals-posters.json --data neurips-2026-abstracts.json)"
      ])
    let program = try fixtureText("neurips-2026-orals-posters.json")
    #expect(VirtualSiteAbstracts(DumpSource(name: "p", text: program)) == nil)
    #expect(VirtualSiteAbstracts(DumpSource(name: "x", text: "{\"1\": 2}")) == nil)
  }

  @Test(arguments: [
    ("data/neurips-2026-orals-posters.json", "data/neurips-2026-abstracts.json"),
    ("ICML-2026-ORALS-POSTERS.JSON", "ICML-2026-abstracts.json"),
    ("program.json", nil),
    ("-orals-posters.json", nil),
  ])
  func findsTheCompanionBesideAProgram(_ path: String, _ companion: String?) {
    #expect(VirtualSiteAbstracts.companionPath(of: path) == companion)
  }

  /// The companion beside a program is found and read; a given one that fills nothing says so.
  @Test func pairsGivenAndFoundCompanions() throws {
    var results = [try Self.program()]
    results[0].file = "dir/neurips-2026-orals-posters.json"
    var asked: [String] = []
    let found = try Self.companion()
    let pairings = VirtualSiteAbstracts.pair(&results, given: []) { path in
      asked.append(path)
      return found
    }
    #expect(asked == ["dir/neurips-2026-abstracts.json"])
    #expect(
      pairings == [VirtualSiteAbstracts.Pairing(file: "neurips-2026-abstracts.json", filled: 3)])
    let again = VirtualSiteAbstracts.pair(&results, given: [found]) { _ in nil }
    #expect(again == [VirtualSiteAbstracts.Pairing(file: "neurips-2026-abstracts.json", filled: 0)])
  }
}
