import Testing

@testable import ConfSchedKit

/// Inputs that `.ci/fuzz` (or profiling its target on hostile shapes) found to crash, hang or
/// blow up, minimized, with what the library does with them now. The big inputs are built at
/// run time; the time limits are tens of times what the linear code needs in a debug build, and
/// far below what the quadratic code took.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  /// Seconds a closure took.
  func seconds(_ body: () -> Void) -> Double {
    let elapsed = ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  // MARK: Schedule

  /// Found by profiling the fuzz target on its seeds: the notes reader forced on a card dump
  /// reads 409 untitled sessions, and twin linking gave each of them the 408 others (time and
  /// memory in the square of the group).
  @Test func placeholderTitlesAreNeverTwins() {
    let text = (0..<3).map { "10:0\($0) am : Room \($0)\n\nSome notes.\n" }.joined(separator: "\n")
    let result = NotesReader.read(
      DumpSource(name: "inline.md", text: "# Dec 10, Tuesday\n\n" + text))
    #expect(result.events.map(\.title) == Array(repeating: "(untitled session)", count: 3))
    let schedule = Schedule([result])
    #expect(schedule.events.allSatisfy { $0.alsoPresented.isEmpty })
  }

  @Test func aLargeGroupOfOneTitleIsNotOnePapersSlots() {
    let cards = (0..<(Schedule.maximumSlots + 1)).map { index in
      card(
        title: "Poster Session", header: "Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room \(index)"
      )
    }
    let many = Schedule([readCards(cards.joined(separator: "\n\n"))])
    #expect(many.events.count == Schedule.maximumSlots + 1)
    #expect(many.events.allSatisfy { $0.alsoPresented.isEmpty })

    let few = Schedule([readCards(cards.prefix(3).joined(separator: "\n\n"))])
    #expect(few.events.map(\.alsoPresented.count) == [2, 2, 2])
    // Still in time order, then by room.
    #expect(few.events[0].alsoPresented == [few.events[1].id, few.events[2].id])
  }

  @Test func tenThousandSameTitledCardsLoadInLinearTime() {
    let header = "Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room"
    let text = (0..<10_000).map { "Same Title\n\n\(header) \($0)\n\nAn abstract." }
      .joined(separator: "\n\n")
    var schedule: Schedule?
    let elapsed = seconds { schedule = Schedule([readCards(text)]) }
    #expect(schedule?.events.count == 10_000)
    #expect(elapsed < 30, "took \(elapsed) s")
  }

  // MARK: Web pages

  /// A page saved on one line with many cards: every warning and title location counted its
  /// column from the start of the line, and 400 KB took 30 s.
  @Test func aOneLinePageWithManyCardsIsPlacedInLinearTime() {
    let card =
      #"<div class="maincard"><div class="maincardHeader">Tue Dec 4th 99:99 -- 1 AM @ R</div></div>"#
    let text = "<!DOCTYPE html>" + String(repeating: card, count: 20_000)
    var result = ReadResult()
    let elapsed = seconds { result = PageReader.read(DumpSource(name: "one.html", text: text)) }
    #expect(result.events.count == 20_000)
    #expect(
      result.diagnostics.prefix(3).map(\.description) == [
        "one.html:1:16: warning: the card has no title",
        "one.html:1:78: warning: '99:99' is not a time of day",
        "one.html:1:107: warning: the card has no title",
      ])
    #expect(result.diagnostics.last?.location.column == 15 + 19_999 * card.utf8.count + 63)
    #expect(elapsed < 30, "took \(elapsed) s")
  }

  @Test func locationsStayRightWhenOffsetsGoBackOrChangeLines() {
    // Lines 0..<2, 3..<6 (`é` is two bytes, `\r\n` ends it) and 8..<11.
    let text = "ab\ncé\r\nxyz"
    let places = text.withUTF8Bytes { bytes -> [[Int]] in
      var collector = DiagnosticCollector(file: "x", bytes: bytes)
      return [9, 10, 4, 7, 6, 0, 11].map {
        let location = collector.location(of: $0)
        return [location.line, location.column]
      }
    }
    #expect(places == [[3, 2], [3, 3], [2, 2], [2, 4], [2, 3], [1, 1], [3, 4]])
    let empty = "".withUTF8Bytes { bytes -> [Int] in
      var collector = DiagnosticCollector(file: "x", bytes: bytes)
      let location = collector.location(of: 0)
      return [location.line, location.column]
    }
    #expect(empty == [1, 1])
  }

  /// Offsets that jump back across a long one-line page start again from a checkpoint, not
  /// from the start of the page.
  @Test func locationsGoingBackAcrossAOneLinePageAreCheap() {
    let text = String(repeating: "é", count: 3_000_000)
    let start = ContinuousClock.now
    let columns = text.withUTF8Bytes { bytes -> [Int] in
      var collector = DiagnosticCollector(file: "x", bytes: bytes)
      var columns: [Int] = []
      for step in 0..<200 {
        let offset = step % 2 == 0 ? 5_999_998 - step : step * 2
        columns.append(collector.location(of: offset).column)
      }
      return columns
    }
    #expect(columns.prefix(3) == [3_000_000, 2, 2_999_999])
    #expect(ContinuousClock.now - start < .seconds(15))
  }

  // MARK: LaTeX

  /// `\label{...}` was removed one at a time from a copy of the line, each removal moving the
  /// rest: the square of a long author line.
  @Test func labelsGoInOnePassWithTheOldResults() {
    #expect(
      LaTeX.authorLine(#"$Ada\ Lovelace\label{a}\cdot Alan~Turing\label{b}$"#)
        == "Ada Lovelace · Alan Turing")
    #expect(LaTeX.authorLine(#"$Ada\label{x"#) == nil)
    // Removing a label may join a new one, which goes too.
    #expect(LaTeX.removingLabels(Array(#"A\lab\label{x}el{y}B"#.utf8)) == Array("AB".utf8))
    #expect(LaTeX.removingLabels(Array(#"\label{a}}\label{"#.utf8)) == nil)
    #expect(LaTeX.removingLabels(Array(#"x}\label{}"#.utf8)) == Array("x}".utf8))
  }

  @Test func aLongLineOfLabelsIsReadInLinearTime() {
    let line = "$Ada Lovelace" + String(repeating: #"\label{x}"#, count: 200_000) + "$"
    var authors: String?
    let elapsed = seconds { authors = LaTeX.authorLine(line) }
    #expect(authors == "Ada Lovelace")
    #expect(elapsed < 30, "took \(elapsed) s")
  }

  // MARK: Search

  /// Found by `.ci/fuzz` (three crashes, `crash-b233a8eb...` the first, all mutations of the
  /// posters page): a card whose title is a whole abstract, searched by its title, trapped on
  /// an arithmetic overflow. Each event's count of matched query terms was a UInt8, and a query
  /// of 256 terms (a pasted abstract) took it past 255. Minimized: 256 words; 255 passed.
  @Test func aQueryOf256TermsDoesNotOverflow() {
    let page =
      #"<div class="maincard"><div class="maincardBody">"#
      + String(repeating: "word ", count: 256) + "</div></div>"
    let result = PageReader.read(DumpSource(name: "crash.html", text: page))
    let schedule = Schedule([result])
    let index = SearchIndex(schedule.events)
    #expect(schedule.events.count == 1)
    let hits = index.search(SearchQuery(schedule.events.first?.title ?? "")).hits
    #expect(hits.map(\.eventIndex) == [0])
  }

  // MARK: Many lines

  /// 100 MB of short lines (a file of no family, read by the card reader) took 97 s and 2.8 GB
  /// in a debug build: an array of every line for each detection pass and for the reader, and
  /// a paragraph kept as an array of its lines. Lines are now visited one at a time and a
  /// paragraph is its first and last line.
  @Test func lineSequenceSplitsAsTheLineTableDid() {
    let text = "a\r\n\r\nb\r\r\nc\n\nd\r"
    text.withUTF8Bytes { bytes in
      let lines = bytes.lines()
      #expect(lines.map { bytes.string($0.start..<$0.end) } == ["a", "", "b\r", "c", "", "d"])
      #expect(lines.map(\.number) == [1, 2, 3, 4, 5, 6])
      // Split again, a run of lines gives the same lines, a `\r` kept at its end included.
      let run = Paragraph(from: lines[0], to: lines[2])
      #expect(run.lineCount == 3)
      #expect(
        run.lines(in: bytes).map { [$0.start, $0.end, $0.number] }
          == lines[0...2].map { [$0.start, $0.end, $0.number] })
    }
  }

  @Test func aGapKeepsItsEndsAndCount() {
    var gap = CardGap()
    for number in 1...1000 {
      gap.append(Paragraph(Line(start: number, end: number, number: number)))
    }
    #expect(gap.count == 1000)
    #expect(
      [0, 1, 997, 998, 999].map { gap.paragraph($0)?.firstLine.number } == [1, 2, 998, 999, 1000])
    #expect(gap.paragraph(500) == nil)
    #expect(gap.last(2).map(\.firstLine.number) == [999, 1000])
    #expect(gap.span(1..<999).map { [$0.firstLine.number, $0.lastLine.number] } == [2, 999])
  }

  @Test func anAbstractOverManyParagraphsReadsAsBefore() {
    let abstract = "First part of the state-of-\n\n   \nthe-art.\n\nSecond\nparagraph.\n\nThird."
    let result = readCards(card(title: "A Title", abstract: abstract))
    #expect(
      result.events.first?.abstract
        == "First part of the state-of-the-art. Second paragraph. Third.")
    #expect(result.events.first?.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
  }

  @Test func aMillionShortLinesOfNoFamilyReadInLinearTime() {
    let text = String(repeating: "a\n\n", count: 300_000) + String(repeating: "b\n", count: 300_000)
    var result = ReadResult()
    let elapsed = seconds { result = DumpReader.read(DumpSource(name: "lines.txt", text: text)) }
    // Prose with no family of its own reads as a reading list that mentions nothing.
    #expect(result.events.isEmpty && result.mentions.isEmpty)
    #expect(elapsed < 60, "took \(elapsed) s")
  }

  @Test func aMarkdownBodyInRunsReadsAsBefore() {
    let text = """
      ## [A Title](https://neurips.cc/Conferences/2018/Schedule?showEvent=1)
      stray line
      **Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1**
      *Ada Lovelace*
      Line one\\
      line two

      Second paragraph
      **
      Third
      """
    let result = MarkdownCardReader.read(DumpSource(name: "inline.md", text: text))
    // The header between the stray line and the rest parts them like a blank line.
    #expect(
      result.events.first?.abstract
        == "stray line\n\n*Ada Lovelace*\nLine one\nline two\n\nSecond paragraph\n\nThird")
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.md:2:1: warning: text between the card's title and its header; read as part of the abstract"
      ])
  }

  @Test func notesOfManyLinesReadAsBefore() {
    let text = "Notes:\n\nfirst  \n\n\n  second\nthird\n\n"
    let notes = text.withUTF8Bytes { bytes in NotesText.text(bytes, bytes.lines()[...]) }
    #expect(notes == "first\n\n  second\nthird")
  }
}
