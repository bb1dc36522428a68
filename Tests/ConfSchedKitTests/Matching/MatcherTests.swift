import Testing

@testable import ConfSchedKit

/// Real NeurIPS 2019 titles (checked against the conference's poster page), as posters.
let titles2019 = [
  "A Model to Search for Synthesizable Molecules",
  "BIVA: A Very Deep Hierarchy of Latent Variables for Generative Modeling",
  "Generating Diverse High-Fidelity Images with VQ-VAE-2",
  "Implicit Generation and Modeling with Energy Based Models",
  "Energy-Inspired Models: Learning with Sampler-Induced Distributions",
  "Neural Spline Flows",
  "Discrete Flows: Invertible Generative Models of Discrete Data",
  "Integer Discrete Flows and Lossless Compression",
  "Residual Flows for Invertible Generative Modeling",
  "Graph Normalizing Flows",
  "Variational Mixture-of-Experts Autoencoders for Multi-Modal Deep Generative Models",
  "Generative Modeling by Estimating Gradients of the Data Distribution",
  "Symmetry-adapted generation of 3d point sets for the targeted discovery of molecules",
  "Invert to Learn to Invert",
  "Generative Well-intentioned Networks",
  "Hyperbolic Graph Neural Networks",
  "Hyperbolic Graph Convolutional Neural Networks",
  "Self-Routing Capsule Networks",
  "Tensor Monte Carlo: Particle Methods for the GPU era",
  "The Implicit Metropolis-Hastings Algorithm",
  "MetaInit: Initializing learning by learning to initialize",
  "MAVEN: Multi-Agent Variational Exploration",
  "Bayesian Layers: A Module for Neural Network Uncertainty",
  "Evaluating Protein Transfer Learning with TAPE",
  "Practical Deep Learning with Bayesian Principles",
  "Large Scale Structure of Neural Network Loss Landscapes",
  "Maximum Mean Discrepancy Gradient Flow",
  "Time Matters in Regularizing Deep Networks: Weight Decay and Data Augmentation Affect Early"
    + " Learning Dynamics, Matter Little Near Convergence",
  "Efficiently escaping saddle points on manifolds",
  "Escaping from saddle points on Riemannian manifolds",
]

/// Made-up titles sharing most of their words with real ones.
let decoys2019 = [
  "A Model to Search for Synthesizable Materials",
  "Generating Diverse Images with Hierarchical VQ-VAE",
  "Energy Based Models for Molecules",
  "Neural Flows for Invertible Generative Modeling",
  "Graph Neural Flows for Molecules",
  "Generative Adversarial Networks for Molecules",
]

/// NeurIPS 2019 posters on Tuesday 10 December, a board each, read through `Schedule`.
func schedule2019(_ titles: [String], kind: EventKind = .poster, day: Int = 10) -> Schedule {
  var result = ReadResult()
  result.conferences = [Conference.neurIPS(year: 2019)]
  result.events = titles.enumerated().map { index, title in
    Event(
      kind: kind, title: title, conference: Conference.neurIPS(year: 2019),
      date: CalendarDate(year: 2019, month: 12, day: day), start: LocalTime(hour: 10, minute: 45),
      end: LocalTime(hour: 12, minute: 45), room: "East Exhibition Hall B + C",
      board: String(index + 1), source: SourceLocation(file: "inline.txt", line: index + 1))
  }
  return Schedule([result])
}

@Suite("Matcher")
struct MatcherTests {
  /// The real titles with their decoys, and the whole NeurIPS 2018 Tuesday (409 events).
  static let matcher = Matcher(
    events: schedule2019(titles2019 + decoys2019).events + tuesday2018.events)

