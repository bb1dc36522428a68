import Testing

@testable import ConfSchedKit

@Suite("Author lines, plain and LaTeX")
struct AuthorLineTests {
  func authors(_ line: String) -> [String] {
    readCards(card(title: "T", authors: line)).events.first?.authors.map(\.name) ?? []
  }

  @Test(arguments: [
    ("Pierre Baldi · Roman Vershynin", ["Pierre Baldi", "Roman Vershynin"]),
    (
      #"Yu-An Chung \cdot Wei-Hung Weng \cdot James Glass"#,
      ["Yu-An Chung", "Wei-Hung Weng", "James Glass"]
    ),
    (
      #" $Tyler\ Scott\cdot Karl\ Ridgeway\cdot Michael\ Mozer$"#,
      ["Tyler Scott", "Karl Ridgeway", "Michael Mozer"]
    ),
    (#" ${\it Lisa~Zhang \cdot Gregory~Rosenblatt}$"#, ["Lisa Zhang", "Gregory Rosenblatt"]),
    (#" ${\it Jacob Harer} \cdot {\it peter chin}$"#, ["Jacob Harer", "peter chin"]),
    (#" $\textit{Will Hamilton} \cdot \textit{Payal Bajaj}$"#, ["Will Hamilton", "Payal Bajaj"]),
    (
      #" $\label{lem:continuous} \textit{Celestine D\"unner} \cdot \textit{Thomas Parnell}$"#,
      ["Celestine Dünner", "Thomas Parnell"]
    ),
    (#" $Gagandeep\ Singh\cdot Markus\ P\"uschel$"#, ["Gagandeep Singh", "Markus Püschel"]),
    (
      #" $Li\ Fei\text{-}Fei \cdot Josh\ Tenenbaum \cdot Daniel$ Yamins"#,
      ["Li Fei-Fei", "Josh Tenenbaum", "Daniel Yamins"]
    ),
    (#"Fabian $Sinz \cdot Alexander \ Ecker$"#, ["Fabian Sinz", "Alexander Ecker"]),
    (#" $Eric\ Wong\cdot J.\ Zico\ Kolter$"#, ["Eric Wong", "J. Zico Kolter"]),
    ("Edward W Felten", ["Edward W Felten"]),
  ])
  func reads(_ line: String, _ expected: [String]) {
    #expect(authors(line) == expected)
  }

  @Test func treatsUnrecoverableLaTeXAsNoAuthorsWithAWarning() throws {
    let garbage =
      #" $\label{thm:continuity:equation:continuity: This continuity: The state of the continuity: T$"#
    let result = readCards(card(title: "T", authors: garbage))
    let event = try #require(result.events.first)
    #expect(event.authors.isEmpty)
    #expect(event.abstract == "An abstract.")
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.txt:5:2: warning: unreadable LaTeX author line; the card is left without authors"
      ])
  }
}
