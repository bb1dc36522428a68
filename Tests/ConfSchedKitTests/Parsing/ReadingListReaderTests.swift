import Foundation
import Testing

@testable import ConfSchedKit

/// Reads inline reading-list text.
func readList(_ text: String, name: String = "inline.md") -> ReadResult {
  ReadingListReader.read(DumpSource(name: name, text: text), options: ReadOptions())
}

/// A reading-list fixture from Tests/Fixtures, read once per test.
func readingListFixture(_ name: String) throws -> (DumpSource, ReadResult) {
  let text = try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
  let source = DumpSource(name: name, text: text)
  return (source, ReadingListReader.read(source, options: ReadOptions()))
}

@Suite("Reading-list reader")
struct ReadingListReaderTests {
  static let post002 = "002_567fcdf441c92c99.txt"
  static let notes003 = "003_a34c490eeb1aa4b9.txt"

  /// Real items of 002 and 003, quoted exactly, and the title each should give.
  @Test(arguments: [
    (
      "\t* Discrete Molecular Generation - Ryan adams", "Discrete Molecular Generation"
    ),
    (
      "\t* A Model to Saerch for Synthesizable Molecules.",
      "A Model to Saerch for Synthesizable Molecules"
    ),
    (
      "\t* BIVA: A very deep hierarchy of latent variables for generative modelling.",
      "BIVA: A very deep hierarchy of latent variables for generative modelling"
    ),
    (
      "\t* Generating Diverse High Fidelity Images with VQ-VAE2",
      "Generating Diverse High Fidelity Images with VQ-VAE2"
    ),
    ("\t* MuZero", "MuZero"),
    ("\t* David Ha’s numerous papers", "David Ha’s numerous papers"),
    (
      "\t* No Press Diplomacy: Modeling Multi-Agent Gameplay",
      "No Press Diplomacy: Modeling Multi-Agent Gameplay"
    ),
    (
      "    * The Impliic Metropolis Hastings Algo (should I even add this one). ",
      "The Impliic Metropolis Hastings Algo"
    ),
    (
      "    * MetaInit: Initalizing learning by learning to initialize",
      "MetaInit: Initalizing learning by learning to initialize"
    ),
    (
      "    * Which Algorithmic Choices Matter at Which Batch Sizes? Insights from a noisy quadratic"
        + " model ",
      "Which Algorithmic Choices Matter at Which Batch Sizes? Insights from a noisy quadratic model"
    ),
    ("    * Bayesian Layers (Dustin Tran)", "Bayesian Layers"),
    ("    * Johnny’s poster", "Johnny’s poster"),
    ("* Misc Self-Routing Capsule Networks", "Misc Self-Routing Capsule Networks"),
    (
      "Sanity Checks for Saliency Maps. NIPS 2018 (spotlight)", "Sanity Checks for Saliency Maps"
    ),
    (
      "TCAV: Testing with Concept Activation Vectors. ICML 2018.",
      "TCAV: Testing with Concept Activation Vectors"
    ),
  ])
  func readsTheTitleOfARealItem(_ line: String, _ title: String) {
    let list = readList(line)
    #expect(list.mentions.map(\.text) == [title])
    #expect(list.mentions.first?.context == line.trimmingSpaces().droppingListMarker())
    #expect(list.diagnostics.isEmpty)
  }

