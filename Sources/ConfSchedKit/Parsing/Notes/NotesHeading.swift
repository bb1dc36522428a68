/// A markdown heading of the notes family, and what it is:
///
///     heading := "#"{1,6} " " text
///     day     := [weekday [","]] month ["."] day[st|nd|rd|th] [","] [weekday] [[","] year]
///
/// `# Dec 10, Tuesday` is a day; `## [Orals](link)`, `# Socials` and `## Demo` are sections
/// that name a kind (the label of a link stands for the text); anything else (`### Notes`,
/// `## Spotlight 1: ...`, `## Or`) is decided by what follows it.
struct NotesHeading {
  /// The number of `#`.
  var level: Int
  /// The text, with a link's label in place of the link and emphasis removed.
  var text: String
  /// The link of a heading written as one (`## [Orals](link)`).
  var link: MarkdownLink?
  /// The date of a day heading.
  var day: PrintedDay?
  /// The kind a section heading names.
  var kind: EventKind?

  /// A day as a heading prints it, with where its parts stand.
  struct PrintedDay {
    var month: Int
    var day: Int
    var weekday: Weekday?
    var year: Int?
    /// Offset of the month's name.
    var dateOffset: Int
    /// Offset of the weekday's name, when printed.
    var weekdayOffset: Int?
  }

  /// Reads a heading line, or returns nil when the line is not one.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> NotesHeading? {
    let range = bytes.trimmed(line.start..<line.end)
    var index = range.lowerBound
    while index < range.upperBound, bytes[index] == UInt8(ascii: "#") { index += 1 }
    let level = index - range.lowerBound
    guard (1...6).contains(level), index == range.upperBound || bytes[index].isSpaceOrTab else {
      return nil
    }
    let textRange = bytes.strippingEmphasis(bytes.trimmed(index..<range.upperBound))
    var heading = NotesHeading(level: level, text: bytes.string(textRange))
    if let link = MarkdownLink.read(bytes, at: textRange.lowerBound, limit: textRange.upperBound),
      bytes.trimmed(link.end..<textRange.upperBound).isEmpty
    {
      heading.link = link
      heading.text = link.label
    }
    heading.day = parseDay(bytes, textRange)
    if heading.day == nil { heading.kind = NotesVocabulary.sectionKind(heading.text) }
    return heading
  }

  /// Reads `Dec 10, Tuesday`, `Tuesday, December 10`, `Tue Dec 10th 2019`: the whole range
  /// must be the date.
  static func parseDay(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> PrintedDay? {
    var scanner = ByteScanner(bytes, range)
    var weekday: Weekday?
    var weekdayOffset: Int?
    func readWeekday() {
      var probe = scanner
      let letters = probe.readLetters()
      guard let index = probe.nameIndex(letters, in: ByteScanner.weekdayNames) else { return }
      _ = probe.consume(UInt8(ascii: "."))
      _ = probe.consume(UInt8(ascii: ","))
      probe.skipSpaces()
      weekday = Weekday(rawValue: index)
      weekdayOffset = letters.lowerBound
      scanner = probe
    }
    readWeekday()
    let monthRange = scanner.readLetters()
    guard let month = scanner.nameIndex(monthRange, in: ByteScanner.monthNames) else { return nil }
    _ = scanner.consume(UInt8(ascii: "."))
    guard scanner.skipSpaces() > 0, let day = scanner.readNumber(maxDigits: 2),
      (1...31).contains(day)
    else { return nil }
    let suffix = scanner.lowercasedText(scanner.readLetters())
    guard ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
    _ = scanner.consume(UInt8(ascii: ","))
    scanner.skipSpaces()
    if weekday == nil { readWeekday() }
    _ = scanner.consume(UInt8(ascii: ","))
    scanner.skipSpaces()
    var year: Int?
    if let number = scanner.readNumber(maxDigits: 4) {
      guard number >= 1900 else { return nil }
      year = number
    }
    scanner.skipSpaces()
    guard scanner.isAtEnd else { return nil }
    return PrintedDay(
      month: month + 1, day: day, weekday: weekday, year: year, dateOffset: monthRange.lowerBound,
      weekdayOffset: weekdayOffset)
  }
}
