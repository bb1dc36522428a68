import Testing

@testable import ConfSchedKit

@Suite("Acronyms")
struct AcronymsTests {
  func learnt(_ text: String) -> [String: [[String]]] {
    var acronyms = Acronyms()
    acronyms.learn(from: text)
    acronyms.finishLearning()
    return acronyms.expansions
  }

  @Test(arguments: [
    ("which we call the Neural Tangent Kernel (NTK).", "ntk", "neural tangent kernel"),
    ("Generative Adversarial Networks (GANs) are", "gan", "generative adversarial networks"),
    ("a variational autoencoder (VAE) with", "vae", "variational autoencoder"),
    ("using Markov chain Monte Carlo (MCMC) methods", "mcmc", "markov chain monte carlo"),
    ("Maximum a posteriori (MAP) estimation", "map", "maximum a posteriori"),
    ("the long short-term memory (LSTM) cell", "lstm", "long short term memory"),
  ])
  func learnsADefinition(_ text: String, _ acronym: String, _ phrase: String) {
    #expect(learnt(text)[acronym]?.first?.joined(separator: " ") == phrase)
  }

  @Test(arguments: [
    "results on ImageNet (see Section 4)",  // not capitals
    "at NeurIPS (NeurIPS)",  // small letters inside
    "the model (ABC) is",  // no words it abbreviates
    "trained with Adam (A)",  // one letter
    "as in prior work (e.g.)",
    "(NTK) with nothing before",
  ])
  func refusesWhatIsNotADefinition(_ text: String) {
    #expect(learnt(text).isEmpty, "\(learnt(text))")
  }

  @Test func keepsTheBestAttestedPhrases() {
    let expansions = learnt(
      """
      Generative adversarial networks (GANs). Generative Adversarial Network (GAN).
      Generative adversarial nets (GANs). Graph attention networks (GANs).
      """)
    #expect(
      expansions["gan"] == [
        ["generative", "adversarial", "network"], ["generative", "adversarial", "nets"],
        ["graph", "attention", "networks"],
      ])
  }

  @Test func parsesExclusionsAlternativesAndCapitals() {
    let query = SearchQuery(
      "GANs -wasserstein \"style transfer\" OR domain-adaptation -\"deep learning\" the")
    #expect(query.clauses.count == 4)
    #expect(
      query.clauses[0].terms == [
        SearchQuery.Term(words: ["gans"], isQuoted: false, isCapitalized: true)
      ])
    #expect(query.clauses[1].isExcluded && query.clauses[1].terms[0].words == ["wasserstein"])
    #expect(
      query.clauses[2].terms.map(\.words) == [["style", "transfer"], ["domain", "adaptation"]])
    #expect(query.clauses[3].isExcluded && query.clauses[3].terms[0].isQuoted)
    #expect(query.terms.count == 3)
    #expect(SearchQuery("ntk").clauses[0].terms[0].isCapitalized == false)
    #expect(SearchQuery("OR gan").clauses.count == 1)
    #expect(SearchQuery("-gan").isEmpty)
  }

  /// `commonExpansions` splits the common phrases at their spaces instead of folding them: they
  /// must be written folded.
  @Test func commonPhrasesAreWrittenFolded() {
    for (acronym, phrases) in Acronyms.common {
      #expect(TextFolding.fold(acronym) == acronym)
      let expected = phrases.map { TextFolding.words($0).map(String.init) }
      #expect(phrases.map(Acronyms.words(ofCommon:)) == expected, "\(acronym)")
      #expect(Acronyms.commonExpansions(of: acronym) == expected)
    }
    #expect(Acronyms.commonExpansions(of: "gans") == nil)
    #expect(Acronyms.commonExpansions(of: "ntk") == [["neural", "tangent", "kernel"]])
  }
}

@Suite("Byte masks")
struct ByteMaskTests {
  @Test func holdsExactlyItsBytes() {
    let bytes: [UInt8] = [0, 1, 63, 64, 127, 128, 200, 255, 0x6E]
    let mask = ByteMask(bytes)
    for byte in UInt8.min...UInt8.max {
      #expect(mask.contains(byte) == bytes.contains(byte), "\(byte)")
    }
    #expect(!ByteMask([]).contains(0))
  }
}