  @Test func takesALinkedTitleAndItsAddressOutOfBoldAndASummary() throws {
    let line =
      "\t    * **[Your classifier is secretly an energy based model and you should treat it like one]"
      + "(https://arxiv.org/pdf/1912.03263.pdf) - any classification model $$p(y|x)$$ "
    let mention = try #require(readList(line).mentions.first)
    #expect(
      mention.text
        == "Your classifier is secretly an energy based model and you should treat it like one")
    #expect(mention.link == "https://arxiv.org/pdf/1912.03263.pdf")
    #expect(mention.source == SourceLocation(file: "inline.md", line: 1, column: 11))
  }

  @Test(arguments: [
    (
      "    * Graph Normalizing Flows - https://arxiv.org/pdf/1905.13177.pdf",
      "Graph Normalizing Flows", "https://arxiv.org/pdf/1905.13177.pdf"
    ),
    (
      "    * Invert to learn to invert - NEED TO WRITE A SUMMARY"
        + " https://papers.nips.cc/paper/8336-invert-to-learn-to-invert.pdf",
      "Invert to learn to invert",
      "https://papers.nips.cc/paper/8336-invert-to-learn-to-invert.pdf"
    ),
    (
      "    * Neural Spline Flows - highly expressive normalizing flows that are also stable to"
        + " train https://arxiv.org/pdf/1906.04032.pdf ",
      "Neural Spline Flows", "https://arxiv.org/pdf/1906.04032.pdf"
    ),
  ])
  func takesABareURLAfterTheSummaryAsTheLink(_ line: String, _ title: String, _ link: String) {
    let mentions = readList(line).mentions
    #expect(mentions.map(\.text) == [title])
    #expect(mentions.first?.link == link)
  }

  /// Real items of 003 whose head is a label or prose: no title from the head, only what the
  /// rest quotes or marks with a venue.
  @Test(arguments: [
    (
      "  • Problem: Some widely used saliency methods for prediction explanation do not really"
        + " reflect the evidence for prediction.", [String]()
    ),
    (
      "  • Propose two sanity check methods for explanation methods from the motivation: “When"
        + " prediction changes, the explanation should change.”", []
    ),
    (
      "  • What we learned: We should be careful of confirmation bias when developing explanation"
        + " method. Just because it “makes sense” to humans, doesn’t mean it reflects the evidence"
        + " for prediction.", []
    ),
    (
      "  • Approach: Change prediction based on randomization test: 1) Model parameter"
        + " randomization; 2) Data label randomization.", []
    ),
    (
      "  • Challenges: Recent paper Can You Trust Your Model’s Uncertainty? Evaluating Predictive"
        + " Uncertainty Under Dataset Shift (NeurIPS 2019) contradicts the principles.",
      [
        "Can You Trust Your Model’s Uncertainty? Evaluating Predictive Uncertainty Under Dataset"
          + " Shift"
      ]
    ),
    (
      "1.\tAim for significant breakthroughs in methodology or application, don’t settle for"
        + " marginal improvements. ", []
    ),
    (
      "7.\tBenchmarks and review papers are incredibly important for consolidating all of the"
        + " different research avenues being pursued.", []
    ),
  ])
  func skipsLabelsAndProse(_ line: String, _ titles: [String]) {
    #expect(readList(line).mentions.map(\.text) == titles)
  }

  @Test func cutsAtTheColonBeforeASummaryNotAtASubtitle() {
    let lines = [
      "  • Neural Tangents: Fast and Easy Infinite Neural Networks in Python: A Python library"
        + " designed to enable research into infinitely wide neural networks. This software paper"
        + " actually appeared in Bayesian Deep Learning Workshop on Friday (12/13).",
      "  • Asymmetric Valleys: Beyond Sharp and Flat Local Minima: This paper proposes a theory"
        + " that there exists many asymmetric directions (flat or sharp) at a local minimum.",
      "  • Uniform Convergence may be Unable to Explain Generalization in Deep Learning"
        + " (Outstanding New Directions Paper): Existing generalization bound methods which based"
        + " on uniform convergence may not be lead us to explain why over-parameterized DNNs can"
        + " generalize well.",
    ]
    #expect(
      readList(lines.joined(separator: "\n")).mentions.map(\.text) == [
        "Neural Tangents: Fast and Easy Infinite Neural Networks in Python",
        "Asymmetric Valleys: Beyond Sharp and Flat Local Minima",
        "Uniform Convergence may be Unable to Explain Generalization in Deep Learning",
      ])
  }

  @Test func findsQuotedTitlesAndTitlesBeforeAVenueInProse() {
    let text = """
      He has two interesting papers “Practical DL with Bayes” and “Approximate Inference Turns \
      DNNs into GPs” accepted at NeurIPS 2019. We can leverage the “Bayesian learning rule”.
      They have another paperRobustness May Be at Odds with Accuracy (ICLR 2019) which also seems \
      to be interesting. Recently it has also been accepted in ICLR 2020.
      """
    let mentions = readList(text).mentions
    #expect(
      mentions.map(\.text) == [
        "Practical DL with Bayes", "Approximate Inference Turns DNNs into GPs",
        "Robustness May Be at Odds with Accuracy",
      ])
    #expect(mentions.map(\.source.line) == [1, 1, 2])
    #expect(mentions.map(\.source.column) == [32, 62, 24])
    #expect(mentions.allSatisfy { $0.link == nil })
  }

  @Test func skipsCategoriesBreaksAndTheirParents() {
    let text = """
      * Generative Models:
          * Energy based models
      \t    * [Implicit Generation and Generalization with Energy Based Models](https://arxiv.org/pdf/1903.08689.pdf) - shows similar results.
      \t* Tensor Monte Carlo.

      <br>

      * Inference
          * Optimal Sparse Decision Trees 
      """
    let mentions = readList(text).mentions
    #expect(
      mentions.map(\.text) == [
        "Implicit Generation and Generalization with Energy Based Models", "Tensor Monte Carlo",
        "Optimal Sparse Decision Trees",
      ])
    #expect(mentions.map(\.source.line) == [3, 4, 9])
  }

  @Test func readsAnItemOverItsIndentedLines() throws {
    let text = """
      \t    * **[Your classifier is secretly an energy based model](https://arxiv.org/pdf/1912.03263.pdf) - any classification model $$p(y|x)$$ 
              can be used to also learn $$p(x,y)$$, as the paper “Implicit Generation and Modeling with Energy Based Models” shows.**
      * Next
      """
    let mentions = readList(text).mentions
    #expect(
      mentions.map(\.text) == [
        "Your classifier is secretly an energy based model",
        "Implicit Generation and Modeling with Energy Based Models", "Next",
      ])
    let first = try #require(mentions.first)
    #expect(first.context.hasPrefix("**[Your classifier"))
    #expect(first.context.hasSuffix("Energy Based Models” shows.**"))
    #expect(mentions[1].source == SourceLocation(file: "inline.md", line: 2, column: 61))
    #expect(mentions[1].context == first.context)
  }

  @Test func readsTheLinesUnderALabelUntilABlankLine() {
    let text = """
      Spotlight talks: 

      Score based density estimation
      New way to evaluate the quality of generative models for images. 

      Single cell data, want to look more at these datasets.
      Poster Session 2: 
      Large scale neural network loss landscapes
      MMD gradient flow
      """
    #expect(
      readList(text).mentions.map(\.text) == [
        "Score based density estimation", "Large scale neural network loss landscapes",
        "MMD gradient flow",
      ])
  }

  @Test func skipsFrontMatterHeadingsAndATableOfContents() {
    let text = """
      ---
      layout: post
      title: NeurIPS 2019
      ---
      # Exciting avenues
      Table of Contents

        • Industrial Talks
        • Bayesian Deep Learning Tutorial

      Disclaimer: The content of this notes does not fully reflect the trends at NeurIPS 2019.
        • Neural Spline Flows
      """
    let list = readList(text)
    #expect(list.mentions.map(\.text) == ["Neural Spline Flows"])
    #expect(list.mentions.first?.source.line == 12)
    #expect(list.diagnostics.isEmpty)
  }

  @Test func reportsWhatItCouldNotRead() {
    let unclosed = readList("---\ntitle: x\n* [Neural Spline Flows](https://arxiv.org/pdf/1906")
    #expect(unclosed.mentions.map(\.text) == ["Neural Spline Flows"])
    #expect(unclosed.mentions.first?.link == nil)
    #expect(
      unclosed.diagnostics.map(\.description) == [
        "inline.md:1:1: warning: front matter opened by '---' is never closed; read as text",
        "inline.md:3:3: warning: the link after this title is not closed with ')'",
      ])
    let empty = readList("Just a paragraph about the conference, with no titles in it.")
    // Nothing found is not a warning but an empty result, which the loader refuses by name.
    #expect(empty.isEmpty)
    #expect(empty.diagnostics.isEmpty)
  }

  /// Where the fixtures' titles stand: line, and the title found there.
  @Test(arguments: [
    (
      post002, 26,
      "Your classifier is secretly an energy based model and you should treat it like one"
    ),
    (post002, 34, "A Model to Saerch for Synthesizable Molecules"),
    (post002, 36, "Generative Well intenetioned networks"),
    (post002, 43, "Discrete Normalizing Flows"),
    (post002, 59, "MuZero"),
    (post002, 61, "David Ha’s numerous papers"),
    (post002, 108, "Sparse Variaitonal Inference: Bayesian Coresets from Scratch"),
    (post002, 126, "Johnny’s poster"),
    (post002, 227, "Large scale neural network loss landscapes"),
    (notes003, 25, "One-Shot Object Detection with Co-Attention and Co-Excitation"),
    (notes003, 33, "Sanity Checks for Saliency Maps"),
    (notes003, 46, "Towards Automatic Concept-based Explanations"),
    (notes003, 46, "On Concept-Based Explanations in Deep Neural Networks"),
    (
      notes003, 69,
      "Can You Trust Your Model’s Uncertainty? Evaluating Predictive Uncertainty Under Dataset Shift"
    ),
    (notes003, 89, "Time Matters in Regularizing Deep Networks"),
    (notes003, 96, "Robustness May Be at Odds with Accuracy"),
    (
      notes003, 104,
      "On the Connection Between Adversarial Robustness and Saliency Map Interpretability"
    ),
  ])
  func findsTheFixturesTitlesOnTheirLines(_ file: String, _ line: Int, _ title: String) throws {
    let (_, list) = try readingListFixture(file)
    #expect(list.mentions.contains { $0.source.line == line && $0.text == title })
  }

  /// 002: 58 items in the categorised list (lines 24 to 132; the 15 categories and one prose
  /// item are not mentions), one item of the closing notes (`Too computationally expensive`,
  /// line 168; the numbered list above it is prose), and 13 lines under the Tuesday's labels
  /// (`Poster Session 1:`, `Spotlight talks:`, `Poster Session 2:`).
  @Test func counts002() throws {
    let (source, list) = try readingListFixture(Self.post002)
    #expect(list.mentions.count == 72)
    #expect(list.mentions.filter { $0.source.line <= 132 }.count == 58)
    #expect(list.mentions.filter { $0.source.line >= 199 }.count == 13)
    #expect(list.mentions.filter { $0.link != nil }.count == 10)
    #expect(list.diagnostics.isEmpty)
    #expect(ReadingListReader.sniff(source))
  }

  /// 003: 8 list items whose head is a title (Deep Learning Theory, Interpretability), 11
  /// titles in curly quotes (one of them, `Practical DL with Bayes`, twice; one a talk, one a
  /// textbook), and 4 titles before a venue. The table of contents, the labelled notes
  /// (`Problem:`, `Approach:`) and the talk headings on lines of their own are not mentions.
  @Test func counts003() throws {
    let (source, list) = try readingListFixture(Self.notes003)
    #expect(list.mentions.count == 23)
    // The items' heads start after `  • `; quoted titles stand in quotes in their context.
    #expect(list.mentions.filter { $0.source.column == 5 }.count == 8)
    #expect(list.mentions.filter { $0.context.contains("“\($0.text)") }.count == 11)
    #expect(Set(list.mentions.map(\.source.line)).count == 20)
    #expect(list.mentions.filter { $0.text == "Practical DL with Bayes" }.count == 2)
    #expect(!list.mentions.contains { $0.source.line <= 17 })
    #expect(list.diagnostics.isEmpty)
    #expect(ReadingListReader.sniff(source))
  }

  @Test func sniffsReadingListsApartFromTheOtherFamilies() throws {
    #expect(!ReadingListReader.sniff(try bundled("neurips-2018-12-04.txt")))
    let notes = """
      # Dec 10, Tuesday 

      10:05 am : West Ballroom C\\
      [Updates of Equilibrium Prop Match Gradients of Backprop Through Time](https://nips.cc/)\\
      10:20 am : West Ballroom C\\
      """
    #expect(!ReadingListReader.sniff(DumpSource(name: "n.md", text: notes)))
    let page = "<!DOCTYPE html>\n<html><body><div class=\"maincardBody\">A Title</div>"
    #expect(!ReadingListReader.sniff(DumpSource(name: "p.html", text: page)))
    #expect(!ReadingListReader.sniff(DumpSource(name: "b.txt", text: " \n-- \n")))
    #expect(ReadingListReader.sniff(DumpSource(name: "r.md", text: "* MuZero")))
  }
}

