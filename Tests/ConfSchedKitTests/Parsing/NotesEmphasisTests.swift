import Testing

@testable import ConfSchedKit

/// A line of notes wrapped whole in bold or italics reads like its plain form: a demonstration,
/// a title link, a time line, an author line, a plain title.
@Suite("Notes reader: lines in emphasis")
struct NotesEmphasisTests {
  @Test(arguments: [
    (
      "**813: Real Time CFD simulations with 3D Mesh Convolutional Networks**\\",
      "Ada Lovelace · Alan Turing"
    ),
    (
      "*813: Real Time CFD simulations with 3D Mesh Convolutional Networks*\\",
      "*Ada Lovelace · Alan Turing*"
    ),
    (
      "__813: Real Time CFD simulations with 3D Mesh Convolutional Networks__ \\",
      "**Ada Lovelace · Alan Turing**\\"
    ),
  ])
  func readsADemonstrationInEmphasis(_ titleLine: String, _ authorLine: String) throws {
    let text = """
      # Dec 10, Tuesday

      # Demonstrations

      **5:30 pm -- 10:30 PM @ East Exhibition Hall B + C**\\

      802: Streamlit, a new app framework for machine learning tools\\
      Adrien Treuille · Amanda Kelly

      \(titleLine)
      \(authorLine)
      """
    let result = readNotes(text, year: 2019)
    #expect(result.diagnostics.isEmpty)
    #expect(result.events.map(\.board) == ["802", "813"])
    let demo = try #require(result.events.last)
    #expect(demo.kind == .demonstration)
    #expect(demo.title == "Real Time CFD simulations with 3D Mesh Convolutional Networks")
    #expect(demo.timeRange == "17:30-22:30")
    #expect(demo.room == "East Exhibition Hall B + C")
    #expect(demo.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
  }

  @Test func readsATitleLinkAndATimeLineInEmphasis() throws {
    let text = """
      # Dec 10, Tuesday

      ## [Orals](https://nips.cc/Conferences/2019/ScheduleMultitrack?day=2019-12-10)

      *10:05 am : West Ballroom C*\\
      **[Uniform convergence may be unable to explain generalization](https://nips.cc/Conferences/2019/ScheduleMultitrack?event=15847)**\\
      _Vaishnavh Nagarajan (CMU)_\\
      Notes on the talk.
      """
    let result = readNotes(text)
    #expect(result.diagnostics.isEmpty)
    let oral = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(oral.title == "Uniform convergence may be unable to explain generalization")
    #expect(oral.start?.description == "10:05")
    #expect(oral.room == "West Ballroom C")
    #expect(oral.authors.map(\.name) == ["Vaishnavh Nagarajan"])
    #expect(oral.authors.first?.affiliation == "CMU")
    #expect(oral.links.first?.url.hasSuffix("event=15847") == true)
    #expect(oral.notes == "Notes on the talk.")
  }

  /// Emphasis that does not wrap the whole line is part of the text.
  @Test func keepsPartialEmphasisAsText() throws {
    let text = """
      # Dec 10, Tuesday

      # Demonstrations

      5:30 pm -- 10:30 PM @ East Exhibition Hall B + C\\

      **813**: Real Time CFD simulations\\
      Ada Lovelace
      """
    let result = readNotes(text, year: 2019)
    #expect(result.events.allSatisfy { $0.board != "813" })
  }
}
