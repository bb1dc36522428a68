/// A day as a user names it on the command line.
///
///     2018-12-04        a date
///     tue, Tuesday      a weekday (every loaded day that falls on it)
///     Dec 4, 4 Dec, December 4th   a month and day (in any loaded year)
public enum DaySpec: Hashable, Sendable {
  /// One date.
  case date(CalendarDate)
  /// Every loaded day on this weekday.
  case weekday(Weekday)
  /// A month and day in any year.
  case monthDay(month: Int, day: Int)

  /// Reads a day, or returns nil when the text is none of the accepted forms.
  public init?(_ text: String) {
    let trimmed = text.trimmingSpaces()
    if let date = CalendarDate(iso: trimmed) {
      self = .date(date)
      return
    }
    let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
    if words.count == 1, let weekday = Weekday(name: words[0]) {
      self = .weekday(weekday)
      return
    }
    guard words.count == 2 else { return nil }
    let digits: (Substring) -> Int? = { word in
      Int(word.prefix { $0.isNumber })
        .flatMap { word.dropFirst(String($0).count).allSatisfy(\.isLetter) ? $0 : nil }
    }
    if let month = Month.number(named: words[0]), let day = digits(words[1]) {
      self = .monthDay(month: month, day: day)
    } else if let day = digits(words[0]), let month = Month.number(named: words[1]) {
      self = .monthDay(month: month, day: day)
    } else {
      return nil
    }
    if case .monthDay(let month, let day) = self, !(1...31).contains(day) || month < 1 {
      return nil
    }
  }

  /// Whether a date is this day.
  public func matches(_ date: CalendarDate) -> Bool {
    switch self {
    case .date(let wanted): return date == wanted
    case .weekday(let weekday): return date.weekday == weekday
    case .monthDay(let month, let day): return date.month == month && date.day == day
    }
  }
}
