import Foundation
import Testing

/// `similar`, `recommend` and `plan` through the built binary, on the bundled data.
@Suite("Similar, recommend and plan end to end")
struct RecommendEndToEndTests {
  @Test func similarListsTheOtherNeuralTangentKernelPapersAndNotItsOwnPoster() throws {
    let run = try confsched(["similar", "54azkd", "--limit", "3", "--json"])
    #expect(run.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let own = try #require(object["ownSlots"] as? [[String: Any]])
    #expect(own.map { $0["kind"] as? String } == ["Poster"])
    let similar = try #require(object["similar"] as? [[String: Any]])
    #expect(similar.count == 3)
    let titles = similar.compactMap { ($0["event"] as? [String: Any])?["title"] as? String }
    #expect(titles.prefix(2).allSatisfy { $0.contains("Neural Tangent Kernel") }, "\(titles)")
    #expect(!titles.contains { $0.hasPrefix("Neural Tangent Kernel: Convergence") })
    #expect((similar.first?["sharedWords"] as? [String])?.contains("tangent") == true)

    let table = try confsched(["similar", "54azkd", "--limit", "2"])
    #expect(table.stdout.contains("its slot: rcpyps Poster"))
    #expect(table.stdout.contains("Most like it"))
    #expect(table.stdout.contains("shares: kernel, tangent"))
  }

  @Test func similarOfAnUnknownIdIsNothingMatched() throws {
    let run = try confsched(["similar", "54azkx"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("no event has the id '54azkx'"))
    #expect(try confsched(["similar"]).status == 64)
    #expect(try confsched(["similar", "54azkd", "--limit", "0"]).status == 64)
  }

  @Test func recommendNeverReturnsTheItinerarysEventsAndSaysWhatFits() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("it.json").path
    let empty = try confsched(["recommend", "--itinerary", file])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("the itinerary is empty"))
    _ = try confsched(["itinerary", "add", "54azkd", "--itinerary", file])
    let run = try confsched(["recommend", "--itinerary", file, "--limit", "8", "--json"])
    #expect(run.status == 0)
    let items = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(items.count == 8)
    let ids = items.compactMap { ($0["event"] as? [String: Any])?["id"] as? String }
    #expect(!ids.contains("54azkd") && !ids.contains("rcpyps"))
    #expect(items.allSatisfy { ($0["fit"] as? [String: Any])?["fits"] is Bool })
    let day = try confsched(["recommend", "--itinerary", file, "--day", "2019-12-11", "--json"])
    let onDay = try #require(
      JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [[String: Any]])
    #expect(!onDay.isEmpty)
    // A weekday two loaded editions share is asked about, not guessed.
    let weekday = try confsched(["recommend", "--itinerary", file, "--day", "tue"])
    #expect(weekday.status == 64)
    #expect(weekday.stderr.contains("2018-12-04, 2019-12-10"))
  }

  @Test func planHasNoClashAndAddsAsOneUndoableChange() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("it.json").path
    let arguments = [
      "plan", "--interests", "generative adversarial networks, variational inference",
      "--day", "2018-12-04", "--itinerary", file,
    ]
    let run = try confsched(arguments + ["--json"])
    #expect(run.status == 0)
    let plan = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let picks = try #require(plan["picks"] as? [[String: Any]])
    #expect(picks.count >= 5)
    let events = picks.compactMap { $0["event"] as? [String: Any] }
    #expect(events.allSatisfy { $0["date"] as? String == "2018-12-04" })
    #expect(picks.allSatisfy { !(($0["matches"] as? [String]) ?? []).isEmpty })
    // No two talks overlap (posters of one session are walked in, not clashes).
    let talks = events.filter { $0["kind"] as? String != "Poster" }
    for (index, talk) in talks.enumerated() {
      for other in talks[(index + 1)...] {
        let overlap =
          (talk["start"] as? String ?? "") < (other["end"] as? String ?? "")
          && (other["start"] as? String ?? "") < (talk["end"] as? String ?? "")
        #expect(!overlap, "\(talk["id"] ?? "") and \(other["id"] ?? "")")
      }
    }
    let text = try confsched(arguments)
    #expect(text.stdout.hasPrefix("Tue Dec 4 2018\n"))
    #expect(text.stdout.contains("matches: "))

    let added = try confsched(arguments + ["--add"])
    #expect(added.status == 0)
    #expect(added.stderr.contains("added \(picks.count) events"))
    let undo = try #require(added.stderr.split(separator: "\n").first { $0.contains("undo with:") })
    let ids = undo.components(separatedBy: "itinerary remove ").last?.split(separator: " ") ?? []
    #expect(ids.count == picks.count)
    let conflicts = try confsched(["itinerary", "conflicts", "--itinerary", file])
    #expect(conflicts.status == 0)
    #expect(!conflicts.stdout.contains("clashes with"))
    // Planning again around the itinerary proposes other events, and shows the planned ones.
    let again = try confsched(arguments)
    #expect(again.stdout.contains("on your itinerary"))
    let remove = try confsched(["itinerary", "remove", "--itinerary", file] + ids.map(String.init))
    #expect(remove.status == 0)
  }

  @Test func planRefusesWhatItCannotUse() throws {
    #expect(try confsched(["plan"]).status == 64)
    let unknown = try confsched(["plan", "--interests", "zzzqqq"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("none of the words"))
    #expect(try confsched(["plan", "--interests", "gan", "--kinds", "postr"]).status == 64)
    #expect(try confsched(["plan", "--interests", "/"]).status == 66)
  }

  @Test func planReadsAReadingListsTitlesNotItsHeadings() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let list = directory.appendingPathComponent("list.md")
    try "# My list\n\n- Neural Tangent Kernel: Convergence and Generalization\n".write(
      to: list, atomically: true, encoding: .utf8)
    let run = try confsched([
      "plan", "--interests", list.path, "--year", "2019", "--limit", "3", "--itinerary",
      directory.appendingPathComponent("it.json").path,
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Tangent Kernel"))
    #expect(!run.stdout.contains("matches: list"))
  }

  /// On a narrow terminal every line fits, nothing is cut; off it, each title is one line.
  @Test(arguments: [
    ["similar", "54azkd", "--limit", "3"],
    ["plan", "--interests", "graph neural networks", "--day", "2019-12-11", "--limit", "3"],
  ])
  func fitsATerminalAndKeepsWholeLinesOffIt(_ arguments: [String]) throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let command = arguments + ["--itinerary", directory.appendingPathComponent("it.json").path]
    let shown = try confschedOnTerminal(command, columns: 40)
    #expect(shown.status == 0)
    let lines = shown.stdout.split(separator: "\n")
    #expect(lines.count > 5)
    #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines.filter { $0.count > 40 })")
    let piped = try confsched(command)
    let title = "Graph Neural Tangent Kernel: Fusing Graph Neural Networks with Graph Kernels"
    #expect(piped.stdout.contains(title))
  }
}
