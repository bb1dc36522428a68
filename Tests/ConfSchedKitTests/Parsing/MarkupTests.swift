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

  /// `collapsingSpaces` looks at eight bytes at a time: two spaces, a tab or a line break must be
  /// found at every place in a word and across two words, and text with none returned as it is.
  @Test(arguments: [
    (
      "Graph neural networks are permutation equivariant",
      "Graph neural networks are permutation equivariant"
    ),
    ("1234567  9abcdef", "1234567 9abcdef"),
    ("12345678  abcdef", "12345678 abcdef"),
    ("1234567 ! abcdefgh", "1234567 ! abcdefgh"),
    ("abcdefg\tbcdefghijk", "abcdefg bcdefghijk"),
    ("abcdefghijklmno\nq", "abcdefghijklmno q"),
    ("abcdefghijklmnop\r\nrs", "abcdefghijklmnop rs"),
    ("Équivariance à  l'échelle des graphes", "Équivariance à l'échelle des graphes"),
    ("  padded at both ends   ", "padded at both ends"),
    ("ab  c", "ab c"),
  ])
  func collapsesSpacesAtEveryPlaceOfAWord(_ input: String, _ expected: String) {
    #expect(Markup.collapsingSpaces(input) == expected)
  }
}
