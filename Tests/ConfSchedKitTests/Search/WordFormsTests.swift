import Testing

@testable import ConfSchedKit

@Suite("Word forms")
struct WordFormsTests {
  /// Groups of words that must share a key.
  @Test(arguments: [
    ["optimisation", "optimization", "optimizations", "optimisations"],
    ["optimise", "optimize", "optimized", "optimising", "optimizes"],
    ["colour", "color", "colours", "coloured"],
    ["behaviour", "behavior", "behaviours"],
    ["behavioural", "behavioral"],
    ["neighbourhood", "neighborhood"],
    ["centre", "center", "centres"],
    ["analyse", "analyze", "analysed", "analyzing"],
    ["modelling", "modeling", "modelled", "model", "models"],
    ["labelled", "labeled", "label", "labels", "labelling"],
    ["gan", "gans"],
    ["network", "networks"],
    ["learn", "learning", "learned", "learns", "learnt"],
    ["embed", "embedding", "embedded", "embeddings", "embeds"],
    ["map", "mapping", "mapped", "maps"],
    ["study", "studies", "studied", "studying"],
    ["process", "processes"],
    ["bias", "biases", "biased"],
    ["rate", "rates", "rated"],
    ["compute", "computing", "computed", "computes"],
    ["control", "controlled", "controlling", "controls"],
    ["install", "installed", "instal"],
    ["agree", "agreed"],
    ["proceed", "proceeding", "proceeds"],
    ["need", "needed", "needs"],
    ["defence", "defense", "defences", "defenses"],
    ["matrix", "matrices"],
    ["dialogue", "dialog"],
    ["tumour", "tumor"],
    ["denoising", "denoise", "denoised"],
    ["lens", "lenses"],
  ])
  func sharesAKey(_ words: [String]) {
    let keys = Set(words.map { WordForms.key($0) })
    #expect(keys.count == 1, "\(words.map { "\($0): \(WordForms.key($0))" })")
  }

  /// Pairs of words that must keep different keys.
  @Test(arguments: [
    ("four", "for"), ("hour", "hor"), ("contour", "contor"), ("rate", "rat"), ("loss", "los"),
    ("analysis", "analyses2"), ("corpus", "corpu"), ("ising", "is"), ("evening", "even"),
    ("hop", "hope"), ("string", "str"), ("learner", "learn"), ("call", "cal"),
    ("series", "sery"), ("vae2", "vae"),
  ])
  func keepsApart(_ a: String, _ b: String) {
    #expect(WordForms.key(a) != WordForms.key(b), "\(a): \(WordForms.key(a))")
  }

  @Test func leavesShortWordsDigitsAndOtherScriptsAlone() {
    #expect(WordForms.key("rl") == "rl")
    #expect(WordForms.key("gps") == "gp")
    #expect(WordForms.key("has") == "has")
    #expect(WordForms.key("vq2s") == "vq2s")
    #expect(WordForms.key("Ψnets") == "Ψnets")
  }

  /// The note search skips words by their first letter before making keys: a key must start
  /// as its word does, for every word of the bundled data and every form the rules know.
  @Test func aKeyStartsAsItsWordDoes() {
    var words: Set<String> = []
    for event in tuesday2018.events {
      for text in [event.title, event.abstract ?? ""] {
        for word in TextFolding.words(text) { words.insert(String(word)) }
      }
    }
    words.formUnion([
      "matrices", "vertices", "hypotheses", "defences", "programmes", "learnt", "spelt",
      "optimisation", "colours", "centres", "catalogues", "modelling", "agreed", "ies", "gps",
    ])
    #expect(words.count > 2000)
    for word in words {
      #expect(WordForms.key(word).first == word.first, "\(word): \(WordForms.key(word))")
    }
  }
}
