/// The families of dumps confsched reads.
public enum DumpFamily: String, CaseIterable, Sendable, CustomStringConvertible {
  /// One event per card, anchored on `Kind | Tue Dec 4th 10:05 -- 10:20 AM @ Room`: the
  /// conference book as text, or its markdown form.
  case card
  /// An attendee's notes by day and section.
  case notes
  /// The conference site's schedule page saved from a browser.
  case page
  /// Prose and bullets that mention papers: no schedule of its own.
  case readingList = "reading-list"

  /// `card`, `notes`, `page`, `reading-list`.
  public var description: String { rawValue }
}

/// Reads a dump of any supported family into events, telling the family from the content.
public enum DumpReader {
  /// Reads a source with the reader of its family (`family`, or the detected one).
  public static func read(
    _ source: DumpSource, options: ReadOptions = ReadOptions(), family: DumpFamily? = nil
  ) -> ReadResult {
    var result: ReadResult
    let chosen = family ?? detect(source)
    switch chosen {
    case .card?:
      result =
        MarkdownCardReader.looksLikeMarkdownCards(source)
        ? MarkdownCardReader.read(source, options: options)
        : CardReader.read(source, options: options)
    case .notes?:
      result = NotesReader.read(source, options: options)
    case .page?:
      result = PageReader.read(source, options: options)
    case .readingList?:
      let list = ReadingListReader.read(source)
      result = ReadResult()
      result.mentions = list.mentions
      result.diagnostics = list.diagnostics
    case nil:
      result = CardReader.read(source, options: options)
    }
    result.family = chosen
    result.file = source.name
    return result
  }

  /// The family a text belongs to, or nil when it is none of them.
  public static func detect(_ source: DumpSource) -> DumpFamily? {
    if PageReader.looksLikePage(source) { return .page }
    if MarkdownCardReader.looksLikeMarkdownCards(source) { return .card }
    if NotesReader.looksLikeNotes(source) { return .notes }
    if hasCardHeader(source) { return .card }
    if ReadingListReader.looksLikeReadingList(source) { return .readingList }
    return nil
  }

  /// Whether any line is a card header with a kind.
  static func hasCardHeader(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      bytes.eachLine().contains { CardHeader.parse(bytes, $0.start..<$0.end)?.kind != nil }
    }
  }

  /// What a file of no recognised family should have looked like.
  public static let familyHint =
    "not a schedule dump confsched knows (card headers like 'Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1', day notes like '# Dec 10, Tuesday', or a saved schedule page)"
}
