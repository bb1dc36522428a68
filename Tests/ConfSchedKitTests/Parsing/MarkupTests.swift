import Testing

@testable import ConfSchedKit

/// One set of clean-up rules for titles and prose, whether a reader hands over a string or the
/// card reader assembles paragraphs from the dump's bytes.
@Suite("Markup clean-up")
struct MarkupTests {
  @Test(arguments: [
    ("<u>Rare-</u> <u>event Simulation</u>", "Rare-event Simulation", "Rare- event Simulation"),
    ("Domain- Specific  Models", "Domain-Specific Models", "Domain- Specific Models"),
    ("\\emph{Deep} {\\it learning} \\textbf{now}", "Deep learning now", "Deep learning now"),
    ("Costs of \\$5 \\& 10\\% in \\_x", "Costs of $5 & 10% in _x", "Costs of $5 & 10% in _x"),
    ("A<br>B <B>bold</B> <sub>2</sub>", "A B bold 2", "A B bold 2"),
    ("state-of-\nthe-art\tmodels ", "state-of-the-art models", "state-of-the-art models"),
    ("$\\ell_1$ norms <not a tag>", "$\\ell_1$ norms <not a tag>", "$\\ell_1$ norms <not a tag>"),
  ])
  func cleansTitlesAndProseByOneSetOfRules(_ input: String, _ title: String, _ prose: String) {
    #expect(Markup.cleanTitle(input) == title)
    #expect(Markup.cleanProse(input) == prose)
    // The same text as a paragraph of a dump, assembled from its bytes.
    let assembled = input.withUTF8Bytes { bytes in
      TextAssembler.text(
        bytes, [Paragraph(Line(start: 0, end: bytes.count, number: 1))], joiningHyphens: true)
    }
    #expect(assembled == title)
  }
}
