import Testing

@testable import ConfSchedKit

/// Reads inline dump text with the notes reader.
func readNotes(_ text: String, name: String = "inline.md", year: Int? = nil) -> ReadResult {
  NotesReader.read(DumpSource(name: name, text: text), options: ReadOptions(year: year))
}

/// The diagnostics of a result as `file:line:col: warning: message` lines.
func descriptions(_ result: ReadResult) -> [String] {
  result.diagnostics.map(\.description)
}

@Suite("Notes reader: events, titles, links, authors, notes")
struct NotesReaderTests {
  @Test func readsAnOralWithItsTimeRoomLinksAuthorsAndNotes() throws {
    let text = #"""
      # Dec 10, Tuesday

      ## [Orals](https://nips.cc/Conferences/2019/ScheduleMultitrack?day=2019-12-10)

      10:05 am : West Ballroom C\
      [Updates of Equilibrium Prop](https://nips.cc/Conferences/2019/ScheduleMultitrack?event=15732)\
      [3 min video](https://www.youtube.com/watch?v=Xb5sM0NRy_0)\
      Maxence Ernoult (Université Paris Sud)\
      Benjamin Scellier (Mila, University of Montreal)\
      **Yoshua Bengio (Mila)**

      Notes:

      Backpropagation:

          * Method of choices
      """#
    let result = readNotes(text)
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(event.kind == .oral)
    #expect(event.title == "Updates of Equilibrium Prop")
    #expect(event.date?.description == "2019-12-10")
    #expect(event.start?.description == "10:05")
    #expect(event.end == nil)
    #expect(event.room == "West Ballroom C")
    #expect(event.conference?.id == "neurips-2019")
    #expect(event.timeZone == "America/Vancouver")
    #expect(
      event.links == [
        Link(
          label: "Event page",
          url: "https://nips.cc/Conferences/2019/ScheduleMultitrack?event=15732"),
        Link(label: "3 min video", url: "https://www.youtube.com/watch?v=Xb5sM0NRy_0"),
      ])
    #expect(
      event.authors == [
        Author(name: "Maxence Ernoult", affiliation: "Université Paris Sud"),
        Author(name: "Benjamin Scellier", affiliation: "Mila, University of Montreal"),
        Author(name: "Yoshua Bengio", affiliation: "Mila"),
      ])
    #expect(event.notes == "Backpropagation:\n\n    * Method of choices")
    #expect(event.source == SourceLocation(file: "inline.md", line: 6, column: 1))
    #expect(result.conferences.map(\.id) == ["neurips-2019"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func joinsATitleBrokenInsideItsBrackets() throws {
    let text = #"""
      ## [Spotlights](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      [Sequential Neural Processes
      ](https://neurips.cc/Conferences/2019/ScheduleMultitrack?event=15736)\
      [Slides](https://drive.google.com/open?id=1wAZ)\
      Jaesik Yoon (SAP)
      """#
    let event = try #require(readNotes(text).events.first)
    #expect(event.title == "Sequential Neural Processes")
    #expect(event.links.map(\.label) == ["Event page", "Slides"])
    #expect(event.authors.map(\.name) == ["Jaesik Yoon"])
    #expect(event.source.line == 3)
  }

  @Test func keepsEveryResourceLinkWithItsLabel() throws {
    let text = #"""
      ## Spotlights

      [Deep Equilibrium Models](https://neurips.cc/x?event=15737)\
      [Poster](https://example.org/poster.pdf)\
      [Slides](https://example.org/slides.pdf)
      [slides](https://example.org/other)\
      [3 min video](https://pvcnn.mit.edu/) | [Code](https://github.com/x/y)\
      Shaojie Bai (Carnegie Mellon University)
      """#
    let event = try #require(readNotes(text).events.first)
    #expect(
      event.links.map(\.label) == [
        "Event page", "Poster", "Slides", "slides", "3 min video", "Code",
      ])
    #expect(event.links[4].url == "https://pvcnn.mit.edu/")
  }

  @Test(
    arguments: [
      (
        "Benjamin Scellier (Mila, University of Montreal)",
        [("Benjamin Scellier", "Mila, University of Montreal")]
      ),
      ("**Yoshua Bengio (Mila)**", [("Yoshua Bengio", "Mila")]),
      ("**Leonidas J Guibas**", [("Leonidas J Guibas", nil)]),
      (
        "J. Zico Kolter (Carnegie Mellon University / Bosch Center for AI)",
        [("J. Zico Kolter", "Carnegie Mellon University / Bosch Center for AI")]
      ),
      (
        "Carlos Guestrin (Apple & University of Washington)",
        [("Carlos Guestrin", "Apple & University of Washington")]
      ),
      (
        "Wittawat Jitkrittum, Dougal J Sutherland, Arthur Gretton",
        [("Wittawat Jitkrittum", nil), ("Dougal J Sutherland", nil), ("Arthur Gretton", nil)]
      ),
      (
        "Yarin Gal · **Zoubin Ghahramani** · Mr. Prabhat",
        [("Yarin Gal", nil), ("Zoubin Ghahramani", nil), ("Mr. Prabhat", nil)]
      ),
      ("Ivana Kajić", [("Ivana Kajić", nil)]),
    ] as [(String, [(String, String?)])])
  func readsAuthorLines(_ line: String, _ expected: [(String, String?)]) throws {
    let text = "## Spotlights\n\n[Paper](https://example.org/p)\\\n\(line)\n"
    let event = try #require(readNotes(text).events.first)
    #expect(event.authors == expected.map { Author(name: $0.0, affiliation: $0.1) })
    #expect(event.notes == nil)
  }

  @Test func readsLinesAfterTheBlocksBlankLineAsNotesEvenWhenTheyLookLikeAuthors() throws {
    let text = #"""
      ## Spotlights

      [Point-Voxel CNN for Efficient 3D Deep Learning](https://neurips.cc/x?event=15734)\
      Song Han (MIT)

      3D part segmentation (ShapeNet)

      Jane Doe (MIT)
      """#
    let event = try #require(readNotes(text).events.first)
    #expect(event.authors == [Author(name: "Song Han", affiliation: "MIT")])
    #expect(event.notes == "3D part segmentation (ShapeNet)\n\nJane Doe (MIT)")
  }

  @Test func startsTheNotesAtTheFirstLineOfTheBlockThatIsNoAuthor() throws {
    let text = #"""
      ## Orals

      [Paper](https://example.org/p)\
      Ada Lovelace (Analytical Engines)
      Key idea: engines compute.
      """#
    let event = try #require(readNotes(text).events.first)
    #expect(event.authors.map(\.name) == ["Ada Lovelace"])
    #expect(event.notes == "Key idea: engines compute.")
  }

  @Test func keepsNotesUpToTheNextEventSectionOrDay() throws {
    let text = [
      "# Dec 10, Tuesday", "", "## Spotlights", "",
      "[First](https://example.org/1)\\", "Ada Lovelace", "",
      "### Notes", "A note.   ", "  ", "\t", "", "",
      "## Spotlight 1: a heading inside the notes", "Indented:", "    * kept as written", "",
      "[Second](https://example.org/2)\\", "Alan Turing", "", "Second's note.", "",
      "## Orals", "", "Stray text after a section heading belongs to no event.", "",
      "# Dec 11, Wednesday",
    ].joined(separator: "\n")
    let result = readNotes(text)
    #expect(result.events.map(\.title) == ["First", "Second"])
    #expect(
      result.events[0].notes
        == "A note.\n\n## Spotlight 1: a heading inside the notes\nIndented:\n    * kept as written"
    )
    #expect(result.events[1].notes == "Second's note.")
  }

  @Test func readsATitleLinkAloneUnderASectionButNotAResourceAmongNotes() throws {
    let text = #"""
      ## Spotlights

      [Deep Equilibrium Models](https://example.org/deq)

      Notes on it.

      [Slides](https://example.org/slides.pdf)

      [Positional Normalization](https://example.org/pono)
      """#
    let result = readNotes(text)
    #expect(result.events.map(\.title) == ["Deep Equilibrium Models", "Positional Normalization"])
    #expect(result.events[0].notes == "Notes on it.\n\n[Slides](https://example.org/slides.pdf)")
  }

  @Test func readsAParagraphPartedFromItsTitleByABlankLineAfterABackslash() throws {
    let text = #"""
      ## Orals

      [Brain-Like Object Recognition](https://example.org/brain)\

      James J DiCarlo (Massachusetts Institute of Technology)

      A note.
      """#
    let result = readNotes(text)
    let event = try #require(result.events.first)
    #expect(
      event.authors == [
        Author(name: "James J DiCarlo", affiliation: "Massachusetts Institute of Technology")
      ])
    #expect(event.notes == "A note.")
    #expect(
      descriptions(result) == [
        #"inline.md:5:1: warning: a blank line parts this from the event above (whose line ends in '\'); read as part of it"#
      ])
  }

  @Test func givesAnUntitledSessionAPlaceholderItsTimeRoomAndNotes() throws {
    let text = #"""
      # Dec 10, Tuesday

      ## [Orals](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      4:10 pm :  West Exhibition Hall C + B3\

      Representations of Probability Distribution:

      ## Spotlight 1: Learning hierarchical priors in VAEs
      CMU human motion data
      """#
    let result = readNotes(text)
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(event.kind == .oral)
    #expect(event.title == "(untitled oral session)")
    #expect(event.start?.description == "16:10")
    #expect(event.room == "West Exhibition Hall C + B3")
    #expect(
      event.notes
        == "Representations of Probability Distribution:\n\n## Spotlight 1: Learning hierarchical priors in VAEs\nCMU human motion data"
    )
    #expect(event.source == SourceLocation(file: "inline.md", line: 5, column: 1))
    #expect(
      descriptions(result) == [
        "inline.md:5:1: warning: the session has no title; kept as '(untitled oral session)'"
      ])
  }

  @Test func readsAnUnknownHeadingOverARoomAndEventsAsAParallelSession() throws {
    let text = #"""
      ## [Spotlights](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      [Infra-slow brain dynamics](https://example.org/infra)\
      Devarajan Sridharan (Indian Institute of Science)

      ## Or

      **West Ballrooms A + B**

      [When does label smoothing help?](https://example.org/ls)\
      Rafael Müller (Google Brain)
      """#
    let result = readNotes(text)
    #expect(result.events.map(\.kind) == [.spotlight, .spotlight])
    #expect(result.events.map(\.room) == [nil, "West Ballrooms A + B"])
    #expect(result.events[0].notes == nil)
  }

  @Test func readsDemonstrationsWithBoardsUnderASharedSpan() throws {
    let text = #"""
      # Dec 10, Tuesday

      # Demonstrations

      5:30 pm -- 10:30 PM @ East Exhibition Hall B + C\

      802: Streamlit, a new app framework for machine learning tools\
      Adrien Treuille · Amanda Kelly

      803: Discovering Neural Wirings Neural Network Visualizer\
      Alvaro Herrasti · Mitchell Wortsman
      """#
    let events = readNotes(text, year: 2019).events
    #expect(events.map(\.kind) == [.demonstration, .demonstration])
    #expect(events.map(\.board) == ["802", "803"])
    #expect(events.map(\.timeRange) == ["17:30-22:30", "17:30-22:30"])
    #expect(events.allSatisfy { $0.room == "East Exhibition Hall B + C" })
    #expect(events.allSatisfy { $0.date?.description == "2019-12-10" })
    #expect(events[0].title == "Streamlit, a new app framework for machine learning tools")
    #expect(events[1].authors.map(\.name) == ["Alvaro Herrasti", "Mitchell Wortsman"])
  }

  @Test func readsARoomAndBoardLineAboveEachExpoDemo() throws {
    let text = #"""
      # Dec 8, Sunday

      ## Demo

      West 211 - 214 #8\
      [SigOpt: Advanced Hyperparameter Optimization Methods](https://nips.cc/ExpoConferences/2019/schedule?demo_id=27)

      West 211 - 214 #2\
      [BAIDU: PaddlePaddle – An industry-grade platform](https://nips.cc/ExpoConferences/2019/schedule?demo_id=21)
      """#
    let events = readNotes(text).events
    #expect(events.map(\.board) == ["8", "2"])
    #expect(events.map(\.room) == ["West 211 - 214", "West 211 - 214"])
    #expect(events.allSatisfy { $0.kind == .demonstration && $0.start == nil })
    #expect(events.first?.date?.description == "2019-12-08")
  }

  @Test func readsSocialsInTheCardHeaderFormOnTheirOwnDates() throws {
    let text = #"""
      # Dec 10, Tuesday

      # Socials

      Inverse Problems Social\
      Tue Dec 10th 07:00 -- 10:00 PM @ West 223 + 224

      [ML 4 Space Social](https://www.eventbrite.com/e/ml-4-space)\
      Thu Dec 12th 07:00 -- 10:00 PM @ West 217 - 219
      """#
    let result = readNotes(text, year: 2019)
    #expect(result.events.map(\.kind) == [.social, .social])
    #expect(result.events.map(\.title) == ["Inverse Problems Social", "ML 4 Space Social"])
    #expect(result.events.map { $0.date?.description } == ["2019-12-10", "2019-12-12"])
    #expect(result.events.map(\.timeRange) == ["19:00-22:00", "19:00-22:00"])
    #expect(result.events.map(\.room) == ["West 223 + 224", "West 217 - 219"])
    #expect(result.events[1].links.map(\.label) == ["Event page"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func warnsAboutASocialWhoseWeekdayIsWrong() throws {
    let text = "# Socials\n\nDebate\\\nWed Dec 12th 07:00 -- 10:00 PM @ West 217\n"
    let result = readNotes(text, year: 2019)
    #expect(result.events.first?.date?.description == "2019-12-12")
    #expect(
      descriptions(result) == [
        "inline.md:4:1: warning: 2019-12-12 is a Thursday in 2019, not a Wednesday"
      ])
  }

  @Test func readsPlenaryItemsUnderTutorialsWithTheirOwnKinds() throws {
    let text = #"""
      # Dec 9, Monday

      ## [Tutorials](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      02:45 pm: West Hall C + B3\
      [Reinforcement Learning: Past, Present, and Future Perspectives](https://nips.cc/x?event=13211)\
      Katja Hofmann

      05:00 pm : West Hall C + B3\
      Opening Remarks

      06:35 pm: East Exhibition A, Ballrooms B C\
      Opening Reception
      """#
    let events = readNotes(text).events
    #expect(
      events.map(\.title) == [
        "Reinforcement Learning: Past, Present, and Future Perspectives", "Opening Remarks",
        "Opening Reception",
      ])
    #expect(events.map(\.kind.rawValue) == ["Tutorial", "Talk", "Social"])
    #expect(events.map(\.timeRange) == ["14:45", "17:00", "18:35"])
    #expect(events[2].room == "East Exhibition A, Ballrooms B C")
    #expect(events[0].authors == [Author(name: "Katja Hofmann")])
  }

  @Test(arguments: [
    ("Workshops", "Workshop"), ("Talks", "Talk"), ("Demo", "Demonstration"),
    ("[Tutorials](https://nips.cc/x)", "Tutorial"), ("Expo Talks", "Talk"),
    ("Invited Talks", "Invited Talk"), ("Posters", "Poster"), ("Socials", "Social"),
    ("[Orals](https://nips.cc/x)", "Oral"), ("Spotlights:", "Spotlight"),
  ])
  func readsTheKindASectionNames(_ heading: String, _ kind: String) throws {
    let text = "## \(heading)\n\n9 am : West 118 - 120\\\n[Title](https://example.org/t)\n"
    let event = try #require(readNotes(text).events.first)
    #expect(event.kind.rawValue == kind)
  }

  @Test func readsEventsNoSectionNamesAfterTheLastDayOfOralsAsWorkshops() throws {
    let text = #"""
      # Dec 8, Sunday

      [Expo Flyer](https://media.neurips.cc/Conferences/NeurIPS2019/NeurIPS_Expo_Book_2019.pdf)

      [Sunday thing](https://example.org/sunday)\
      Ada Lovelace

      # Dec 12, Thursday

      ## Orals

      [An oral](https://example.org/oral)\
      Alan Turing

      # Dec 13, Friday

      [Bayesian Deep Learning](http://bayesiandeeplearning.org/)\
      Yarin Gal · **Zoubin Ghahramani**
      """#
    let events = readNotes(text, year: 2019).events
    #expect(events.map(\.title) == ["Sunday thing", "An oral", "Bayesian Deep Learning"])
    #expect(events.map(\.kind) == [.unknown, .oral, .workshop])
  }

  @Test func keepsAFencedCodeBlockInTheNotesEvenWhenItHoldsHeadings() throws {
    let text = #"""
      # Dec 10, Tuesday

      ## Orals

      [Paper](https://example.org/p)\
      Ada Lovelace

      ```python
      # Dec 12, Thursday

      # Talks
      10:05 am : not a room
      ```

      After the code.
      """#
    let result = readNotes(text)
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(
      event.notes
        == "```python\n# Dec 12, Thursday\n\n# Talks\n10:05 am : not a room\n```\n\nAfter the code."
    )
    #expect(result.diagnostics.isEmpty)
  }

  @Test func givesALinkWithAnEmptyLabelAPlaceholderTitle() throws {
    let result = readNotes("## Spotlights\n\n[](https://example.org/x)\\\nAda Lovelace\n")
    #expect(result.events.first?.title == "(untitled spotlight event)")
    #expect(result.events.first?.links.first?.url == "https://example.org/x")
    #expect(
      descriptions(result) == [
        "inline.md:3:1: warning: the event has no title; kept as '(untitled spotlight event)'"
      ])
  }

  @Test func readsCRLFLineEndings() throws {
    let text = #"""
      # Dec 10, Tuesday

      ## Orals

      10:05 am : West Ballroom C\
      [Windows Paper](https://example.org/w)\
      Ada Lovelace (Analytical Engines)

      A note.
      """#.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    let event = try #require(readNotes(text).events.first)
    #expect(event.title == "Windows Paper")
    #expect(event.room == "West Ballroom C")
    #expect(event.start?.description == "10:05")
    #expect(event.authors == [Author(name: "Ada Lovelace", affiliation: "Analytical Engines")])
    #expect(event.notes == "A note.")
  }

  @Test func readsNothingFromAnEmptyOrProseOnlyDump() {
    #expect(readNotes("").events.isEmpty)
    let prose = readNotes("Some thoughts about the conference.\n\nMore of them.\n")
    #expect(prose.events.isEmpty)
    #expect(prose.diagnostics.isEmpty)
  }
}
