import Foundation
import Testing

/// Reading lists against the bundled 2019 posters, through the built binary.
@Suite("confsched match end to end")
struct MatchEndToEndTests {
  let blog = packageRoot + "/Data/neurips-2019-blog-reading-list.md"
  let post = packageRoot + "/Data/neurips-2019-notes-post.txt"

  func verdicts(_ file: String) throws -> [String: (verdict: String, id: String?)] {
    let run = try confsched(["match", file, "--json"])
    #expect(run.status == 0)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    var result: [String: (String, String?)] = [:]
    for item in array {
      guard let mention = item["mention"] as? String, let verdict = item["verdict"] as? String
      else { continue }
      result[mention] = (verdict, (item["match"] as? [String: Any])?["id"] as? String)
    }
    return result
  }

  @Test func findsTheBlogsMisspeltPostersAndRefusesVagueNotes() throws {
    let found = try verdicts(blog)
    // A misspelling, a trailing period, a broken hyphen: still the right poster.
    #expect(found["A Model to Saerch for Synthesizable Molecules"]?.id == "e53sp2")
    #expect(found["Generative Well intenetioned networks"]?.id == "hp5v9z")
    #expect(found["Generating Diverse High Fidelity Images with VQ-VAE2"]?.verdict == "matched")
    // Vague notes match nothing.
    for vague in ["MuZero", "David Ha’s numerous papers", "Johnny’s poster"] {
      #expect(found[vague]?.verdict == "not found", "\(vague)")
    }
  }

  @Test func findsTheNotesPostsQuotedTitles() throws {
    let found = try verdicts(post)
    #expect(
      found["One-Shot Object Detection with Co-Attention and Co-Excitation"]?.verdict == "matched")
    #expect(found["Time Matters in Regularizing Deep Networks"]?.verdict == "matched")
    #expect(found["Computer Vision — A Modern Approach"]?.verdict == "not found")
  }

  @Test func reportsEachMentionWithItsLine() throws {
    let run = try confsched(["match", blog], environment: ["COLUMNS": "100"])
    #expect(
      run.stdout.contains(
        "/neurips-2019-blog-reading-list.md:34\n  “A Model to Saerch for Synthesizable Molecules”\n  matched   0.98  e53sp2  A Model to Search for Synthesizable Molecules\n"
      ))
    #expect(run.stdout.contains("/neurips-2019-blog-reading-list.md:59\n  “MuZero”\n  not found\n"))
    #expect(run.stdout.hasSuffix("42 matched, 0 ambiguous, 30 not found of 72 mentions\n"))
  }

  @Test func addsTheMatchesThenGroupsSameSessionPostersAndExports() throws {
    let directory = try temporaryDirectory()
    let plan = directory.appendingPathComponent("plan.json").path
    let run = try confsched(["match", blog, "--add", "--itinerary", plan])
    #expect(run.status == 0)
    // 42 matches, the graph generation poster twice (its title, then its author).
    #expect(run.stderr.hasPrefix("confsched: added 41 events to \(plan) (1 already there)"))
    #expect(
      run.stdout.contains(
        "Same hall, same time: visit in board order · Wed Dec 11 2019, 10:45-12:45, East Exhibition Hall B + C\n"
      ))
    let ics = directory.appendingPathComponent("plan.ics").path
    let export = try confsched(["itinerary", "export", "--itinerary", plan, "-o", ics])
    #expect(export.status == 0)
    let calendar = try String(contentsOfFile: ics, encoding: .utf8)
    #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 41)
    #expect(calendar.contains("UID:e53sp2@confsched\r\n"))
    #expect(calendar.contains("TZID=America/Vancouver"))
  }

  /// Each verdict says why in --json: the rule that found the paper, or why none was taken.
  @Test func explainsEachVerdict() throws {
    let run = try confsched(["match", blog, "--json"])
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    func item(_ mention: String) -> [String: Any]? {
      array.first { $0["mention"] as? String == mention }
    }
    #expect(item("TAPE")?["rule"] as? String == "name")
    #expect(
      item("TAPE")?["explanation"] as? String
        == "matched 1.00: the name 'TAPE', which no other title has")
    #expect(item("MMD gradient flow")?["rule"] as? String == "expanded-acronyms")
    #expect(
      item("MMD gradient flow")?["explanation"] as? String
        == "matched 1.00: the title, reading MMD as maximum mean discrepancy")
    #expect(item("Duvenaud Graph autoregressive network")?["rule"] as? String == "author")
    #expect(item("MuZero")?["rule"] is NSNull)
    #expect(
      item("MuZero")?["explanation"] as? String
        == "no title shares a significant word with the mention")
    #expect(array.allSatisfy { $0["explanation"] is String })
  }

  @Test func searchReachesTheNotes() throws {
    let run = try confsched(["search", "muzero"])
    #expect(run.status == 0)
    #expect(run.stdout == "In your notes\n  neurips-2019-blog-reading-list.md:59  MuZero\n")
  }
}