  /// Mentions from 002 and 003 as written, and the title each must match.
  @Test(arguments: [
    (
      "A Model to Saerch for Synthesizable Molecules.",
      "A Model to Search for Synthesizable Molecules"
    ),
    ("Generative Well intenetioned networks", "Generative Well-intentioned Networks"),
    (
      "BIVA: A very deep hierarchy of latent variables for generative modelling",
      "BIVA: A Very Deep Hierarchy of Latent Variables for Generative Modeling"
    ),
    (
      "Generating Diverse High Fidelity Images with VQ-VAE2",
      "Generating Diverse High-Fidelity Images with VQ-VAE-2"
    ),
    (
      "Variational Mixture-of-Experts Autoencoders for Multi-modal deep generative models",
      "Variational Mixture-of-Experts Autoencoders for Multi-Modal Deep Generative Models"
    ),
    (
      "Symmetry adapted generation of 3d point sets for the targeted discovery of molecules",
      "Symmetry-adapted generation of 3d point sets for the targeted discovery of molecules"
    ),
    ("Invert to learn to invert", "Invert to Learn to Invert"),
    ("Neural Spline Flows", "Neural Spline Flows"),
    ("Graph Normalizing Flows", "Graph Normalizing Flows"),
    ("The Impliic Metropolis Hastings Algo", "The Implicit Metropolis-Hastings Algorithm"),
    (
      "MetaInit: Initalizing learning by learning to initialize",
      "MetaInit: Initializing learning by learning to initialize"
    ),
    ("Misc Self-Routing Capsule Networks", "Self-Routing Capsule Networks"),
    ("Hyperbolic Graph Neural Networks", "Hyperbolic Graph Neural Networks"),
    (
      "Large scale neural network loss landscapes",
      "Large Scale Structure of Neural Network Loss Landscapes"
    ),
    (
      "Implicit Generation and Generalization with Energy Based Models",
      "Implicit Generation and Modeling with Energy Based Models"
    ),
    ("Tensor Monte Carlo", "Tensor Monte Carlo: Particle Methods for the GPU era"),
    ("Time Matters in Regularizing Deep Networks", titles2019[27]),
  ])
  func matchesAMisspeltOrShortenedTitle(_ mention: String, _ title: String) throws {
    let match = try #require(Self.matcher.match(title: mention).match, "\(mention)")
    #expect(match.event.title == title)
    #expect(match.score >= Matcher.defaultMinScore)
  }

  /// Vague notes and titles that are only near a real one: no match, at most a hint.
  @Test(
    arguments: [
      ("MuZero", nil),
      ("David Ha’s numerous papers", nil),
      ("Johnny’s poster", nil),
      ("Discrete Normalizing Flows", "Graph Normalizing Flows"),
      // Topics, not titles, however their acronyms read.
      ("VAE", nil),
      ("GAN", nil),
      ("Wasserstein GAN", nil),
    ] as [(String, String?)])
  func refusesAVagueOrDifferentTitle(_ mention: String, _ hint: String?) {
    let verdict = Self.matcher.match(title: mention)
    guard case .notFound(let best) = verdict else {
      Issue.record("\(mention): \(verdict)")
      return
    }
    if let hint {
      #expect(best?.event.title == hint)
      #expect((best?.score ?? 1) < Matcher.defaultMinScore)
    }
  }

  /// What readers write instead of a title, and the rule that finds the paper.
  @Test(arguments: [
    ("TAPE", titles2019[23], MatchReason.name("TAPE")),
    ("Bayesian Layers", titles2019[22], .titleHead),
    ("Practical DL with Bayes", titles2019[24], .expandedAcronyms(["DL as deep learning"])),
    (
      "MMD gradient flow", titles2019[26],
      .expandedAcronyms(["MMD as maximum mean discrepancy"])
    ),
    // One significant word in five replaced, but MAVEN names one paper.
    ("MAVEN: Multi-Agent Variational Inference", titles2019[21], .name("MAVEN")),
  ])
  func matchesWhatReadersWriteInsteadOfATitle(
    _ mention: String, _ title: String, _ reason: MatchReason
  ) throws {
    let match = try #require(Self.matcher.match(title: mention).match, "\(mention)")
    #expect(match.event.title == title)
    #expect(match.reason == reason)
  }

