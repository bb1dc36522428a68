import Testing

@testable import ConfSchedKit

/// The markups people and generators publish the card family in: blank lines anywhere in a
/// card, every emphasis, no rules between cards, and the lines a reader cannot place.
@Suite("Markdown card variants")
struct MarkdownCardVariantTests {
  func read(_ text: String) -> ReadResult {
    MarkdownCardReader.read(DumpSource(name: "inline.md", text: text))
  }

  static let heading =
    "## [On Neuronal Capacity](https://neurips.cc/Conferences/2018/Schedule?showEvent=12562)"

  /// The same card in each markup: header and authors wrapped every way, blank lines between
  /// the parts or none, trailing spaces.
  @Test(arguments: [
    "\(heading)\n**Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD**\n*Pierre Baldi · Roman Vershynin*\nWe define the capacity.\n",
    "\(heading) \n\n__Oral | Tue Dec 4th 10:05  -- 10:20 AM @ Room 220 CD__ \n\n_Pierre Baldi · Roman Vershynin_ \n\nWe define the capacity.\n\n_________________\n",
    "\(heading)\n\n**Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD **\n\n**Pierre Baldi · Roman Vershynin**\n\nWe define the capacity.\n",
    "\(heading)\n*Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD*\n\n\n\nPierre Baldi · Roman Vershynin\nWe define the capacity.\n",
    "_n\(heading)\r\n\r\n__Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD __\r\n_Pierre Baldi · Roman Vershynin _\r\n\r\nWe define the capacity.\r\n",
  ])
  func readsEveryMarkupAlike(_ text: String) throws {
    let result = read(text)
    #expect(result.diagnostics.isEmpty)
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(event.title == "On Neuronal Capacity")
    #expect(event.kind == .oral)
    #expect(event.date?.description == "2018-12-04")
    #expect(event.timeRange == "10:05-10:20")
    #expect(event.room == "Room 220 CD")
    #expect(event.authors.map(\.name) == ["Pierre Baldi", "Roman Vershynin"])
    #expect(event.abstract == "We define the capacity.")
    #expect(event.source.line == 1)
  }

  @Test func readsOneNameInEmphasisAndAnEmptyAuthorLine() throws {
    let result = read(
      """
      ## [Machine Learning Meets Public Policy](https://neurips.cc/Conferences/2018/Schedule?showEvent=12483)

      __Invited Talk | Tue Dec 4th 08:30  -- 09:20 AM @ Rooms 220 CDE__

      _Edward W Felten_

      AI and Machine Learning are already having a big impact.

      _________________

      ## [Coffee Break](https://neurips.cc/Conferences/2018/Schedule?showEvent=12873)

      __Break | Tue Dec 4th 09:40  -- 10:05 AM @__

      __

      _________________
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.map(\.authors.count) == [1, 0])
    #expect(result.events.first?.authors.first?.name == "Edward W Felten")
    #expect(
      result.events.map(\.abstract) == [
        "AI and Machine Learning are already having a big impact.", nil,
      ])
    #expect(result.events.last?.room == nil)
  }

  /// A heading followed by a header starts a card even without a rule between the two; a
  /// heading inside an abstract stays in it.
  @Test func startsACardAtAHeadingWithAHeaderAfterIt() throws {
    let result = read(
      """
      ## [First](https://neurips.cc/Conferences/2018/Schedule?showEvent=1)
      **Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1**
      *Ada Lovelace · Alan Turing*
      An abstract.

      ### Overview
      More of the abstract.

      ## [Second](https://neurips.cc/Conferences/2018/Schedule?showEvent=2)

      **Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #2**
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.map(\.title) == ["First", "Second"])
    #expect(result.events.map(\.board) == ["1", "2"])
    #expect(result.events.first?.abstract == "An abstract.\n\n### Overview\nMore of the abstract.")
    #expect(result.events.last?.source.line == 9)
  }

  @Test func keepsLaTeXAuthorsAndNamesWithInitials() throws {
    let result = read(
      """
      ## [Disconnected Manifold Learning](https://neurips.cc/Conferences/2018/Schedule?showEvent=9)

      __Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #3__

      _Mahyar Khayatkhoei · Maneesh K. Singh · José M. F. Moura_

      _________________

      ## [A LaTeX Line](https://neurips.cc/Conferences/2018/Schedule?showEvent=10)
      __Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #4__
      _$Ada\\ Lovelace \\cdot Alan~Turing$_
      """)
    #expect(
      result.events.map { $0.authors.map(\.name) } == [
        ["Mahyar Khayatkhoei", "Maneesh K. Singh", "José M. F. Moura"],
        ["Ada Lovelace", "Alan Turing"],
      ])
  }

  /// What the reader cannot place it keeps in the abstract, and says so with the line.
  @Test func warnsAboutLinesItCannotPlace() throws {
    let result = read(
      """
      ## [Unreadable Header](https://neurips.cc/Conferences/2018/Schedule?showEvent=5)

      **Oral | Tue Dec 4th 10:05 -- @ Room 220 CD**

      _________________

      ## [Two Author Lines](https://neurips.cc/Conferences/2018/Schedule?showEvent=6)

      **Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD**

      *Ada Lovelace · Alan Turing*

      *Grace Hopper · Edsger Dijkstra*

      The abstract.
      """)
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.md:1:1: warning: a card without a header line ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room'); left out",
        "inline.md:3:1: warning: cannot read this card header ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room')",
        "inline.md:13:1: warning: a second author line after the card's authors; read as the start of the abstract",
      ])
    let event = try #require(result.events.first)
    #expect(event.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
    #expect(event.abstract == "*Grace Hopper · Edsger Dijkstra*\n\nThe abstract.")
  }

  /// An italic first line of an abstract is not taken for authors.
  @Test func leavesAnItalicSentenceInTheAbstract() throws {
    let result = read(
      """
      ## [A Workshop](https://neurips.cc/Conferences/2018/Schedule?showEvent=7)

      **Workshop | Fri Dec 7th 08:00 AM -- 06:30 PM @ Room 511**

      *This workshop studies how machine learning meets policy. It runs all day.*

      More text.
      """)
    let event = try #require(result.events.first)
    #expect(event.authors.isEmpty)
    #expect(event.abstract?.hasPrefix("*This workshop studies") == true)
  }
}
