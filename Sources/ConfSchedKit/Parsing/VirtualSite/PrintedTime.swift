/// The time a card of the virtual site prints, in the zone of the browser that showed it:
///
///     Dec 6, 8:00 AM - 5:00 PM                       2024-2025 cards (touchup-time)
///     Tue 12 Dec 05:45 PM CET                        2021-2023 listings (touchup-date-div)
///     Wed 13 Dec 8:45 a.m. CST — 10:45 a.m. CST
///     Dec 6, 10:00 PM - Dec 7, 1:00 AM GMT+1
///
///     printed := moment [separator (moment | time [zone])] [zone] [rest]
///     moment  := [weekday [","]] [date [","] [year [","]]] time [zone]
///     date    := month day [st|nd|rd|th] | day month
///     time    := h[:mm] [am | pm | a.m. | p.m.]
///     separator := "-" | "--" | "–" | "—" | "to"
///
/// A start without am/pm takes the end's (`11:30 - 1:00 PM` is `TimeSpan`'s rule); an end
/// before its start on the same printed day is the next day's when it crosses midnight
/// (`10:00 PM - 1:00 AM`). What follows the time is `rest`: a listing's room in brackets.
struct PrintedTime {
  struct Moment {
    var month: Int?
    var day: Int?
    var weekday: Weekday?
    var year: Int?
    var time: LocalTime
    var zone: PrintedZone?
  }

  var start: Moment
  var end: Moment?
  /// Whether the end, printed with no day of its own, is before the start: the next morning.
  var endsNextDay = false
  /// The text after the time, trimmed.
  var rest: String
  /// What could not be read, in words.
  var problems: [String] = []

  /// Reads a card's time, or nil when the text has no time of day.
  static func parse(_ text: String) -> PrintedTime? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var scanner = ByteScanner(buffer, 0..<buffer.count)
      return read(&scanner)
    }
  }

  private static func read(_ scanner: inout ByteScanner) -> PrintedTime? {
    var problemsFound: [ParseProblem] = []
    guard let (first, startWritten) = readMoment(&scanner) else { return nil }
    var start = first
    var end: Moment?
    var endsNextDay = false
    var endWritten: TimeSpan.Written?
    var probe = scanner
    if readSeparator(&probe), let (moment, written) = readMoment(&probe) {
      end = moment
      endWritten = written
      scanner = probe
    }
    // A zone printed once, at the end, is both times'.
    if let trailing = PrintedZone.read(&scanner) {
      if end != nil, end?.zone == nil { end?.zone = trailing }
      if start.zone == nil { start.zone = trailing }
    }
    if var moment = end, let second = endWritten {
      if start.zone == nil { start.zone = moment.zone }
      let sameDay = moment.day == nil || (moment.day == start.day && moment.month == start.month)
      if sameDay, startWritten.meridiem == nil, second.meridiem == nil {
        // A 24-hour range: an end before the start is the next morning (`22:00 - 01:00`).
        endsNextDay = moment.time < start.time
        end = moment
      } else if sameDay {
        let span = TimeSpan.resolve(startWritten, second, problems: &problemsFound)
        if let time = span.start { start.time = time }
        if let time = span.end {
          moment.time = time
          // `10:00 PM - 1:00 AM`: the next morning.
          endsNextDay = time < start.time
          end = moment
        } else {
          end = nil
        }
      } else {
        if startWritten.meridiem == nil, let meridiem = second.meridiem,
          let time = TimeSpan.clock(startWritten, meridiem)
        {
          start.time = time
        }
        end = moment
      }
    } else if startWritten.meridiem == nil, startWritten.hour > 24 {
      return nil
    }
    scanner.skipSpaces()
    var rest = scanner.bytes.string(scanner.index..<scanner.end)
    while rest.hasPrefix(",") || rest.hasPrefix(" ") { rest.removeFirst() }
    return PrintedTime(
      start: start, end: end, endsNextDay: endsNextDay, rest: Markup.collapsingSpaces(rest),
      problems: problemsFound.map(\.message))
  }

  // MARK: Parts

  private static func readMoment(_ scanner: inout ByteScanner) -> (Moment, TimeSpan.Written)? {
    var probe = scanner
    skipPunctuation(&probe)
    var weekday: Weekday?
    var month: Int?
    var day: Int?
    var year: Int?
    var word = probe
    let first = word.readLetters()
    if let index = word.nameIndex(first, in: ByteScanner.weekdayNames) {
      weekday = Weekday.allCases[index]
      _ = word.consume(UInt8(ascii: "."))
      probe = word
      skipPunctuation(&probe)
    }
    // `Dec 6` or `12 Dec`.
    var date = probe
    let monthWord = date.readLetters()
    if let index = date.nameIndex(monthWord, in: ByteScanner.monthNames) {
      _ = date.consume(UInt8(ascii: "."))
      date.skipSpaces()
      if let number = date.readNumber(maxDigits: 2), !isTime(date) {
        month = index + 1
        day = number
        _ = ordinalSuffix(&date)
        probe = date
      }
    } else if let number = date.readNumber(maxDigits: 2), !isTime(date) {
      _ = ordinalSuffix(&date)
      date.skipSpaces()
      let name = date.readLetters()
      if let index = date.nameIndex(name, in: ByteScanner.monthNames) {
        _ = date.consume(UInt8(ascii: "."))
        month = index + 1
        day = number
        probe = date
      }
    }
    if month != nil {
      var after = probe
      skipPunctuation(&after)
      let start = after.index
      if let number = after.readNumber(maxDigits: 4), after.index - start == 4, !isTime(after) {
        year = number
        probe = after
      }
    }
    skipPunctuation(&probe)
    guard probe.peek?.isDigit == true, let written = TimeSpan.readTime(&probe),
      written.text.contains(":") || written.meridiem != nil,
      let time = TimeSpan.clock(written, written.meridiem)
    else { return nil }
    let zone = PrintedZone.read(&probe)
    scanner = probe
    return (
      Moment(month: month, day: day, weekday: weekday, year: year, time: time, zone: zone), written
    )
  }

  /// `-`, `--`, `–`, `—` or `to`, with spaces around.
  private static func readSeparator(_ scanner: inout ByteScanner) -> Bool {
    var probe = scanner
    probe.skipSpaces()
    var found = false
    while true {
      if probe.consume(UInt8(ascii: "-")) {
        found = true
      } else if probe.peek == 0xE2, probe.peek(at: 1) == 0x80,
        let third = probe.peek(at: 2), third == 0x93 || third == 0x94
      {
        probe.index += 3
        found = true
      } else {
        break
      }
    }
    if !found {
      var word = probe
      let letters = word.readLetters()
      guard word.lowercasedText(letters) == "to" || word.lowercasedText(letters) == "until" else {
        return false
      }
      probe = word
    }
    probe.skipSpaces()
    scanner = probe
    return true
  }

  /// Whether the scanner stands at the `:` of a time (the number before it was an hour).
  private static func isTime(_ scanner: ByteScanner) -> Bool {
    scanner.peek == UInt8(ascii: ":")
  }

  private static func ordinalSuffix(_ scanner: inout ByteScanner) -> Bool {
    for suffix in ["st", "nd", "rd", "th"] where scanner.consume(caseInsensitive: suffix) {
      return true
    }
    return false
  }

  private static func skipPunctuation(_ scanner: inout ByteScanner) {
    while let byte = scanner.peek,
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == 0x09
    {
      scanner.index += 1
    }
  }
}
