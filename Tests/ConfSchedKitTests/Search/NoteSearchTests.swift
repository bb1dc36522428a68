import Testing

@testable import ConfSchedKit

@Suite("Searching the user's notes")
struct NoteSearchTests {
  let mentions = [
    Mention(
      text: "MuZero", context: "* MuZero - planning with a learned model",
      source: SourceLocation(file: "list.md", line: 3)),
    Mention(
      text: "Neural Spline Flows", context: "* Neural Spline Flows",
      source: SourceLocation(file: "list.md", line: 4)),
  ]
  let schedule: Schedule = {
    var notes = ReadResult()
    notes.file = "notes.md"
    notes.events = [
      Event(
        kind: .oral, title: "Updates of Equilibrium Prop",
        notes: "Backpropagation:\n    * Equivalent to BPTT on RNNs",
        source: SourceLocation(file: "notes.md", line: 7))
    ]
    return Schedule([notes])
  }()

  @Test func findsMentionsAndNotesUnderEvents() {
    #expect(
      NoteSearch.hits(SearchQuery("muzero"), in: schedule, mentions: mentions).map(\.source.line)
        == [3])
    let bptt = NoteSearch.hits(SearchQuery("bptt rnn"), in: schedule, mentions: mentions)
    #expect(bptt.map(\.text) == ["* Equivalent to BPTT on RNNs"])
    #expect(bptt.first?.event == schedule.events.first?.id)
    #expect(
      NoteSearch.hits(SearchQuery("\"spline flows\""), in: schedule, mentions: mentions).count == 1)
    #expect(
      NoteSearch.hits(SearchQuery("\"flows spline\""), in: schedule, mentions: mentions).isEmpty)
    #expect(NoteSearch.hits(SearchQuery("muzero bptt"), in: schedule, mentions: mentions).isEmpty)
  }
}
