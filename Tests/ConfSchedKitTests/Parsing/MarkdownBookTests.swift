import Foundation
import Testing

@testable import ConfSchedKit

/// The NeurIPS 2018 conference book as its generator finally published it in markdown: the
/// Tuesday gives the same 409 events as the text dump of the same day (`Data/`), field for
/// field, but for what the text conversion got wrong; the Monday gives its 14 tutorials and
/// breaks.
@Suite("Markdown conference book")
struct MarkdownBookTests {
  static func readFixture(_ name: String) throws -> ReadResult {
    let text = try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
    return DumpReader.read(DumpSource(name: name, text: text))
  }

  /// Titles the text conversion changed: it dropped hyphens and turned typographic marks into
  /// plain ones. Compared by their letters and digits only.
  static let convertedTitles: Set<String> = [
    "On the Global Convergence of Gradient Descent for Over-parameterized Models using Optimal Transport",
    "TADAM: Task dependent adaptive metric for improved few-shot learning",
    "Clebsch–Gordan Nets: a Fully Fourier Space Spherical Convolutional Neural Network",
    "Deep Neural Networks Running Onboard Anki’s Robot, Vector",
    "A Hands-free Natural User Interface (NUI) for AR/VR Head-Mounted Displays Exploiting Wearer’s Facial Gestures",
    "Generalisation of structural knowledge in the hippocampal-entorhinal system",
  ]

  /// Authors the text conversion lost (an unreadable LaTeX author line, so none) or misread
  /// (`q` as `g`): the markdown has them right.
  static let lostAuthorLines: Set<Int> = [575, 2201, 2251, 2598, 2754, 2794, 2915, 3516, 4386]
  static let misreadNames = [
    "Ruiqin": "Ruigin", "Anqi": "Angi", "Yanqi": "Yangi", "Sankhagowit": "Sankhaqowit",
  ]

  @Test func givesTheSameTuesdayAsTheTextDump() throws {
    let markdown = try Self.readFixture("neurips2018-tue-book-ivallesp-head.md")
    let text = DumpReader.read(try bundled("neurips-2018-12-04.txt"))
    #expect(markdown.family == .card)
    #expect(markdown.diagnostics.isEmpty)
    #expect(markdown.events.count == 409)
    #expect(text.events.count == 409)
    var convertedTitles = 0
    var lostAuthors = 0
    var misread = 0
    for (ours, theirs) in zip(markdown.events, text.events) {
      let label = "\(ours.title) (line \(ours.source.line))"
      #expect(ours.kind == theirs.kind, "\(label)")
      #expect(ours.date == theirs.date, "\(label)")
      #expect(ours.start == theirs.start && ours.end == theirs.end, "\(label)")
      #expect(ours.room == theirs.room, "\(label)")
      #expect(ours.board == theirs.board, "\(label)")
      if Self.convertedTitles.contains(ours.title) {
        convertedTitles += 1
        #expect(Self.letters(ours.title) == Self.letters(theirs.title), "\(label)")
      } else {
        #expect(ours.title == theirs.title, "\(label)")
      }
      let names = ours.authors.map(\.name)
      if Self.lostAuthorLines.contains(ours.source.line) {
        lostAuthors += 1
        #expect(theirs.authors.isEmpty && !names.isEmpty, "\(label)")
      } else if names != theirs.authors.map(\.name) {
        misread += 1
        let asConverted = names.map { name in
          Self.misreadNames.reduce(name) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        }
        #expect(asConverted == theirs.authors.map(\.name), "\(label)")
      }
    }
    #expect(convertedTitles == 7)  // one of them twice: an oral and its poster
    #expect(lostAuthors == 9)
    #expect(misread == 5)
    #expect(markdown.events.filter { !$0.authors.isEmpty }.count == 404)
  }

  @Test func readsTheMondayTutorialsAndBreaks() throws {
    let monday = try Self.readFixture("neurips2018-mon-book-ivallesp-head.md")
    #expect(monday.diagnostics.isEmpty)
    #expect(monday.events.count == 14)
    var kinds: [String: Int] = [:]
    for event in monday.events { kinds[event.kind.rawValue, default: 0] += 1 }
    #expect(kinds == ["Tutorial": 9, "Break": 4, "Invited Talk": 1])
    #expect(monday.events.allSatisfy { $0.date?.description == "2018-12-03" })
    let tutorials = monday.events.filter { $0.kind.rawValue == "Tutorial" }
    #expect(tutorials.allSatisfy { !$0.authors.isEmpty && $0.abstract != nil && $0.room != nil })
    #expect(monday.events.filter { $0.kind == .breakTime }.allSatisfy { $0.authors.isEmpty })
    let first = try #require(monday.events.first { $0.title.hasPrefix("Adversarial") })
    #expect(first.title == "Adversarial Robustness: Theory and Practice")
    #expect(first.authors.map(\.name) == ["J. Zico Kolter", "Aleksander Madry"])
    #expect(first.timeRange == "08:30-10:30")
    #expect(first.room == "Room 220 CD")
  }

  static func letters(_ text: String) -> String {
    String(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
  }
}
