/// The pass over a notes dump: its headings and paragraphs in order.
///
/// A heading is a day, a section naming a kind, a sub-section (an unknown heading followed by a
/// room or an event: `## Or`), or a line of notes (`### Notes`, `## Spotlight 1: ...`). A
/// paragraph is a block line (a time or room over the events below it), an event (with its own
/// time or room line on top), an untitled session (a time line followed by notes), or notes of
/// the event before it.
struct NotesParser {
  /// A heading, a run of non-blank lines, or a fenced code block (always notes).
  enum Block {
    case heading(NotesHeading, line: Int)
    /// Line indices.
    case paragraph(Range<Int>)
    /// Line indices, fences included.
    case code(Range<Int>)
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let lines: [Line]
  let options: ReadOptions
  var warnings: DiagnosticCollector
  var blocks: [Block] = []
  var drafts: [NotesDraft] = []
  /// The times written in the notes form, in the dump's order, with their line and day.
  var times: [(written: MeridiemInference.Written, line: Line, day: Int?)] = []
  var days: [NotesCalendar.Day] = []
  var linkYears: [Int] = []

  // What the current section says about the events below it.
  var day: Int?
  var kind: EventKind?
  var room: String?
  /// The time of the next event only.
  var pendingTime: NotesDraft.Time?
  /// The time every event of the block shares: demonstrations and posters run side by side.
  var sharedTime: NotesDraft.Time?
  var pendingBoard: String?
  var isAfterHeading = false
  /// The event whose notes are being read, and their first line.
  var openNotes: (draft: Int, from: Int)?

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.lines = bytes.lines()
    self.options = options
    self.warnings = DiagnosticCollector(file: file, bytes: bytes)
    self.blocks = Self.blocks(bytes, lines)
  }

  static func blocks(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> [Block] {
    var blocks: [Block] = []
    var start: Int?
    var fenceStart: Int?
    for (index, line) in lines.enumerated() {
      let range = bytes.trimmed(line.start..<line.end)
      if isFence(bytes, range) {
        if let first = fenceStart {
          blocks.append(.code(first..<index + 1))
          fenceStart = nil
        } else {
          if let first = start { blocks.append(.paragraph(first..<index)) }
          start = nil
          fenceStart = index
        }
        continue
      }
      if fenceStart != nil { continue }
      let heading =
        range.first.map { bytes[$0] == UInt8(ascii: "#") } == true
        ? NotesHeading.parse(bytes, line) : nil
      if range.isEmpty || heading != nil {
        if let first = start { blocks.append(.paragraph(first..<index)) }
        start = nil
        if let heading { blocks.append(.heading(heading, line: index)) }
      } else if start == nil {
        start = index
      }
    }
    if let first = fenceStart { blocks.append(.code(first..<lines.count)) }
    if let first = start { blocks.append(.paragraph(first..<lines.count)) }
    return blocks
  }

  /// A ```` ``` ```` or `~~~` line, which opens or closes a code block.
  static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    let first = bytes[range.lowerBound]
    return (first == UInt8(ascii: "`") || first == UInt8(ascii: "~"))
      && bytes[range.lowerBound + 1] == first && bytes[range.lowerBound + 2] == first
  }

  mutating func run() -> ReadResult {
    var index = 0
    while index < blocks.count {
      switch blocks[index] {
      case .heading(let heading, let line):
        readHeading(heading, line: line, at: index)
        index += 1
      case .paragraph(let range):
        index = readParagraph(range, at: index)
        isAfterHeading = false
      case .code:
        index += 1  // notes of the open event, if any
        isAfterHeading = false
      }
    }
    closeNotes(at: lines.count)
    return finish()
  }

  // MARK: Headings

  mutating func readHeading(_ heading: NotesHeading, line: Int, at index: Int) {
    if let printed = heading.day {
      closeNotes(at: line)
      days.append(NotesCalendar.Day(line: lines[line], printed: printed))
      day = days.count - 1
      startSection(kind: nil)
    } else if let named = heading.kind {
      closeNotes(at: line)
      startSection(kind: named)
    } else if startsSubsection(at: index + 1) {
      closeNotes(at: line)
      startSection(kind: kind)
    } else {
      isAfterHeading = false  // a line of the notes
      return
    }
    if let link = heading.link { noteLink(link, from: line) }
    isAfterHeading = true
  }

  mutating func startSection(kind newKind: EventKind?) {
    kind = newKind
    room = nil
    pendingTime = nil
    sharedTime = nil
    pendingBoard = nil
  }

