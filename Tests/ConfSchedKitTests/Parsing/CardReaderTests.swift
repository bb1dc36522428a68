import Testing

@testable import ConfSchedKit

@Suite("Card reader quirks")
struct CardReaderTests {
  @Test func readsAPlainCard() throws {
    let result = readCards(card(title: "On Neuronal Capacity"))
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(event.kind == .poster)
    #expect(event.title == "On Neuronal Capacity")
    #expect(event.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
    #expect(event.abstract == "An abstract.")
    #expect(event.date?.description == "2018-12-04")
    #expect(event.conference?.id == "neurips-2018")
    #expect(event.timeZone == "America/Toronto")
    #expect(event.source == SourceLocation(file: "inline.txt", line: 1, column: 1))
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: [
    ("<u>Whole Title Underlined</u>", "Whole Title Underlined"),
    (
      "<u>Learning Overparameterized Networks via Stochastic</u> <u>Gradient Descent</u>",
      "Learning Overparameterized Networks via Stochastic Gradient Descent"
    ),
    (
      "<u>Leveraging the Exact Likelihood of Deep Latent Variable</u> Models",
      "Leveraging the Exact Likelihood of Deep Latent Variable Models"
    ),
    ("Prefix Only <u>Underlined Suffix</u>", "Prefix Only Underlined Suffix"),
    (
      "<u>Scalable Testing via Rare-</u> event Simulation",
      "Scalable Testing via Rare-event Simulation"
    ),
    ("<u>A Domain-</u> <u>Specific Language</u>", "A Domain-Specific Language"),
    ("DVAE#: Discrete Variational Autoencoders", "DVAE#: Discrete Variational Autoencoders"),
    ("Graphical Models -- A Bayesian View", "Graphical Models -- A Bayesian View"),
    (#"An \$L_0\$-Robust Sparse Fourier Transform"#, "An $L_0$-Robust Sparse Fourier Transform"),
  ])
  func cleansTitles(_ written: String, _ expected: String) throws {
    let event = try #require(readCards(card(title: written)).events.first)
    #expect(event.title == expected)
  }

  @Test func joinsATitleWrappedOverTwoParagraphs() throws {
    let text = """
      First Paper

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1

      Ada Lovelace

      A complete abstract.

      Neural Tangent Kernel: Convergence and Generalization in

      Neural Networks

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #2

      Arthur Jacot
      """
    let events = readCards(text).events
    #expect(
      events.map(\.title) == [
        "First Paper", "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
      ])
    #expect(events[0].abstract == "A complete abstract.")
    #expect(events[1].source.line == 9)
  }

