import Testing

@testable import ConfSchedKit

@Suite("HTML character references")
struct HTMLEntityTests {
  @Test(arguments: [
    // Named references the schedule page uses, and the common ones.
    ("Shiyu Chang &middot; Yang Zhang", "Shiyu Chang · Yang Zhang"),
    ("Diversity &amp; Inclusion", "Diversity & Inclusion"),
    ("&lt;b&gt; is &quot;bold&quot; &apos;here&apos;", "<b> is \"bold\" 'here'"),
    ("1428&nbsp;", "1428\u{A0}"),
    ("&ndash; &mdash; &hellip;", "– — …"),
    ("&lsquo;a&rsquo; &ldquo;b&rdquo;", "‘a’ “b”"),
    ("&copy; &reg; &trade; &times; &raquo;", "© ® ™ × »"),
    ("Ren&eacute;e, G&uuml;nnemann, Nicol&ograve;, Wei&szlig;", "Renée, Günnemann, Nicolò, Weiß"),
    ("&Eacute;mile &AElig; &oslash; &Ntilde;", "Émile Æ ø Ñ"),
    ("&lambda;-Returns &le; &infin;", "λ-Returns ≤ ∞"),
    // Numeric references, decimal and hexadecimal, either case of x.
    ("It&#39;s", "It's"),
    ("It&#x2019;s &#X2019;", "It’s ’"),
    ("&#233;&#xe9;&#xE9;", "ééé"),
    ("&#128512;", "😀"),
    // HTML5's repairs: Windows-1252 for 0x80-0x9F, U+FFFD for 0, surrogates and too large.
    ("It&#146;s &#150; &#128;", "It’s – €"),
    ("&#0;&#xD800;&#x110000;&#99999999999;", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
    // Kept as written: unknown names, wrong case, no semicolon, no digits, a lone `&`.
    ("&foo; &EACUTE; &Middot;", "&foo; &EACUTE; &Middot;"),
    ("WeightNorm & ResNets", "WeightNorm & ResNets"),
    ("AT&T &amp &nbsp x &middot", "AT&T &amp &nbsp x &middot"),
    ("&#; &#x; &#xZZ; &#12", "&#; &#x; &#xZZ; &#12"),
    ("& &; &&amp;", "& &; &&"),
    ("ends with &", "ends with &"),
    ("&averyveryverylongname;", "&averyveryverylongname;"),
  ])
  func decodes(_ written: String, _ expected: String) {
    #expect(HTMLEntities.decode(written) == expected)
  }

  @Test func knowsHTML4sNamesAndApos() {
    #expect(HTMLEntities.named.count == 253)
    #expect(HTMLEntities.named["middot"] == 0xB7)
    #expect(HTMLEntities.named["thetasym"] == 0x3D1)
    #expect(HTMLEntities.named.keys.allSatisfy { $0.utf8.count <= HTMLEntities.maximumNameLength })
  }

  @Test func reportsTheLengthOfAReference() {
    let text = "x&middot;y"
    text.withUTF8Bytes { bytes in
      let found = HTMLEntities.reference(bytes, at: 1, end: bytes.count)
      #expect(found?.scalar == "·")
      #expect(found?.length == 8)
      #expect(HTMLEntities.reference(bytes, at: 0, end: bytes.count) == nil)
      // The reference must end before `end`.
      #expect(HTMLEntities.reference(bytes, at: 1, end: 8) == nil)
    }
  }

  @Test(arguments: [
    // White space, written or `&nbsp;`, collapses; the ends are trimmed.
    ("  A\n   Game&nbsp;&nbsp;Theoretic\tApproach \u{A0}", "A Game Theoretic Approach"),
    ("Mo&#32;Yu", "Mo Yu"),
    ("&nbsp;", ""),
  ])
  func assemblesElementText(_ written: String, _ expected: String) {
    written.withUTF8Bytes { bytes in
      let text = HTMLText(bytes, [.text(0..<bytes.count)])
      #expect(text.string == expected)
    }
  }

  @Test func mapsEachByteToWhereItWasRead() {
    let written = " a&amp;b <i>c</i>"
    written.withUTF8Bytes { bytes in
      // The pieces a scanner gives: text, a word-separating tag, text.
      let text = HTMLText(bytes, [.text(0..<9), .space, .text(12..<13)], mapping: true)
      #expect(text.string == "a&b c")
      #expect(text.sources == [1, 2, 7, 12, 12])
    }
  }
}
