import Testing

@testable import ConfSchedKit

@Suite("Search")
struct SearchTests {
  let index = SearchIndex(tuesday2018.events)

  func titles(_ query: String) -> [String] {
    index.search(SearchQuery(query)).hits.map { tuesday2018.events[$0.eventIndex].title }
  }

  func firstAuthors(_ query: String) -> [String] {
    index.search(SearchQuery(query)).hits.prefix(1).flatMap {
      tuesday2018.events[$0.eventIndex].authors.map(\.name)
    }
  }

  @Test func findsTheNeuralTangentKernel() {
    #expect(
      titles("neural tangent")
        == Array(
          repeating: "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
          count: 2))
  }

  @Test func foldsCaseAccentsAndForgivesOneTypo() {
    #expect(firstAuthors("gaetan").contains("Gaëtan Hadjeres"))
    #expect(firstAuthors("HADJERES").contains("Gaëtan Hadjeres"))
    #expect(firstAuthors("hadjers").contains("Gaëtan Hadjeres"))
    #expect(firstAuthors("puschel").contains("Markus Püschel"))
    #expect(firstAuthors("Püschel").contains("Markus Püschel"))
    // Four letters are too short to forgive a typo.
    #expect(titles("glwo").isEmpty)
  }

  @Test func expandsOnlyTheFirstWordsOfAPastedText() {
    // Prefixes and typos are looked up over the vocabulary: a query of thousands of words (a
    // pasted abstract) gets them only for its first distinct words and stays fast.
    func keys(_ query: String) -> [Int] {
      var postings = PostingCache()
      let plan = QueryPlan(SearchQuery(query), index: index, postings: &postings)
      return plan.clauses.last?.phrases.first?.slots.first?.keys ?? []
    }
    let filler = (0..<QueryPlan.expandedWordLimit).map { "zq\($0)x" }
    for word in ["hadjxres", "hadje"] {
      #expect(!keys(word).isEmpty)
      #expect(!keys((filler.dropLast() + [word]).joined(separator: " ")).isEmpty)
      #expect(keys((filler + [word]).joined(separator: " ")).isEmpty)
      // A word repeated is counted once.
      #expect(!keys((Array(repeating: "zqx", count: 100) + [word]).joined(separator: " ")).isEmpty)
    }
    // A word as written still matches past the limit.
    #expect(!keys((filler + ["hadjeres"]).joined(separator: " ")).isEmpty)
  }

  @Test func ranksTitleOverAuthorOverAbstract() {
    let hits = index.search(SearchQuery("bengio")).hits
    // No title says Bengio; the Bengios' papers (author matches) come first.
    let byABengio = hits.map { hit in
      tuesday2018.events[hit.eventIndex].authors.contains { $0.name.hasSuffix("Bengio") }
    }
    #expect(byABengio.first == true)
    #expect(byABengio == byABengio.sorted { $0 && !$1 })
    // Every event with the word in its title comes before every event with it elsewhere only.
    let found = index.search(SearchQuery("backpropagation")).hits.map {
      tuesday2018.events[$0.eventIndex]
    }
    let inTitle = found.map {
      TextFolding.words($0.title).contains { $0.hasPrefix("backpropagation") }
    }
    #expect(inTitle.contains(true) && inTitle.contains(false))
    #expect(inTitle == inTitle.sorted { $0 && !$1 })
  }

  @Test func requiresEveryWord() {
    #expect(titles("tangent kernel zebrafish").isEmpty)
    #expect(titles("zebrafish").allSatisfy { $0.contains("zebrafish") })
  }

  @Test func matchesQuotedPhrasesAsPhrases() {
    let phrase = titles("\"generative prior\"")
    #expect(phrase.contains("Phase Retrieval Under a Generative Prior"))
    let words = titles("generative prior")
    #expect(words.count > phrase.count)
  }

  @Test func reportsTheMatchedWordsForHighlighting() {
    let result = index.search(SearchQuery("tangent kern"))
    #expect(result.matchedWords.isSuperset(of: ["tangent", "kernel"]))
    let highlighter = Highlighter(words: result.matchedWords, style: TextStyle(usesColor: true))
    #expect(
      highlighter.apply("Neural Tangent Kernel")
        == "Neural \u{1B}[1;31mTangent\u{1B}[0m \u{1B}[1;31mKernel\u{1B}[0m")
  }

  @Test func parsesQueries() {
    #expect(
      SearchQuery("Cross-Modal \"Tangent  Kernel\" Gaëtan").terms == [
        SearchQuery.Term(words: ["cross", "modal"], isQuoted: false),
        SearchQuery.Term(words: ["tangent", "kernel"], isQuoted: true),
        SearchQuery.Term(words: ["gaetan"], isQuoted: false),
      ])
    #expect(SearchQuery("  ").isEmpty)
  }
}