extension String {
  /// The text after a leading list marker (`* `, `• `, `1.`) and the spaces after it.
  fileprivate func droppingListMarker() -> String {
    var rest = Substring(self)
    if let first = rest.first, "*-+•".contains(first) {
      rest = rest.dropFirst()
    } else if rest.first?.isNumber == true, let dot = rest.firstIndex(where: { $0 == "." }) {
      rest = rest[rest.index(after: dot)...]
    } else {
      return self
    }
    return rest.trimmingSpaces()
  }
}

@Suite("Reading-list conference")
struct ReadingListConferenceTests {
  @Test(
    arguments: [
      ("My NeurIPS 2019 highlights, and one paper from NIPS 2018.", 2019),
      (
        "Notes from NeurIPS'18 and neurips-2018; see https://nips.cc/Conferences/2019/Schedule",
        2018
      ),
      ("Notes from NeurIPS’23, New Orleans", 2023),
      ("A list of papers I liked this year.", nil),
      ("NIPS 12345 is not a year, nor is SNIPS 2019", nil),
    ] as [(String, Int?)])
  func findsTheEditionAListIsAbout(_ text: String, _ year: Int?) {
    let found = text.withUTF8Bytes { ConferenceYear.infer($0) }
    #expect(found == year)
  }

  @Test func givesTheListItsConference() {
    let list = readList("# NeurIPS 2019 reading list\n\n* Neural Spline Flows\n")
    #expect(list.conferences.map(\.id) == ["neurips-2019"])
  }
}
