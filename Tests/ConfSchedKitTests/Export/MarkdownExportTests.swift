import Testing

@testable import ConfSchedKit

@Suite("Markdown export")
struct MarkdownExportTests {
  @Test func writesADayOfRealEventsInTimeOrder() throws {
    // A break, three orals at 10:05, the town hall, the Neural Tangent Kernel spotlight and its
    // poster, given out of order.
    let ids = ["rcpyps", "54azkd", "5aqm3h", "zbaz7q", "tad7rj", "nhrdf4", "t924d3"]
    let events = try ids.map { try #require(tuesday2018.event(EventID(rawValue: $0))) }
    #expect(
      MarkdownWriter(title: "My NeurIPS 2018").write(events) == """
        # My NeurIPS 2018

        ## Tuesday 4 December 2018 — NeurIPS 2018, Montréal (times in America/Toronto)

        - **09:40–10:05** · Break · **Coffee Break** · `zbaz7q`
        - **10:05–10:20** · Oral · **On Neuronal Capacity** · Room 220 CD · `nhrdf4`\\
          Pierre Baldi, Roman Vershynin
        - **10:05–10:20** · Oral · **On the Dimensionality of Word Embedding** · Room 220 E · `tad7rj`\\
          Zi Yin, Yuanyuan Shen
        - **10:05–10:20** · Oral · **Phase Retrieval Under a Generative Prior** · Room 517 CD · `5aqm3h`\\
          Paul Hand, Oscar Leong, Vlad Voroninski
        - **13:15–14:15** · Break · **Town Hall** · Room 517 CD · `t924d3`
        - **16:50–16:55** · Spotlight · **Neural Tangent Kernel: Convergence and Generalization in Neural Networks** · Room 220 E · `54azkd`\\
          Arthur Jacot-Guillarmod, Clement Hongler, Franck Gabriel
        - **17:00–19:00** · Poster · **Neural Tangent Kernel: Convergence and Generalization in Neural Networks** · Room 210 & 230 AB, board 9 · `rcpyps`\\
          Arthur Jacot-Guillarmod, Clement Hongler, Franck Gabriel

        """)
  }

  @Test func putsUndatedEventsLastAndEscapesMarkup() throws {
    let source = SourceLocation(file: "inline.txt", line: 1)
    let undated = Event(
      id: EventID(rawValue: "undat2"), kind: .poster, title: "*Stars*, [links](x) & <b>tags</b>",
      authors: [Author(name: "1. Ada"), Author(name: "Bob_Smith")], board: "7", source: source)
    let later = Event(
      id: EventID(rawValue: "later2"), kind: .tutorial, title: "A `code` | pipe",
      conference: Conference.neurIPS(year: 2019), date: CalendarDate(year: 2019, month: 12, day: 9),
      start: LocalTime("08:00"), source: source)
    let unknownZone = Event(
      id: EventID(rawValue: "nozone"), kind: .social, title: "Party",
      conference: Conference.neurIPS(year: 2021), date: CalendarDate(year: 2021, month: 12, day: 7),
      source: source)
    #expect(
      MarkdownWriter().write([undated, later, unknownZone]) == """
        ## Monday 9 December 2019 — NeurIPS 2019, Vancouver (times in America/Vancouver)

        - **08:00** · Tutorial · **A \\`code\\` \\| pipe** · `later2`

        ## Tuesday 7 December 2021 — NeurIPS 2021

        - *time not given* · Social · **Party** · `nozone`

        ## Unscheduled

        - *time not given* · Poster · **\\*Stars\\*, \\[links\\](x) & \\<b>tags\\</b>** · board 7 · `undat2`\\
          1\\. Ada, Bob\\_Smith

        """)
  }

  @Test(arguments: [
    ("plain text", false, "plain text"),
    (
      "a_b *c* [d] <e> f|g ~h~ `i` \\j $k$", false,
      #"a\_b \*c\* \[d\] \<e> f\|g \~h\~ \`i\` \\j \$k\$"#
    ),
    ("AT&T &amp; &#169; & done", false, #"AT&T \&amp; \&#169; & done"#),
    ("line\nbreak\r\nand\ttab", false, "line break and tab"),
    ("# not a heading", true, ##"\# not a heading"##),
    ("# mid-line is fine", false, "# mid-line is fine"),
    ("- not a list", true, #"\- not a list"#),
    ("> not a quote", true, #"\> not a quote"#),
    ("2018. not a list", true, #"2018\. not a list"#),
    ("3) not a list", true, #"3\) not a list"#),
    ("42 is fine", true, "42 is fine"),
  ])
  func escapesMarkdown(text: String, atLineStart: Bool, expected: String) {
    #expect(MarkdownText.escaped(text, atLineStart: atLineStart) == expected)
  }

  @Test func writesNothingForNoEvents() {
    #expect(MarkdownWriter().write([]) == "")
    #expect(MarkdownWriter(title: "Empty").write([]) == "# Empty\n")
  }
}
