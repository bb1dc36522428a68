/// Reading one event of a notes dump:
///
///     event  := title resource* [header] author*      (one paragraph; lines end in `\`)
///     title  := "[" text "](" url ")"  |  board ":" text  |  text      (see below)
///
/// A title is a link (the event page); `802: Title` under demonstrations (`802` is the board);
/// or plain text right under a time line (`Opening Remarks`) or above a card header (a social).
/// Then come resource links (`[Poster](...)`, `[3 min video](...)`), a card header, and author
/// lines; the first line that is none of these starts the notes.
extension NotesParser {
  /// Whether the paragraph at `index` starts an event. A title link does when a time line is
  /// above it, its line ends in `\`, the next line is a resource, header or author line, or the
  /// section names a kind and the label is not a resource's (`[Slides](...)` among notes).
  func isEventParagraph(at index: Int, afterTimeLine: Bool) -> Bool {
    guard index < blocks.count, case .paragraph(let range) = blocks[index] else { return false }
    let content = bytes.content(of: lines[range.lowerBound])
    if let link = titleLink(range) {
      if afterTimeLine { return true }
      let end = lineIndex(containing: link.end, from: range.lowerBound)
      if bytes.endsWithHardBreak(lines[end]) { return true }
      if end + 1 < range.upperBound, describesEvent(lines[end + 1]) { return true }
      return kind != nil && !NotesVocabulary.isResourceLabel(link.label)
    }
    if kind?.isBoardPresentation == true, boardTitle(content) != nil { return true }
    return range.count >= 2
      && CardHeader.parse(bytes, bytes.content(of: lines[range.lowerBound + 1])) != nil
  }

  /// The link a paragraph starts with; its label may run onto the next line.
  func titleLink(_ range: Range<Int>) -> MarkdownLink? {
    let content = bytes.content(of: lines[range.lowerBound])
    guard startsWithLink(lines[range.lowerBound]) else { return nil }
    return MarkdownLink.read(bytes, at: content.lowerBound, limit: lines[range.upperBound - 1].end)
  }

  func startsWithLink(_ line: Line) -> Bool {
    let content = bytes.content(of: line)
    return content.first.map { bytes[$0] == UInt8(ascii: "[") } ?? false
  }

  /// A resource, header or author line.
  func describesEvent(_ line: Line) -> Bool {
    let content = bytes.content(of: line)
    return MarkdownLink.linksOnly(bytes, content) != nil || CardHeader.parse(bytes, content) != nil
      || NotesAuthorLine.parse(bytes, content) != nil
  }

  /// `802: Streamlit, a new app framework`: the board and the title.
  func boardTitle(_ content: Range<Int>) -> (board: String, title: Range<Int>)? {
    var scanner = ByteScanner(bytes, content)
    let start = scanner.index
    guard scanner.readNumber(maxDigits: 4) != nil, !(scanner.peek?.isDigit ?? false) else {
      return nil
    }
    let board = bytes.string(start..<scanner.index)
    guard scanner.consume(UInt8(ascii: ":")), scanner.skipSpaces() > 0 else { return nil }
    let title = bytes.trimmed(scanner.index..<content.upperBound)
    return title.isEmpty ? nil : (board, title)
  }

  /// Reads the event whose title is the first line of `range` (part of the paragraph at block
  /// `index`); returns the index of the next block to read.
  mutating func readEvent(_ range: Range<Int>, at index: Int) -> Int {
    let titleLine = lines[range.lowerBound]
    let content = bytes.content(of: titleLine)
    var draft = makeDraft(anchor: titleLine, offset: content.lowerBound)
    var next = range.lowerBound + 1
    if let link = titleLink(range) {
      draft.title = Markup.cleanTitle(link.label)
      draft.links.append(Link(label: "Event page", url: link.url))
      noteLink(link, from: range.lowerBound)
      let end = lineIndex(containing: link.end, from: range.lowerBound)
      let rest = link.end..<max(link.end, bytes.content(of: lines[end]).upperBound)
      for more in MarkdownLink.linksOnly(bytes, rest) ?? [] {
        draft.links.append(Link(label: more.label, url: more.url))
      }
      next = end + 1
    } else if kind?.isBoardPresentation == true, let (board, title) = boardTitle(content) {
      draft.board = board
      draft.title = Markup.cleanTitle(bytes.string(title))
    } else {
      let title = Markup.cleanTitle(bytes.string(bytes.strippingEmphasis(content)))
      draft.title = title
      if draft.kind?.isTalk ?? true, let plenary = NotesVocabulary.plenaryKind(title) {
        draft.kind = plenary
      }
    }
    if draft.title?.isEmpty ?? true {
      let placeholder = "(untitled \(draft.kind.map { $0.rawValue.lowercased() + " " } ?? "")event)"
      warnings.warn(titleLine, "the event has no title; kept as '\(placeholder)'")
      draft.title = placeholder
    }
    var notesFrom = readDetails(next..<range.upperBound, into: &draft)
    var following = index + 1
    if notesFrom == nil, bytes.endsWithHardBreak(lines[range.upperBound - 1]),
      let parted = partedDetails(at: index + 1, into: &draft)
    {
      following = index + 2
      notesFrom = parted
    }
    drafts.append(draft)
    openNotes = (drafts.count - 1, notesFrom ?? range.upperBound)
    return following
  }

  /// Reads resource, time and author lines into the draft; returns the index of the first line
  /// that is none of these (where the notes start), or nil when all were.
  mutating func readDetails(_ range: Range<Int>, into draft: inout NotesDraft) -> Int? {
    var hasOwnTime = false
    for index in range {
      let line = lines[index]
      let content = bytes.content(of: line)
      if content.isEmpty { continue }
      if let links = MarkdownLink.linksOnly(bytes, content) {
        draft.links += links.map { Link(label: $0.label, url: $0.url) }
      } else if !hasOwnTime, let timed = RoomTimeLine.parseTimed(bytes, line) {
        hasOwnTime = true
        takeOwnTime(timed, into: &draft)
      } else if let authors = NotesAuthorLine.parse(bytes, content) {
        draft.authors += authors
      } else {
        return index
      }
    }
    return nil
  }

  /// A time line below a title (a social's card header) is the event's own.
  mutating func takeOwnTime(_ line: RoomTimeLine, into draft: inout NotesDraft) {
    warnings.warn(line.line, line.problems)
    if let header = line.header {
      draft.time = .header(header, line.line)
    } else if let first = line.first {
      times.append((MeridiemInference.Written(first: first, second: line.second), line.line, day))
      draft.time = .written(times.count - 1)
    }
    if let lineRoom = line.room { draft.room = lineRoom }
    if let board = line.board { draft.board = board }
  }

  /// Authors (or resources) parted from their event by a blank line after a line ending in `\`:
  /// read into the draft with a warning. Returns the line index after them, or nil when the
  /// paragraph at `index` is not such a paragraph.
  mutating func partedDetails(at index: Int, into draft: inout NotesDraft) -> Int? {
    guard index < blocks.count, case .paragraph(let range) = blocks[index],
      !isEventParagraph(at: index, afterTimeLine: false),
      range.allSatisfy({ describesEvent(lines[$0]) })
    else { return nil }
    var parted = draft
    guard readDetails(range, into: &parted) == nil else { return nil }
    draft = parted
    warnings.warn(
      lines[range.lowerBound],
      "a blank line parts this from the event above (whose line ends in '\\'); read as part of it")
    return range.upperBound
  }
}
