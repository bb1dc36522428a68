/// A start and end time as a dump writes them: `10:05 -- 10:20 AM`, `10:45 AM -- 07:30 PM`,
/// `9 am`, with the meridiem rules applied.
struct TimeSpan {
  var start: LocalTime?
  var end: LocalTime?

  /// A time as written: hour, minute, optional meridiem.
  struct Written {
    var hour: Int
    var minute: Int
    var meridiem: Meridiem?
    var offset: Int
    var text: String
  }

  enum Meridiem { case am, pm }

  /// Reads `time [meridiem]`, for example `10:05`, `9 am`, `07:30 PM`, `4:50 p.m.`.
  static func readTime(_ scanner: inout ByteScanner) -> Written? {
    let start = scanner.index
    guard let hour = scanner.readNumber(maxDigits: 2) else { return nil }
    var minute = 0
    if scanner.consume(UInt8(ascii: ":")) || scanner.consume(UInt8(ascii: ".")) {
      guard let value = scanner.readNumber(maxDigits: 2) else { return nil }
      minute = value
    }
    let textEnd = scanner.index
    var probe = scanner
    probe.skipSpaces()
    var meridiem: Meridiem?
    // The first letter picks which two spellings to try.
    let lead = probe.peek.map { $0 | 0x20 }
    if lead == UInt8(ascii: "a"),
      probe.consume(caseInsensitive: "am") || probe.consume(caseInsensitive: "a.m.")
    {
      meridiem = .am
    } else if lead == UInt8(ascii: "p"),
      probe.consume(caseInsensitive: "pm") || probe.consume(caseInsensitive: "p.m.")
    {
      meridiem = .pm
    }
    if meridiem != nil, probe.peek.map({ !$0.isASCIILetter }) ?? true {
      scanner = probe
    } else {
      meridiem = nil
    }
    return Written(
      hour: hour, minute: minute, meridiem: meridiem, offset: start,
      text: scanner.bytes.string(start..<textEnd))
  }

  /// Reads `time [meridiem] -- time [meridiem]` (also `-`, `–`, `—` or `to` between them); nil
  /// when the text is not a span.
  static func read(_ scanner: inout ByteScanner, problems: inout [ParseProblem])
    -> TimeSpan?
  {
    guard let first = readTime(&scanner) else { return nil }
    scanner.skipSpaces()
    // `--`, `-`, an en or em dash (E2 80 93, E2 80 94), or `to`.
    if scanner.consume(UInt8(ascii: "-")) {
      while scanner.consume(UInt8(ascii: "-")) {}
    } else if scanner.peek == 0xE2, scanner.peek(at: 1) == 0x80,
      scanner.peek(at: 2) == 0x93 || scanner.peek(at: 2) == 0x94
    {
      scanner.index += 3
    } else if !scanner.consume(caseInsensitive: "to ") {
      return nil
    }
    scanner.skipSpaces()
    guard let second = readTime(&scanner) else { return nil }
    return resolve(first, second, problems: &problems)
  }

  /// Applies the meridiem rules and checks the ranges.
  static func resolve(
    _ first: Written, _ second: Written, problems: inout [ParseProblem]
  ) -> TimeSpan {
    let end = clock(second, second.meridiem)
    var start = clock(first, first.meridiem ?? second.meridiem)
    if first.meridiem == nil, second.meridiem == .pm, let s = start, let e = end, s > e {
      // `11:30 -- 01:00 PM`: the trailing PM belongs to the end only. (A trailing AM never
      // moves the start: `11:05 -- 10:20 AM` ends before it starts at 11:05, not at 23:05.)
      start = clock(first, .am)
    }
    if start == nil {
      problems.append(ParseProblem(first.offset, "'\(first.text)' is not a time of day"))
    }
    if end == nil {
      problems.append(ParseProblem(second.offset, "'\(second.text)' is not a time of day"))
    }
    var span = TimeSpan(start: start, end: end)
    if let s = start, let e = end, e < s {
      // `10:00 PM -- 01:00 AM`, or on a 24-hour clock `23:30 -- 00:30`: the end is past
      // midnight, on the day's clock.
      let crossesMidnight =
        (first.meridiem == .pm && second.meridiem == .am)
        || (first.meridiem == nil && second.meridiem == nil && s.minutes >= 18 * 60
          && e.minutes < 6 * 60)
      if crossesMidnight {
        span.end = LocalTime(minutes: e.minutes + 1440)
      } else {
        problems.append(
          ParseProblem(second.offset, "the event ends at \(e), before it starts at \(s)"))
        span.end = nil
      }
    }
    return span
  }

  /// The 24-hour time of a written time under a meridiem, or nil when out of range.
  static func clock(_ written: Written, _ meridiem: Meridiem?) -> LocalTime? {
    guard let meridiem else { return LocalTime(hour: written.hour, minute: written.minute) }
    guard (1...12).contains(written.hour) else {
      // `00:30 AM` and `13:00 PM` happen; read them as 24-hour times.
      return written.hour <= 23 ? LocalTime(hour: written.hour, minute: written.minute) : nil
    }
    let hour = written.hour % 12 + (meridiem == .pm ? 12 : 0)
    return LocalTime(hour: hour, minute: written.minute)
  }
}
