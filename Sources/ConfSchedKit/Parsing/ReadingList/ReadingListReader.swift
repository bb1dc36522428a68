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

extension DumpFamily {
  /// Prose and bullets that mention papers and talks: no schedule of its own.
  public static let readingList = DumpFamily(rawValue: "reading-list")
}