  /// Whether an unknown heading opens a parallel session: a room line or an event follows.
  func startsSubsection(at index: Int) -> Bool {
    guard index < blocks.count, case .paragraph(let range) = blocks[index] else { return false }
    if isEventParagraph(at: index, afterTimeLine: false) { return true }
    let first = lines[range.lowerBound]
    if RoomTimeLine.parseTimed(bytes, first) != nil { return true }
    return range.count == 1 && RoomTimeLine.parseRoom(bytes, first) != nil
      && isEventParagraph(at: index + 1, afterTimeLine: true)
  }

  // MARK: Paragraphs

  /// Reads the paragraph at `index`; returns the index of the next block to read.
  mutating func readParagraph(_ range: Range<Int>, at index: Int) -> Int {
    let first = lines[range.lowerBound]
    if let timed = RoomTimeLine.parseTimed(bytes, first) {
      closeNotes(at: range.lowerBound)
      apply(timed)
      if range.count >= 2 { return readEvent(range.dropFirst(), at: index) }
      if isEventParagraph(at: index + 1, afterTimeLine: true) { return index + 1 }
      startUntitledSession(timed, notesFrom: range.upperBound)
      return index + 1
    }
    if isEventParagraph(at: index, afterTimeLine: false) {
      closeNotes(at: range.lowerBound)
      return readEvent(range, at: index)
    }
    if let located = RoomTimeLine.parseRoom(bytes, first) {
      if range.count >= 2, startsWithLink(lines[range.lowerBound + 1]) {
        closeNotes(at: range.lowerBound)
        apply(located)
        return readEvent(range.dropFirst(), at: index)
      }
      if range.count == 1, isAfterHeading, isEventParagraph(at: index + 1, afterTimeLine: true) {
        closeNotes(at: range.lowerBound)
        apply(located)
        return index + 1
      }
    }
    return index + 1  // notes of the open event, if any
  }

  /// Takes the room and time of a block line or of an event's own line.
  mutating func apply(_ line: RoomTimeLine) {
    warnings.warn(line.line, line.problems)
    if let lineRoom = line.room { room = lineRoom }
    pendingBoard = line.board
    var time: NotesDraft.Time?
    if let header = line.header {
      time = .header(header, line.line)
    } else if let first = line.first {
      times.append((MeridiemInference.Written(first: first, second: line.second), line.line, day))
      time = .written(times.count - 1)
    }
    guard let time else { return }
    pendingTime = time
    sharedTime = kind?.isBoardPresentation == true ? time : nil
  }

  /// A time line with no title under it: the session keeps its time and room, under a title
  /// that says it has none.
  mutating func startUntitledSession(_ line: RoomTimeLine, notesFrom: Int) {
    let start = bytes.trimmed(line.line.start..<line.line.end).lowerBound
    var draft = makeDraft(anchor: line.line, offset: start)
    let placeholder = "(untitled \(kind.map { $0.rawValue.lowercased() + " " } ?? "")session)"
    draft.title = placeholder
    warnings.warn(line.line, "the session has no title; kept as '\(placeholder)'")
    drafts.append(draft)
    openNotes = (drafts.count - 1, notesFrom)
  }

  /// A draft at the anchor with what the section says; takes the pending time and board.
  mutating func makeDraft(anchor: Line, offset: Int) -> NotesDraft {
    var draft = NotesDraft(kind: kind, anchor: anchor, anchorOffset: offset, day: day)
    draft.room = room
    draft.board = pendingBoard
    draft.time = pendingTime ?? sharedTime
    pendingTime = nil
    pendingBoard = nil
    return draft
  }

  /// Ends the open event's notes before line `end` (an index).
  mutating func closeNotes(at end: Int) {
    if let open = openNotes, open.from < end { drafts[open.draft].notes = open.from..<end }
    openNotes = nil
  }

  /// Records a link's year and, under a day, the date it gives; the link starts on line
  /// index `first`.
  mutating func noteLink(_ link: MarkdownLink, from first: Int) {
    if let year = NotesCalendar.linkYear(bytes, link) { linkYears.append(year) }
    if let day, let found = NotesCalendar.linkDate(bytes, link) {
      let line = lines[lineIndex(containing: found.offset, from: first)]
      days[day].linkDates.append(
        NotesCalendar.LinkDate(date: found.date, offset: found.offset, line: line))
    }
  }

  /// The index of the line that holds a byte offset, searching forward from line index `first`.
  func lineIndex(containing offset: Int, from first: Int) -> Int {
    var index = first
    while index + 1 < lines.count, lines[index].end < offset { index += 1 }
    return index
  }
}
