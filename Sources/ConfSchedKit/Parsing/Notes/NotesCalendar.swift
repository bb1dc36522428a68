/// The dates of a notes dump: its year, and the date of each day heading.
///
/// The year is `--year`, else one a heading prints, else the one the conference links carry
/// (`/Conferences/2019/`, `day=2019-12-10`), else the one whose calendar fits the printed
/// weekdays. A heading that repeats the date of the heading before it (the week dump heads two
/// days `# Dec 11, Tuesday`) is a copy-paste slip: its date is the one most of its links give
/// (`day=2019-12-12`), else the next date with its weekday, else the day after.
struct NotesCalendar {
  /// A day heading and the dates its block's links give.
  struct Day {
    var line: Line
    var printed: NotesHeading.PrintedDay
    var linkDates: [LinkDate] = []
  }

  /// A `day=YYYY-MM-DD` in a link, with where it stands.
  struct LinkDate {
    var date: CalendarDate
    var offset: Int
    var line: Line
  }

  /// The year of the dump, or nil when nothing tells it.
  static func year(
    options: ReadOptions, days: [Day], linkYears: [Int], printed: [YearInference.PrintedDate]
  ) -> Int? {
    if let year = options.year { return year }
    if let year = mostCommon(days.compactMap(\.printed.year)) { return year }
    if let year = mostCommon(linkYears) { return year }
    return YearInference.infer(Set(printed))?.year
  }

  /// The date of each day heading in a year, warning about headings that repeat a date, name
  /// the wrong weekday or a date that does not exist, and about links that give another date.
  static func dates(_ days: [Day], year: Int, warnings: inout DiagnosticCollector)
    -> [CalendarDate?]
  {
    var dates: [CalendarDate?] = []
    var previous: (day: Day, date: CalendarDate)?
    for day in days {
      let printed = day.printed
      let name = "\(Month.shortNames[printed.month - 1]) \(printed.day)"
      var date = CalendarDate(year: year, month: printed.month, day: printed.day)
      if let before = previous, before.day.printed.month == printed.month,
        before.day.printed.day == printed.day
      {
        let (corrected, reason) = correctedDate(
          day, after: before.date, previousHeading: before.day)
        date = corrected
        warnings.warn(
          day.line, at: printed.dateOffset,
          "the day heading repeats \(name) of the heading before it; read as "
            + "\(corrected.longDescription), \(reason)")
      } else if date == nil {
        warnings.warn(day.line, at: printed.dateOffset, "\(name) is not a date in \(year)")
      } else if let date, let weekday = printed.weekday, weekday != date.weekday {
        warnings.warn(
          day.line, at: printed.weekdayOffset,
          "\(date) is a \(date.weekday.name) in \(year), not a \(weekday.name)")
      }
      if let date {
        for link in day.linkDates where link.date != date {
          warnings.warn(
            link.line, at: link.offset,
            "the link gives \(link.date), not the day's date \(date); the heading is kept")
        }
        previous = (day, date)
      }
      dates.append(date)
    }
    return dates
  }

  /// The date of a heading that repeats the date before it, and why.
  private static func correctedDate(
    _ day: Day, after date: CalendarDate, previousHeading: Day
  ) -> (CalendarDate, String) {
    if let linked = mostCommon(day.linkDates.map(\.date)), linked > date {
      return (linked, "the date its links give")
    }
    if let weekday = day.printed.weekday, weekday != previousHeading.printed.weekday,
      let offset = (1...7).first(where: { date.adding(days: $0).weekday == weekday })
    {
      return (date.adding(days: offset), "the next \(weekday.name)")
    }
    return (date.adding(days: 1), "the day after it")
  }

  /// `day=2019-12-10` in a link's address.
  static func linkDate(_ bytes: UnsafeBufferPointer<UInt8>, _ link: MarkdownLink) -> (
    date: CalendarDate, offset: Int
  )? {
    let range = link.urlStart..<link.end - 1
    guard let key = bytes.firstOffset(of: dayKey, in: range) else { return nil }
    var scanner = ByteScanner(bytes, key + dayKey.count..<range.upperBound)
    let start = scanner.index
    guard let year = scanner.readNumber(maxDigits: 4), scanner.consume(UInt8(ascii: "-")),
      let month = scanner.readNumber(maxDigits: 2), scanner.consume(UInt8(ascii: "-")),
      let day = scanner.readNumber(maxDigits: 2),
      let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    return (date, start)
  }

  /// The year of a conference link: a `/2019/` path segment or a `day=2019-...` date.
  static func linkYear(_ bytes: UnsafeBufferPointer<UInt8>, _ link: MarkdownLink) -> Int? {
    if let date = linkDate(bytes, link) { return date.date.year }
    var index = link.urlStart
    let end = link.end - 1
    while let slash = bytes.firstIndex(of: UInt8(ascii: "/"), in: index..<end) {
      var scanner = ByteScanner(bytes, slash + 1..<end)
      if let year = scanner.readNumber(maxDigits: 4), scanner.index == slash + 5,
        (1990...2099).contains(year), scanner.isAtEnd || scanner.peek == UInt8(ascii: "/")
      {
        return year
      }
      index = slash + 1
    }
    return nil
  }

  private static let dayKey = Array("day=".utf8)

  /// The value given most often; the earliest of those tied.
  static func mostCommon<T: Hashable & Comparable>(_ values: [T]) -> T? {
    var counts: [T: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }
}