  @Test func refusesATitleInTheMiddleOfTwoNearlyEqualOnes() throws {
    let matcher = Matcher(
      schedule2019([
        "Implicit Generation and Modeling with Energy Based Models",
        "Implicit Generation and Sampling with Energy Based Models",
      ]))
    let verdict = matcher.match(
      title: "Implicit Generation and Generalization with Energy Based Models")
    guard case .ambiguous(let candidates) = verdict else {
      Issue.record("\(verdict)")
      return
    }
    #expect(
      Set(candidates.map(\.event.title)) == [
        "Implicit Generation and Modeling with Energy Based Models",
        "Implicit Generation and Sampling with Energy Based Models",
      ])
    #expect(candidates.allSatisfy { abs($0.score - 0.844) < 0.001 })
  }

  @Test func refusesAMentionBetweenTwoRealTitles() {
    guard
      case .ambiguous(let candidates) = Self.matcher.match(
        title: "Escaping from saddle points on manifolds")
    else {
      Issue.record("not ambiguous")
      return
    }
    #expect(
      candidates.map(\.event.title) == [
        "Escaping from saddle points on Riemannian manifolds",
        "Efficiently escaping saddle points on manifolds",
      ])
  }

  @Test func refusesWhenTwoTitlesDifferOnlyByAPlural() {
    let matcher = Matcher(schedule2019(["Neural Spline Flows", "Neural Spline Flow"]))
    guard case .ambiguous(let candidates) = matcher.match(title: "Neural Spline Flows") else {
      Issue.record("not ambiguous")
      return
    }
    #expect(candidates.map(\.event.title) == ["Neural Spline Flows", "Neural Spline Flow"])
    #expect(candidates.map(\.score) == [1, candidates[1].score])
    #expect(candidates[1].score > 1 - Matcher.ambiguityMargin)
  }

  @Test func prefersAWholeTitleToAShortNameBeforeAColon() throws {
    let matcher = Matcher(
      schedule2019(["Tensor Monte Carlo", "Tensor Monte Carlo: Particle Methods for the GPU era"]))
    let match = try #require(matcher.match(title: "Tensor Monte Carlo").match)
    #expect(match.event.title == "Tensor Monte Carlo")
    #expect(match.score == 1)
  }

  @Test func treatsAnOralAndItsPosterAsOnePaperAndPicksThePoster() throws {
    let title = "Generating Diverse High-Fidelity Images with VQ-VAE-2"
    var oral = schedule2019([title], kind: .oral).events[0]
    oral.start = LocalTime(hour: 10, minute: 5)
    oral.end = LocalTime(hour: 10, minute: 20)
    oral.room = "West Ballroom C"
    oral.board = nil
    let poster = schedule2019([title], day: 11).events[0]
    let schedule = Schedule(
      [ReadResult(events: [poster, oral], conference: Conference.neurIPS(year: 2019))])
    let match = try #require(
      Matcher(schedule).match(title: "Generating Diverse High Fidelity Images with VQ-VAE2").match)
    #expect(match.event.kind == .poster)
    #expect(match.event.date?.day == 11)
    #expect(match.slots.map(\.kind) == [.oral, .poster])
    #expect(match.score == 1)
  }

  @Test func matchesA2018PaperOnTheRealTuesday() throws {
    let matcher = Matcher(tuesday2018)
    let mention = "Neural Tangent Kernel: Convergence and Generalisation in Neural Networks"
    let match = try #require(matcher.match(title: mention).match)
    #expect(
      match.event.title
        == "Neural Tangent Kernel: Convergence and Generalization in Neural Networks")
    #expect(match.event.kind == .poster)
    #expect(match.event.conference?.year == 2018)
    // The spotlight at 16:50 and the poster at 17:00: the poster is chosen though later.
    #expect(match.slots.map(\.kind) == [.spotlight, .poster])
    #expect(match.score > 0.9 && match.score < 1)
    // The 2019 papers of 002 are not there, and the nearest 2018 titles are refused.
    #expect(matcher.match(title: "A Model to Saerch for Synthesizable Molecules").match == nil)
    #expect(matcher.match(title: "Hyperbolic Graph Neural Networks").match == nil)
    #expect(matcher.match(title: "Lunch on your own") == .notFound(best: nil))
  }

  /// Every mention of 002 and 003 against the real titles, the decoys and the 2018 Tuesday: the
  /// matches are exactly the expected ones, and nothing else matches.
  @Test func matchesTheFixturesWithoutAWrongMatch() throws {
    var matched: [String: String] = [:]
    var count = 0
    for file in [ReadingListReaderTests.post002, ReadingListReaderTests.notes003] {
      let (_, list) = try readingListFixture(file)
      for mention in list.mentions {
        count += 1
        if let match = Self.matcher.match(mention).match {
          matched[mention.text] = match.event.title
        }
      }
    }
    #expect(count == 95)
    #expect(
      matched == [
        "A Model to Saerch for Synthesizable Molecules": titles2019[0],
        "BIVA: A very deep hierarchy of latent variables for generative modelling": titles2019[1],
        "Generating Diverse High Fidelity Images with VQ-VAE2": titles2019[2],
        "Implicit Generation and Generalization with Energy Based Models": titles2019[3],
        "Energy-Inspired Models: Learning with Sampler-Induced Distributions": titles2019[4],
        "Neural Spline Flows": titles2019[5],
        "Graph Normalizing Flows": titles2019[9],
        "Variational Mixture-of-Experts Autoencoders for Multi-modal deep generative models":
          titles2019[10],
        "Generative Modeling by Estimating Gradients of the Data Distribution": titles2019[11],
        "Symmetry adapted generation of 3d point sets for the targeted discovery of molecules":
          titles2019[12],
        "Invert to learn to invert": titles2019[13],
        "Generative Well intenetioned networks": titles2019[14],
        "Hyperbolic Graph Neural Networks": titles2019[15],
        "Misc Self-Routing Capsule Networks": titles2019[17],
        "Tensor Monte Carlo": titles2019[18],
        "The Impliic Metropolis Hastings Algo": titles2019[19],
        "MetaInit: Initalizing learning by learning to initialize": titles2019[20],
        "Large scale neural network loss landscapes": titles2019[25],
        "Time Matters in Regularizing Deep Networks": titles2019[27],
        "TAPE": titles2019[23],
        "Bayesian Layers": titles2019[22],
        "Practical DL with Bayes": titles2019[24],
        "MMD gradient flow": titles2019[26],
        "MAVEN: Multi-Agent Variational Inference": titles2019[21],
      ])
  }

  @Test(arguments: [
    ("saerch", "search", TitleSimilarity.typo),
    ("intenetioned", "intentioned", TitleSimilarity.typo),
    ("modelling", "modeling", TitleSimilarity.typo),
    ("variaitonal", "variational", TitleSimilarity.typo),
    ("flows", "flow", TitleSimilarity.typo),
    ("impliic", "implicit", TitleSimilarity.twoTypos),
    ("algo", "algorithm", TitleSimilarity.abbreviation),
    ("less", "loss", 0),
    ("model", "modal", TitleSimilarity.typo),
    ("inference", "exploration", 0),
    ("2", "3", 0),
    ("net", "network", 0),
  ])
  func comparesWords(_ a: String, _ b: String, _ similarity: Double) {
    #expect(TitleSimilarity.words(Array(a.utf8)[...], Array(b.utf8)[...]) == similarity)
    #expect(TitleSimilarity.words(Array(b.utf8)[...], Array(a.utf8)[...]) == similarity)
  }

  @Test func splitsTitlesIntoWeightedWords() {
    let words = TitleWords("Generating Diverse High-Fidelity Images with VQ-VAE2")
    #expect(
      (0..<words.count).map { String(decoding: words.word($0), as: UTF8.self) } == [
        "generating", "diverse", "high", "fidelity", "images", "with", "vq", "vae", "2",
      ])
    #expect(words.contentCount == 8)
    #expect(abs(words.totalWeight - 8.2) < 1e-9)
    #expect(Matcher.similarity("i-ResNet flows", "iResNet Flows") == 1)
    #expect(Matcher.similarity("Multiagent Games", "Multi-Agent Games") == 1)
  }

  @Test(
    arguments: [
      ("impliic", "implicit", 2), ("saerch", "search", 1), ("abc", "abc", 0), ("abcd", "dcba", nil),
      ("", "ab", 2),
    ] as [(String, String, Int?)])
  func alignsWords(_ a: String, _ b: String, _ distance: Int?) {
    #expect(EditDistance.alignment(Array(a.utf8)[...], Array(b.utf8)[...], limit: 2) == distance)
  }
}

extension ReadResult {
  /// A result with events of one conference.
  fileprivate init(events: [Event], conference: Conference) {
    self.init()
    self.events = events
    self.conferences = [conference]
  }
}
