import ConfSchedData
import Testing

@testable import ConfSchedKit

/// The bundled data as a run thaws it: every dump in Data/, with its index.
let bundledData: ScheduleSnapshot.Contents? = ScheduleSnapshot.decode(
  BundledDump.snapshot, strings: BundledDump.snapshotStrings)

/// The cases of the search issue, on the bundled data (1,854 events of NeurIPS 2018 and 2019).
@Suite("Search on the bundled data")
struct BundledSearchTests {
  let schedule: Schedule
  let index: SearchIndex

  init() throws {
    let data = try #require(bundledData)
    schedule = data.schedule
    index = data.index
  }

  func titles(_ query: String) -> [String] {
    index.search(SearchQuery(query)).hits.map { schedule.events[$0.eventIndex].title }
  }

  func ids(_ query: String) -> Set<EventID> {
    Set(index.search(SearchQuery(query)).hits.map { schedule.events[$0.eventIndex].id })
  }

  func rank(_ title: String, in query: String) -> Int? {
    titles(query).firstIndex(of: title)
  }

  /// Words next to each other, in order, rank above the same words apart.
  @Test func ranksAdjacentWordsFirst() throws {
    let found = titles("meta learning")
    let adaptive = try #require(
      found.firstIndex(of: "Adaptive Gradient-Based Meta-Learning Methods"))
    let apart = try #require(
      found.firstIndex(
        of: "A Meta-MDP Approach to Exploration for Lifelong Reinforcement Learning"))
    #expect(adaptive < apart)
    // The first ten all have the two words together, hyphenated, spaced or joined.
    for title in found.prefix(10) {
      let folded = TextFolding.fold(title)
      #expect(folded.contains("meta learn") || folded.contains("metalearn"), "\(title)")
    }
  }

  /// `GAN` and `GANs` are one word: every spelling gives the same ranking, and a paper about
  /// GANs (its abstract says so too) is not left below the posters that only say it once.
  @Test func ranksGANAndGANsTogether() throws {
    let reference = titles("GAN")
    for spelling in ["gan", "GANs", "gans"] { #expect(titles(spelling) == reference) }
    let equal = try #require(rank("Are GANs Created Equal? A Large-Scale Study", in: "gan"))
    #expect(equal < 10)
  }

  /// An acronym finds what it stands for, both ranked together.
  @Test func findsWhatAnAcronymStandsFor() throws {
    let kernels = Set(titles("NTK"))
    #expect(
      kernels == [
        "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
        "On the Inductive Bias of Neural Tangent Kernels",
        "Graph Neural Tangent Kernel: Fusing Graph Neural Networks with Graph Kernels",
      ])
    #expect(titles("NTK").count == 4)  // the 2018 paper's spotlight and poster
    #expect(ids("ntk") == ids("NTK"))
    // gan: every title that spells it out, and those that do not.
    let gan = Set(titles("gan"))
    let spelledOut = schedule.events.map(\.title).filter {
      $0.lowercased().contains("generative adversarial")
    }
    #expect(Set(spelledOut).count == 14)
    #expect(gan.isSuperset(of: spelledOut))
    #expect(gan.contains("Banach Wasserstein GAN"))
    // RL: every reinforcement learning event (title, abstract, track).
    let rl = ids("RL")
    #expect(rl.count == 160)
    #expect(rl.isSuperset(of: ids("\"reinforcement learning\"")))
    // The phrase spelt out finds the acronym alone, too.
    #expect(ids("neural tangent kernel") == ids("NTK"))
  }

  @Test func learnsTheAcronymsTheDataDefines() {
    #expect(index.acronyms.expansions["ntk"]?.first == ["neural", "tangent", "kernel"])
    #expect(
      index.acronyms.expansions["gan"]?.contains { $0.starts(with: ["generative", "adversarial"]) }
        == true)
  }

  /// British and American spellings are one word.
  @Test func foldsSpellings() {
    let british = ids("bayesian optimisation")
    #expect(british == ids("bayesian optimization"))
    #expect(british.count >= 16)  // 3 with the British spelling, 13 with the American
    #expect(ids("regularisation") == ids("regularization"))
    #expect(ids("behaviour") == ids("behavior"))  // -our/-or
    #expect(!ids("behaviour").isEmpty)
  }

  /// Compounds: joined, hyphenated or spaced.
  @Test func foldsCompounds() {
    for query in ["metalearning", "meta-learning", "meta learning"] {
      let found = Set(titles(query))
      #expect(found.contains("Metalearned Neural Memory"), "\(query)")
      #expect(found.contains("Meta-Learning with Implicit Gradients"), "\(query)")
      #expect(found.contains("Meta Learning with Relational Information for Short Sequences"))
    }
  }

  /// Stopwords neither match nor rank.
  @Test func skipsStopwords() {
    #expect(ids("learning to learn") == ids("learning learn"))
    #expect(titles("learning to learn").first == "Learning to Learn By Self-Critique")
    #expect(SearchQuery("the of to").isEmpty)
    #expect(titles("\"learning to learn\"").contains("Learning to Learn By Self-Critique"))
  }

  /// A typo is forgiven even when one abstract has the misspelt word: `performace` finds the
  /// 122 events that spell it right, the misspelt one among them; a variant is not a typo.
  @Test func forgivesTyposThatTheDataAlsoMakes() {
    #expect(index.exactKey("performace") != nil)
    let found = ids("performace")
    #expect(found.count > 100)
    #expect(found == ids("performance").union(ids("\"performace\"")))
    // `prevent` is a word: `present`, a letter away, is not a typo of it.
    #expect(ids("prevent").count < 10)
    // `optimzation` is a typo of the word both spellings share.
    #expect(ids("optimzation") == ids("optimization"))
  }

  /// One paper's slots are one result, with both times.
  @Test func groupsAPapersSlots() throws {
    let papers = index.search(SearchQuery("neural tangent")).papers(in: schedule.events)
    let first = try #require(papers.first)
    #expect(first.map(\.kind) == [.spotlight, .poster])
    #expect(papers.count == 3)
    // A filter keeps the slots it keeps.
    let posters = index.search(SearchQuery("neural tangent")).papers(in: schedule.events) {
      $0.kind == .poster
    }
    #expect(posters.first?.map(\.kind) == [.poster])
  }

  /// `-word` leaves out, `a OR b` widens.
  @Test func excludesAndWidens() {
    let gan = ids("gan")
    let withoutWasserstein = ids("gan -wasserstein")
    #expect(withoutWasserstein == gan.subtracting(ids("wasserstein")))
    #expect(withoutWasserstein.count < gan.count)
    #expect(ids("gan -\"wasserstein gan\"").count > withoutWasserstein.count)
    let either = ids("\"style transfer\" OR \"domain adaptation\"")
    #expect(either == ids("\"style transfer\"").union(ids("\"domain adaptation\"")))
    #expect(either.count > ids("\"style transfer\"").count)
  }

  /// A title that is the query comes first.
  @Test func ranksAWholeTitleFirst() {
    #expect(titles("neural spline flows").first == "Neural Spline Flows")
    #expect(titles("graph normalizing flows").first == "Graph Normalizing Flows")
  }

  /// A match only in an abstract says where: the words around it.
  @Test func showsTheWordsAroundAMatchInAnAbstract() throws {
    let result = index.search(SearchQuery("grid cells"))
    let hit = try #require(
      result.hits.first {
        schedule.events[$0.eventIndex].title.hasPrefix("Generalisation of structural knowledge")
      })
    #expect(hit.matchedFields == SearchIndex.FieldSet(.abstract))
    let abstract = try #require(schedule.events[hit.eventIndex].abstract)
    let snippet = try #require(Snippet.around(abstract, matching: result.matchedWords, width: 100))
    #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
    #expect(snippet.count <= 102)
    #expect(snippet.contains("grid") && snippet.contains("cell"))
    #expect(Snippet.around(abstract, matching: ["zebrafish"], width: 100) == nil)
  }
}
