import Testing

@testable import ConfSchedKit

/// The kinds of mention the matcher used to miss, against the bundled data (1,854 events), and
/// the topics and near titles it must still refuse.
@Suite("Reading-list recall")
struct ReadingListRecallTests {
  let matcher: Matcher

  init() throws {
    matcher = Matcher(try #require(bundledData).schedule)
  }

  @Test(arguments: [
    // An acronym the title gives as its name.
    ("TAPE", "Evaluating Protein Transfer Learning with TAPE", "name"),
    ("Phyre: FAIR", "PHYRE: A New Benchmark for Physical Reasoning", "name"),
    // A title's part before its colon.
    ("Bayesian Layers", "Bayesian Layers: A Module for Neural Network Uncertainty", "title-head"),
    (
      "One ticket to win them all",
      "One ticket to win them all: generalizing lottery ticket initializations across datasets"
        + " and optimizers", "title-head"
    ),
    // Abbreviations.
    (
      "Practical DL with Bayes", "Practical Deep Learning with Bayesian Principles",
      "expanded-acronyms"
    ),
    ("MMD gradient flow", "Maximum Mean Discrepancy Gradient Flow", "expanded-acronyms"),
    (
      "Approximate Inference Turns DNNs into GPs",
      "Approximate Inference Turns Deep Networks into Gaussian Processes", "expanded-acronyms"
    ),
    // An author instead of the title.
    (
      "Duvenaud Graph autoregressive network",
      "Efficient Graph Generation with Graph Recurrent Attention Networks", "author"
    ),
    // The exact full title after a label.
    (
      "The NTK paper by Arora: On Exact Computation with an Infinitely Wide Neural Net",
      "On Exact Computation with an Infinitely Wide Neural Net", "after-label"
    ),
  ])
  func matches(_ mention: String, _ title: String, _ rule: String) throws {
    let match = try #require(matcher.match(title: mention).match, "\(mention)")
    #expect(match.event.title == title)
    #expect(match.reason.rule == rule)
  }

  /// Topics, people and near titles: no paper, at most a hint.
  @Test(arguments: [
    "VAE", "GAN", "BERT", "ResNet", "LSTM", "MCMC", "Transformer", "Deep Learning",
    "Bayesian Optimization", "Neural Networks", "Wasserstein GAN", "NTK theory", "DL theory",
    "Alex Foster Bayesian optimization",  // Adam Foster wrote the paper; Alex is someone else
    "Duvenaud ODEs", "MuZero", "David Ha’s papers",
    "The best paper: Neural networks for everything",
  ])
  func refuses(_ mention: String) {
    #expect(matcher.match(title: mention).match == nil, "\(matcher.match(title: mention))")
  }

  /// Every mention of the bundled reading lists: what matched before still matches, and the
  /// mentions of the kinds above now do; nothing else.
  @Test func matchesTheBundledReadingLists() throws {
    let mentions = try #require(bundledData).mentions
    #expect(mentions.count == 95)
    let matched = mentions.filter { matcher.match($0).match != nil }
    #expect(matched.count == 55)
    let byRule = Dictionary(grouping: matched) { matcher.match($0).match?.reason.rule ?? "" }
    #expect(byRule["name"]?.count == 3)  // TAPE, Phyre, MAVEN
    #expect(byRule["expanded-acronyms"]?.count == 4)
    #expect(byRule["author"]?.map(\.text) == ["Duvenaud Graph autoregressive network"])
  }

  /// A bullet whose label says a paper follows counts the title after the colon as a mention;
  /// a sentence that mentions papers before a colon does not.
  @Test func readsTheTitleAfterAPaperLabel() {
    let list = ReadingListReader.read(
      DumpSource(
        name: "list.md",
        text: """
          # Papers

          * Lottery ticket paper: One ticket to win them all
          * Bill first discussed how computer vision papers were generated from 2013–2019: Open to a random page
          * Favourite talk: Deep Learning with Bayesian Principles

          """))
    let texts = list.mentions.map(\.text)
    #expect(texts.first == "One ticket to win them all")
    #expect(!texts.contains("Open to a random page"))
    // A label in title case before a title in title case stays one mention; the matcher reads
    // the title after the label.
    #expect(texts.last == "Favourite talk: Deep Learning with Bayesian Principles")
    #expect(list.mentions.first?.source.column == 25)
  }
}
