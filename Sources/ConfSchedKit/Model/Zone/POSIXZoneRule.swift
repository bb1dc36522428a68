/// A time zone's rule as a POSIX `TZ` string gives it (IEEE Std 1003.1, as extended by RFC 8536
/// section 3.3.1): the rule a TZif file's footer states for the times after its last
/// transition, and the form of the built-in rules.
///
///     rule   := std offset [dst [offset] ["," date ["/" time] "," date ["/" time]]]
///     name   := 3+ letters | "<" [A-Za-z0-9+-]+ ">"
///     offset := ["+"|"-"] hh [":" mm [":" ss]]      (west of Greenwich is positive: EST5)
///     date   := "M" month "." week "." weekday     (week 5 is the last; weekday 0 is Sunday)
///             | "J" day (1-365, no leap day) | day (0-365)
///     time   := ["+"|"-"] hh [":" mm [":" ss]]      (default 02:00; may be negative or past 24)
///
/// `CET-1CEST,M3.5.0,M10.5.0/3`: UTC+1, and UTC+2 from the last Sunday of March at 02:00 to the
/// last Sunday of October at 03:00.
struct POSIXZoneRule: Hashable, Sendable {
  /// The standard time's abbreviation and offset east of UTC, in seconds.
  var standard: (name: String, offset: Int)
  /// Daylight time's abbreviation, offset, and the rules of its start and end; nil for a zone
  /// without daylight time.
  var daylight: Daylight?

  struct Daylight: Hashable, Sendable {
    var name: String
    var offset: Int
    var start: Change
    var end: Change
  }

  /// A yearly change: a date rule and the local time of day (seconds) it happens at.
  struct Change: Hashable, Sendable {
    enum DateRule: Hashable, Sendable {
      /// Month 1-12, week 1-5 (5 is the last), weekday 0-6 (Sunday is 0).
      case monthWeekDay(month: Int, week: Int, weekday: Int)
      /// A day of the year, 1-365, never counting February 29.
      case julianNoLeap(Int)
      /// A day of the year, 0-365, counting February 29.
      case zeroBased(Int)
    }
    var date: DateRule
    var time: Int
  }

  static func == (lhs: POSIXZoneRule, rhs: POSIXZoneRule) -> Bool {
    lhs.standard == rhs.standard && lhs.daylight == rhs.daylight
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(standard.name)
    hasher.combine(standard.offset)
    hasher.combine(daylight)
  }

  // MARK: Conversion

  /// The offset east of UTC, in seconds, and whether it is daylight time, at a UTC instant.
  func offset(at seconds: Int) -> (offset: Int, isDaylight: Bool) {
    guard let daylight else { return (standard.offset, false) }
    let localDay = UTCDateTime.floorDivide(seconds + standard.offset, 86_400)
    let (start, end) = bounds(year: CalendarDate(daysSinceEpoch: localDay).year, daylight)
    // In the southern hemisphere daylight time spans the turn of the year: start after end.
    let isDaylight =
      start < end ? (start <= seconds && seconds < end) : (seconds >= start || seconds < end)
    return isDaylight ? (daylight.offset, true) : (standard.offset, false)
  }

  /// The UTC instants (seconds) at which daylight time starts and ends in a year.
  func bounds(year: Int, _ daylight: Daylight) -> (start: Int, end: Int) {
    let start =
      Self.day(daylight.start.date, year: year) * 86_400 + daylight.start.time
      - standard.offset
    let end =
      Self.day(daylight.end.date, year: year) * 86_400 + daylight.end.time
      - daylight.offset
    return (start, end)
  }

  /// The day (since the epoch) a date rule names in a year.
  static func day(_ rule: Change.DateRule, year: Int) -> Int {
    let january1 = CalendarDate.epochDays(year, 1, 1)
    switch rule {
    case .monthWeekDay(let month, let week, let weekday):
      let first = CalendarDate(daysSinceEpoch: CalendarDate.epochDays(year, month, 1))
      var day = first.daysSinceEpoch + (weekday - first.weekday.rawValue + 7) % 7 + 7 * (week - 1)
      let last = CalendarDate.epochDays(year, month, CalendarDate.daysIn(month: month, year: year))
      while day > last { day -= 7 }
      return day
    case .julianNoLeap(let number):
      let isLeap = CalendarDate.daysIn(month: 2, year: year) == 29
      return january1 + number - 1 + (isLeap && number >= 60 ? 1 : 0)
    case .zeroBased(let number):
      return january1 + number
    }
  }

  // MARK: Parsing

  /// Reads a `TZ` string, or nil when it is not one.
  init?(_ text: String) {
    var scanner = Scanner(bytes: Array(text.utf8))
    guard let standardName = scanner.name(), let standardOffset = scanner.offset() else {
      return nil
    }
    standard = (standardName, -standardOffset)
    guard !scanner.isAtEnd else {
      daylight = nil
      return
    }
    guard let daylightName = scanner.name() else { return nil }
    var daylightOffset = standard.offset + 3600
    if let offset = scanner.offset() { daylightOffset = -offset }
    guard scanner.consume(","), let start = scanner.change(), scanner.consume(","),
      let end = scanner.change(), scanner.isAtEnd
    else { return nil }
    daylight = Daylight(name: daylightName, offset: daylightOffset, start: start, end: end)
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func consume(_ character: Character) -> Bool {
      guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
      index += 1
      return true
    }

    mutating func name() -> String? {
      if consume("<") {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
        guard index < bytes.count, index - start >= 1 else { return nil }
        defer { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
      }
      let start = index
      while index < bytes.count, bytes[index].isASCIILetter { index += 1 }
      return index - start >= 3 ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// `[+-]hh[:mm[:ss]]` in seconds, or nil when no number is there.
    mutating func offset() -> Int? {
      let sign = consume("-") ? -1 : (consume("+") ? 1 : 1)
      guard let hours = number(maxDigits: 3) else { return nil }
      var seconds = hours * 3600
      if consume(":") {
        guard let minutes = number(maxDigits: 2) else { return nil }
        seconds += minutes * 60
        if consume(":") {
          guard let extra = number(maxDigits: 2) else { return nil }
          seconds += extra
        }
      }
      return sign * seconds
    }

    mutating func change() -> Change? {
      let date: Change.DateRule
      if consume("M") {
        guard let month = number(maxDigits: 2), consume("."), let week = number(maxDigits: 1),
          consume("."), let weekday = number(maxDigits: 1), (1...12).contains(month),
          (1...5).contains(week), (0...6).contains(weekday)
        else { return nil }
        date = .monthWeekDay(month: month, week: week, weekday: weekday)
      } else if consume("J") {
        guard let day = number(maxDigits: 3), (1...365).contains(day) else { return nil }
        date = .julianNoLeap(day)
      } else {
        guard let day = number(maxDigits: 3), (0...365).contains(day) else { return nil }
        date = .zeroBased(day)
      }
      var time = 7200
      if consume("/") {
        guard let value = offset(), (-167 * 3600...167 * 3600).contains(value) else { return nil }
        time = value
      }
      return Change(date: date, time: time)
    }

    mutating func number(maxDigits: Int) -> Int? {
      let start = index
      var value = 0
      while index < bytes.count, index - start < maxDigits, bytes[index].isDigit {
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
      }
      return index > start ? value : nil
    }
  }
}