  @Test func joinsAHyphenAtATitleWrapWithoutASpace() throws {
    let text = """
      First

      Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD

      Ada Lovelace

      Abstract of the first.

      Generalisation of structural knowledge in the hippocampal-

      entorhinal system

      Oral | Tue Dec 4th 03:50 -- 04:05 PM @ Room 220 CD
      """
    let events = readCards(text).events
    #expect(
      events.last?.title
        == "Generalisation of structural knowledge in the hippocampal-entorhinal system")
  }

  @Test func keepsAShortParagraphBeforeATitleWithThePreviousCard() throws {
    // Authors only, then the next title: no abstract, and no wrapped title.
    let authorsOnly = """
      TensorFlow Dance

      Demonstration | Tue Dec 4th 10:45 AM -- 07:30 PM @ Room 510

      Yaz Santissi · Jonathan DEKHTIAR

      Deep learning to improve quality control

      Demonstration | Tue Dec 4th 10:45 AM -- 07:30 PM @ Room 510 ABCD #D5
      """
    let events = readCards(authorsOnly).events
    #expect(
      events.map(\.title) == ["TensorFlow Dance", "Deep learning to improve quality control"])
    #expect(events[0].authors.count == 2)
    #expect(events[0].abstract == nil)

    // A last abstract paragraph ending a sentence stays with its card.
    let shortAbstractTail = """
      First

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1

      Ada Lovelace

      A long first paragraph of the abstract that the page break cut

      Experiments show improvements over KFAC in optimization speed.

      Post: Device Placement with Cross-Entropy Minimization

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #2
      """
    let second = readCards(shortAbstractTail).events
    #expect(
      second.map(\.title) == ["First", "Post: Device Placement with Cross-Entropy Minimization"])
    #expect(
      second[0].abstract
        == "A long first paragraph of the abstract that the page break cut Experiments show improvements over KFAC in optimization speed."
    )
  }

  @Test func joinsAbstractsBrokenByPageBreaks() throws {
    let text = card(
      title: "Paper",
      abstract:
        "Classically, the time complexity is estimated by its number of gradient\n\ncomputations. We reach a new state-of-\n\nthe-art.\n\nWe show it."
    )
    let event = try #require(readCards(text).events.first)
    #expect(
      event.abstract
        == "Classically, the time complexity is estimated by its number of gradient computations. We reach a new state-of-the-art. We show it."
    )
  }

  @Test func readsCardsWithNoAuthorLine() throws {
    let text = """
      First

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1

      Previous works on sequential learning address the problem of forgetting in discriminative models. In this paper we consider generative models.

      Second

      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #2
      """
    let events = readCards(text).events
    #expect(events[0].authors.isEmpty)
    #expect(events[0].abstract?.hasPrefix("Previous works") == true)
    #expect(events[1].title == "Second")
  }

  /// What the card prints is its abstract, even a file name.
  @Test func keepsAnAbstractThatIsOnlyAFileName() throws {
    let text = card(
      title: "Game for Detecting Backdoor Attacks", authors: "Casey Dugan",
      abstract: "NIPS Demo Submission 2.pdf")
    let result = readCards(text)
    #expect(result.events.first?.abstract == "NIPS Demo Submission 2.pdf")
    #expect(result.events.first?.authors.map(\.name) == ["Casey Dugan"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func warnsAboutLinesItCannotPlace() throws {
    let text = """
      Unreadable

      Oral | Tue Dec 4th 10:05 -- @ Room 220 CD

      Two Author Lines

      Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD

      Ada Lovelace · Alan Turing

      Grace Hopper · Edsger Dijkstra

      The abstract.
      """
    let result = readCards(text)
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.txt:3:1: warning: cannot read this card header ('Kind | Day Mon Dth hh:mm -- hh:mm AM @ Room'); read as text",
        "inline.txt:11:1: warning: a second author line after the card's authors; read as the start of the abstract",
      ])
    #expect(result.events.map(\.title) == ["Two Author Lines"])
    #expect(result.events.first?.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
  }

  @Test func readsTheLastCardWithoutAFinalNewline() throws {
    let text = card(title: "Last", abstract: "Ends the file")
    #expect(!text.hasSuffix("\n"))
    #expect(readCards(text).events.first?.abstract == "Ends the file")
  }

  @Test func readsCRLFLineEndings() throws {
    let text = card(title: "Windows Paper").split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\r\n")
    let event = try #require(readCards(text).events.first)
    #expect(event.title == "Windows Paper")
    #expect(event.room == "Room 210")
    #expect(event.abstract == "An abstract.")
  }

  @Test func givesAnUntitledCardAPlaceholderAndAWarning() throws {
    let text = "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD\n\nAda Lovelace\n"
    let result = readCards(text)
    #expect(result.events.first?.title == "(untitled oral)")
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.txt:1:1: warning: the card has no title before its header"
      ])
  }

  @Test func warnsAboutBadTimesAtTheirColumn() throws {
    let text = card(title: "Odd", header: "Poster | Tue Dec 4th 99:99 -- 10:00 AM @ Room 1")
    let result = readCards(text)
    #expect(result.events.first?.start == nil)
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.txt:3:22: warning: '99:99' is not a time of day"
      ])
  }

  @Test func warnsAboutADateThatDoesNotExist() throws {
    let text = card(title: "Odd", header: "Poster | Tue Feb 30th 10:00 -- 11:00 AM @ Room 1")
    let result = readCards(text, year: 2018)
    #expect(result.events.first?.date == nil)
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.txt:3:1: warning: Feb 30 is not a date in 2018"
      ])
  }

  @Test func aDateThatDoesNotExistLeavesTheYearToTheOtherCards() throws {
    let text = [
      card(title: "Fine"),
      card(title: "Odd", header: "Poster | Tue Feb 30th 10:00 -- 11:00 AM @ Room 1"),
    ].joined(separator: "\n\n")
    let result = readCards(text)
    #expect(result.events.map { $0.date?.description } == ["2018-12-04", nil])
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.txt:11:1: warning: Feb 30 is not a date in 2018"
      ])
  }

  @Test func infersTheYearFromWeekdaysAndTakesAnOverride() throws {
    #expect(readCards(card(title: "A")).events.first?.date?.year == 2018)
    let overridden = readCards(card(title: "A"), year: 2012)
    #expect(overridden.events.first?.date?.description == "2012-12-04")
    #expect(overridden.events.first?.conference?.city == "Lake Tahoe")
    let nineteen = card(
      title: "B", header: "Oral | Tue Dec 10th 10:05 -- 10:20 AM @ West Ballroom C")
    #expect(readCards(nineteen).events.first?.conference?.id == "neurips-2019")
    #expect(readCards(nineteen).events.first?.timeZone == "America/Vancouver")
  }
}
