/// Reads the reading-list family: blog posts and notes that mention papers and talks in lists
/// and prose, with no times or rooms.
///
///     front matter := "---" line* "---"                  skipped
///     heading      := "#"+ " " text                      skipped
///     list item    := marker head [separator summary]    a title, unless a category or prose
///     label        := short text ":"                     its lines up to a blank line are items
///     labelled item := marker "... paper" ":" title      the title after the label
///     other line   := prose                              quoted and venue-marked titles only
///
/// A list item is a category when it ends with a colon or deeper items follow it; it goes on
/// over the indented lines below it. A list under `Table of Contents` names sections, not
/// papers. See `MentionHead` for the head of an item, `TitleShape` for what reads as prose, and
/// `InlineTitles` for titles inside prose.
///
/// The reader is conservative in the other direction from the matcher: a vague item (`MuZero`,
/// `David Ha’s numerous papers`) is still a mention, and it is the matcher that refuses it.
public enum ReadingListReader: ScheduleReader {
  /// `reading-list`.
  public static let family = DumpFamily.readingList

  /// Reads every mention of a dump; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = ReadingListParser(bytes: bytes, file: source.name)
      return parser.run()
    }
  }

  /// Whether a dump is best read as a reading list: it has text, and neither card headers
  /// (`Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210`), nor an HTML page's markup, nor
  /// the time lines of notes (`10:05 am : West Ballroom C`, two or more). Family detection
  /// tries it last, for markdown and prose.
  public static func sniff(_ source: DumpSource) -> Bool {
    if StructuredFormat.identify(source) != nil { return false }
    return source.text.withUTF8Bytes { bytes in
      var hasText = false
      var timeLines = 0
      for line in bytes.eachLine() {
        let range = bytes.trimmed(line.start..<line.end)
        guard let first = range.first else { continue }
        if CardHeader.parse(bytes, range) != nil { return false }
        if bytes[first] == UInt8(ascii: "<") {
          var scanner = ByteScanner(bytes, range)
          if scanner.consume(caseInsensitive: "<!doctype")
            || scanner.consume(caseInsensitive: "<html")
          {
            return false
          }
        }
        if startsWithClockTime(bytes, range) {
          timeLines += 1
          if timeLines >= 2 { return false }
        }
        if !hasText { hasText = range.contains { bytes[$0].isASCIILetter || bytes[$0] >= 0xC0 } }
      }
      return hasText
    }
  }

  /// `10:05 am`, `4:50 p.m.` at the start of a line.
  private static func startsWithClockTime(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Bool
  {
    guard let first = range.first, bytes[first].isDigit else { return false }
    var scanner = ByteScanner(bytes, range)
    guard let time = TimeSpan.readTime(&scanner) else { return false }
    return time.meridiem != nil && time.text.containsByte(UInt8(ascii: ":"))
  }
}

private struct ReadingListParser {
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
    list.diagnostics = diagnostics.sorted
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

  /// Takes the lines below an item that are indented, not blank, and not items themselves.
  mutating func takeContinuations() -> [Line] {
    var continuations: [Line] = []
    var probe = lines
    while let next = probe.next() {
      let range = next.start..<next.end
      guard !bytes.isBlank(range), ListMarker.read(bytes, range) == nil,
        ListMarker.indentation(bytes, range) >= 2
      else { break }
      continuations.append(next)
      lines = probe
    }
    return continuations
  }

  /// Whether the next non-blank line is an item deeper than `indent`.
  func hasChildren(deeperThan indent: Int) -> Bool {
    var probe = lines
    while let line = probe.next() {
      guard !bytes.isBlank(line.start..<line.end) else { continue }
      guard let marker = ListMarker.read(bytes, line.start..<line.end) else { return false }
      return marker.indent > indent
    }
    return false
  }

  /// Skips YAML front matter (`---` ... `---`), when the dump opens with it.
  mutating func skipFrontMatter() {
    var probe = lines
    guard let first = probe.next(), bytes.string(bytes.trimmed(first.start..<first.end)) == "---"
    else { return }
    while let line = probe.next() {
      let range = bytes.trimmed(line.start..<line.end)
      if range.count == 3, bytes.string(range) == "---" || bytes.string(range) == "..." {
        lines = probe
        return
      }
    }
    diagnostics.warn(
      first, at: first.start, "front matter opened by '---' is never closed; read as text")
    _ = lines.next()
  }

  /// `# Title`, `## Table of Contents:`.
  func isHeading(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound, bytes[index] == UInt8(ascii: "#") { index += 1 }
    return index > range.lowerBound && (index == range.upperBound || bytes[index].isSpaceOrTab)
  }

  /// `Table of Contents`, `Contents:`, as a heading or a line of its own.
  func isContentsTitle(_ range: Range<Int>) -> Bool {
    guard (8...32).contains(range.count) else { return false }
    let words = TitleShape.words(bytes, range).map { TitleShape.bare(bytes, $0) }
      .filter { !$0.isEmpty }
    return words == ["table", "of", "contents"] || words == ["contents"]
  }

  /// A line that holds no mention: `<br>` and other tags, an image, a footnote, a rule.
  func isSkipped(_ range: Range<Int>) -> Bool {
    let first = bytes[range.lowerBound]
    if first == UInt8(ascii: "<") { return true }
    if range.count >= 2, first == UInt8(ascii: "!") || first == UInt8(ascii: "["),
      bytes[range.lowerBound + 1] == (first == UInt8(ascii: "!") ? 0x5B : 0x5E)
    {
      return true
    }
    // A rule: three marks or more of `-`, `*`, `_` or `=`, and spaces.
    var marks = 0
    for index in range where !bytes[index].isSpaceOrTab {
      let byte = bytes[index]
      guard byte == 0x2D || byte == 0x2A || byte == 0x5F || byte == 0x3D else { return false }
      marks += 1
    }
    return marks >= 3
  }

  /// A short line ending with a colon that introduces a list of lines: `Poster Session 1:`.
  func isLabel(_ range: Range<Int>) -> Bool {
    guard let last = range.last, bytes[last] == UInt8(ascii: ":") else { return false }
    let words = TitleShape.words(bytes, range)
    return words.count <= 6 && range.contains { bytes[$0].isASCIILetter }
  }

  /// The mention's text: markup cleaned, spaces collapsed.
  func text(_ range: Range<Int>) -> String {
    Markup.cleanTitle(bytes.string(range))
  }

  func location(_ offset: Int, _ line: Line) -> SourceLocation {
    diagnostics.location(line, at: offset)
  }
}

extension DumpFamily {
  /// Prose and bullets that mention papers and talks: no schedule of its own.
  public static let readingList = DumpFamily(rawValue: "reading-list")
}
