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

  /// The matcher tells stopwords apart only where a word could match: it must agree with the
  /// plain rule (every word folded, stopwords dropped, then each term's words in a row).
  @Test func agreesWithMatchingEveryWord() {
    func reference(_ query: SearchQuery, _ text: String) -> Bool {
      let words = TextFolding.fold(text).split(separator: " ").map { Array($0.utf8) }
        .filter { !SearchStopwords.contains($0) }
      func matches(_ word: [UInt8], _ part: String) -> Bool {
        let bytes = Array(part.utf8)
        return word.starts(with: bytes) || WordForms.key(word) == WordForms.key(bytes)
      }
      func contains(_ parts: [String]) -> Bool {
        parts.isEmpty
          || words.indices.contains { index in
            parts.indices.allSatisfy {
              index + $0 < words.count && matches(words[index + $0], parts[$0])
            }
          }
      }
      return query.clauses.allSatisfy { clause in
        clause.terms.contains { contains($0.words) } != clause.isExcluded
      }
    }
    let texts = [
      "Learning to Control of the Flows", "the flows of control", "A flow, and then controls",
      "Optimisation of the optimizers: an analysis", "MuZero -- planning with a learned model",
      "", "of the and", "Équations différentielles neuronales", "networks network's net",
    ]
    let queries = [
      "\"control flows\"", "\"flows control\"", "control -flows", "flow", "optimization analyses",
      "the", "\"of the\"", "equations neuronal", "network -muzero", "planning \"learned model\"",
      "net", "\"flow and then control\"",
    ]
    var agreed: [Bool] = []
    for query in queries.map(SearchQuery.init) {
      var matcher = NoteSearch.Matcher(query)
      for text in texts {
        #expect(matcher.matches(text) == reference(query, text), "\(query) in \(text)")
        agreed.append(reference(query, text))
      }
    }
    // Both outcomes are exercised, not only misses.
    #expect(agreed.filter { $0 }.count >= 10)
    #expect(agreed.filter { !$0 }.count >= 10)
  }
}
