/// Reads the card family in its markdown form:
///
///     ## [Workshop on Security in Machine Learning](https://neurips.cc/...?showEvent=10939)
///     **Workshop | Fri Dec 7th 08:00 AM -- 06:30 PM @ None **
///     *Nicolas Papernot · Jacob Steinhardt · Matt Fredrikson*
///     The abstract, over several lines,\
///     with hard line breaks and LaTeX.
///
///     _________________
///
/// or, as the generator finally published it, with blank lines between the parts:
///
///     ## [Coffee Break](https://neurips.cc/Conferences/2018/Schedule?showEvent=12873)
///
///     __Break | Tue Dec 4th 09:40  -- 10:05 AM @__
///
///     __
///
/// Cards are separated by a rule of underscores, or start at a heading followed by a header
/// (a conversion left `_n` before some headings: `_n## [Title](link)`). Blank lines may stand
/// anywhere inside a card. The header may be wrapped in any emphasis (`**...**`, `__...__`,
/// `*...*`, with or without a space before the closing marks); the authors are the first line
/// after the header that reads as names (`*A · B*`, `_A · B_ `, `**A · B**`, `A · B`; `__` or
/// `**` alone is an empty author line); a room of `None` or nothing is no room. The heading's
/// link becomes the event's page, and its `/Conferences/2018/` the year.
///
/// What it cannot place, it says: a line that looks like a header but cannot be read, and a
/// second author line, are read as part of the abstract with a warning.
public enum MarkdownCardReader: ScheduleReader {
  /// `card`: the card family in another markup.
  public static let family = DumpFamily.card

  /// Reads every card of a dump; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = MarkdownCardParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }

  /// Whether a text looks like this form: headings with a link and bold card headers.
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      var headings = 0
      var headers = 0
      for line in bytes.eachLine().prefix(400) {
        let range = bytes.trimmed(line.start..<line.end)
        if MarkdownCardParser.heading(bytes, range) != nil { headings += 1 }
        if let first = range.first,
          bytes[first] == UInt8(ascii: "*") || bytes[first] == UInt8(ascii: "_"),
          CardHeader.parse(bytes, range)?.kind != nil
        {
          headers += 1
        }
      }
      return headings > 0 && headers > 0
    }
  }
}
