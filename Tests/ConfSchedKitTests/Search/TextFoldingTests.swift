import Testing

@testable import ConfSchedKit

@Suite("Text folding and edit distance")
struct TextFoldingTests {
  @Test(arguments: [
    ("Gaëtan Hadjeres", "gaetan hadjeres"),
    ("Markus Püschel", "markus puschel"),
    ("Straße ŁÓDŹ Ærø", "strasse lodz aero"),
    ("Anki’s “robot” — Vector…", "anki s robot vector"),
    ("ﬁne-tuning · RL", "fine tuning rl"),
    ("e\u{301}cole", "ecole"),
    ("Ψ-nets", "Ψ nets"),
  ])
  func folds(_ text: String, _ folded: String) {
    #expect(TextFolding.fold(text) == folded)
  }

  @Test func keysSurviveWrapsTagsAndLostHyphens() {
    #expect(TextFolding.key("hippocampal- entorhinal") == TextFolding.key("hippocampalentorhinal"))
    #expect(TextFolding.key("Hippocampal-Entorhinal") == "hippocampalentorhinal")
  }

  @Test(arguments: [
    ("hadjers", "hadjeres", true), ("nerual", "neural", true), ("lerning", "learning", true),
    ("neural", "neuron", false), ("kernel", "kernal", true), ("abc", "abcde", false),
  ])
  func editDistanceOfOne(_ a: String, _ b: String, _ within: Bool) {
    #expect(EditDistance.isWithinOne(Array(a.utf8)[...], Array(b.utf8)[...]) == within)
  }
}
