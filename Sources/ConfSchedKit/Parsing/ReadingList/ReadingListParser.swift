/// The walk over a reading list's lines for `ReadingListReader`: items, labels and prose read
/// into mentions. The line tests it walks by (headings, labels, skipped lines, an item's
/// continuations) are in `ReadingListParser+Lines`. Internal rather than private only so that
/// the reader and that file reach it.
struct ReadingListParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  /// The lines still to read, one at a time: a copy of it looks ahead, so that no array of the
  /// dump's lines is ever made (24 bytes a line: 12 times a file of short lines).
  var lines: LineSequence
  var list = ReadResult()
  var diagnostics: DiagnosticCollector

  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
    self.lines = bytes.eachLine()
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  /// After a label line: whether its items have started, and whether the one blank line allowed
  /// between a label and its items was used.
  struct LabelList {
    var hasItems = false
    var sawBlank = false
  }

  mutating func run() -> ReadResult {
    skipFrontMatter()
    var inContents = false
    var label: LabelList?
    while let line = lines.next() {
      let range = bytes.trimmed(line.start..<line.end)
      if range.isEmpty {
        if let current = label, !current.hasItems, !current.sawBlank {
          label?.sawBlank = true
        } else {
          label = nil
        }
        continue
      }
      if isHeading(range) {
        inContents = isContentsTitle(range)
        label = nil
        continue
      }
      if isSkipped(range) { continue }
      if let marker = ListMarker.read(bytes, line.start..<line.end) {
        label = nil
        let continuations = takeContinuations()
        if !inContents {
          readItem(marker.content, first: line, continuations: continuations, indent: marker.indent)
        }
        continue
      }
      inContents = isContentsTitle(range)
      if inContents { continue }
      if label != nil {
        label?.hasItems = true
        readItem(range, first: line, continuations: [], indent: nil)
      } else if isLabel(range) {
        label = LabelList()
      } else {
        readInline(range, line: line, context: nil)
      }
    }
    // The edition the list is about, so that `--year` and `--conference` narrow its mentions.
    if !list.mentions.isEmpty, let year = ConferenceYear.infer(bytes) {
      list.conferences = [Conference.neurIPS(year: year)]
    }
    list.diagnostics = diagnostics.takeSorted()
    return list
  }

  /// Reads a list item (or a label's line) on `first` and its continuation lines: its head's
  /// title, then the titles quoted in the rest. `indent` is the marker's column, nil for a
  /// label's line.
  mutating func readItem(
    _ content: Range<Int>, first: Line, continuations lines: [Line], indent: Int?
  ) {
    guard let last = content.last, bytes[last] != UInt8(ascii: ":") else { return }
    if let indent, hasChildren(deeperThan: indent) { return }
    let continuations = lines.map { bytes.trimmed($0.start..<$0.end) }
    let context = ([content] + continuations).map { bytes.string($0) }.joined(separator: " ")
    let head = MentionHead.read(bytes, content)
    diagnostics.warn(first, head.problems)
    var inlineRange = content
    if isTitle(head) {
      var link = head.link ?? MentionHead.firstAddress(bytes, head.rest)
      for range in continuations where link == nil {
        link = MentionHead.firstAddress(bytes, range)
      }
      list.mentions.append(
        Mention(
          text: text(head.title), context: context, source: location(head.title.lowerBound, first),
          link: link))
      inlineRange = head.rest
    } else if let title = titleAfterLabel(head, in: content) {
      // `Lottery ticket paper: One ticket to win them all`: the label names what follows.
      list.mentions.append(
        Mention(
          text: text(title.title), context: context,
          source: location(title.title.lowerBound, first),
          link: title.link ?? MentionHead.firstAddress(bytes, head.rest)))
      inlineRange = title.rest
    }
    readInline(inlineRange, line: first, context: context)
    for (line, range) in zip(lines, continuations) {
      readInline(range, line: line, context: context)
    }
  }

  /// Adds the quoted and venue-marked titles of a range of one line; the context is the line's
  /// text unless given.
  mutating func readInline(_ range: Range<Int>, line: Line, context: String?) {
    for title in InlineTitles.find(bytes, range) {
      list.mentions.append(
        Mention(
          text: text(title), context: context ?? bytes.string(range),
          source: location(title.lowerBound, line)))
    }
  }

  /// Whether an item's head is a title: a link's text always; otherwise thirty words at most,
  /// no quotation marks (the quoted part gets its own chance), not prose, and not a label
  /// before a summary (`Problem: ...`, `What we learned: ...`) unless a word reads as a name
  /// (`MuZero: ...`).
  func isTitle(_ head: MentionHead) -> Bool {
    let words = TitleShape.words(bytes, head.title)
    guard words.contains(where: { word in word.contains { bytes[$0].isASCIILetter } }) else {
      return false
    }
    if head.isLinked { return true }
    let hasQuote = head.title.contains { index in
      bytes[index] == 0x22
        || (TitleShape.isGeneralPunctuation(bytes, index)
          && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D))
    }
    guard words.count <= 30, !hasQuote,
      !TitleShape.isProse(bytes, head.title, endsWithPeriod: head.endedWithPeriod)
    else { return false }
    if head.isBeforeColonSummary, words.count <= 3 {
      return words.contains { TitleShape.isNameLike(bytes, $0) }
    }
    return true
  }

  /// The title after a label of six words at most that says a paper, talk or poster follows
  /// (`Lottery ticket paper: One ticket to win them all`), when the head is not a title itself.
  func titleAfterLabel(_ head: MentionHead, in content: Range<Int>) -> MentionHead? {
    guard let colon = head.title.first(where: { bytes[$0] == UInt8(ascii: ":") }) else {
      return nil
    }
    let label = TitleShape.words(bytes, head.title.lowerBound..<colon)
    guard label.count <= 6,
      label.contains(where: {
        ["paper", "papers", "talk", "poster"].contains(TitleShape.bare(bytes, $0))
      })
    else { return nil }
    let rest = bytes.trimmed(colon + 1..<content.upperBound)
    guard !rest.isEmpty else { return nil }
    // The label says what follows is a title, so a title's own words (`them`) are no sign of
    // prose; a sentence is.
    let title = MentionHead.read(bytes, rest)
    let words = TitleShape.words(bytes, title.title)
    guard (2...30).contains(words.count), !TitleShape.hasSentenceBreak(bytes, title.title),
      !title.title.contains(where: { bytes[$0] == UInt8(ascii: ";") || bytes[$0] == 0x22 })
    else { return nil }
    return title
  }

  /// The mention's text: markup cleaned, spaces collapsed.
  func text(_ range: Range<Int>) -> String {
    Markup.cleanTitle(bytes.string(range))
  }

  func location(_ offset: Int, _ line: Line) -> SourceLocation {
    diagnostics.location(line, at: offset)
  }
}
