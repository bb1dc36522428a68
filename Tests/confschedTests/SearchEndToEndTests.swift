import Foundation
import Testing

/// Runs of `confsched search` on the bundled data: what a user sees of the ranking, the slots
/// of a paper, the words around a match, exclusions and alternatives.
@Suite("confsched search end to end")
struct SearchEndToEndTests {
  @Test func showsAPapersSlotsAsOneResult() throws {
    let run = try confsched(["search", "neural tangent", "--limit", "1"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        """
        54azkd  Neural Tangent Kernel: Convergence and Generalization in Neural Networks
                Spotlight · Tue Dec 4 2018 · 16:50-16:55 · Room 220 E
                also Poster · 17:00-19:00 · Room 210 & 230 AB · board 9 · rcpyps

        """))
    #expect(run.stderr == "confsched: showing 1 of 3 matches; --limit 0 shows all\n")
    // Machine formats list every slot of the papers shown.
    let json = try confsched(["search", "neural tangent", "--limit", "1", "--json"])
    let array = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(array.compactMap { $0["id"] as? String } == ["54azkd", "rcpyps"])
  }

  @Test func showsTheWordsAroundAMatchInTheAbstract() throws {
    let run = try confsched(["search", "grid cells"])
    #expect(run.status == 0)
    let card = try #require(
      run.stdout.components(separatedBy: "\n\n").first { $0.contains("mg7h2x") })
    #expect(card.contains("“…"))
    #expect(card.contains("grid"))
    // Highlighted on a terminal (FORCE-free: colour follows the terminal; off it, plain).
    #expect(!card.contains("\u{1B}["))
  }

  @Test func excludesAndWidens() throws {
    let gan = try confsched(["search", "gan", "-wasserstein", "--limit", "0", "--json"])
    #expect(gan.status == 0)
    let titles = try #require(
      JSONSerialization.jsonObject(with: Data(gan.stdout.utf8)) as? [[String: Any]]
    ).compactMap { $0["title"] as? String }
    #expect(!titles.isEmpty)
    #expect(!titles.contains { $0.lowercased().contains("wasserstein") })
    // The shell takes the quotes of -"wasserstein gan": still a phrase to leave out.
    let phrase = try confsched(["search", "gan", "-wasserstein gan", "--limit", "0", "--json"])
    let kept = try #require(
      JSONSerialization.jsonObject(with: Data(phrase.stdout.utf8)) as? [[String: Any]]
    ).compactMap { $0["title"] as? String }
    #expect(kept.count > titles.count)
    #expect(!kept.contains("Banach Wasserstein GAN"))
    let either = try confsched(["search", "MetaInit", "OR", "MetaQuant", "--format", "csv"])
    #expect(either.stdout.contains("MetaInit:") && either.stdout.contains("MetaQuant:"))
  }

  @Test func refusesAQueryOfCommonWords() throws {
    let run = try confsched(["search", "the", "of"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("has no words to search for"))
  }

  @Test func saysHowToExcludeAndWidenInItsHelp() throws {
    let run = try confsched(["search", "--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("-word"))
    #expect(run.stdout.contains("a OR b"))
    #expect(run.stdout.contains("BM25"))
  }
}
