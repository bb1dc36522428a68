/// A day as a user names it on the command line.
///
///     2018-12-04                       a date
///     today, tomorrow, yesterday       a date, from the day it is (`today`)
///     tue, Tuesday                     a weekday (every loaded day that falls on it)
///     Dec 4, 4 Dec, December 4th       a month and day (in any loaded year)
///     Dec 10 2019, 10 December 2019    a date
///     Tue Dec 4, Tuesday 4 December 2018, Tue Dec 4 2018
///                                      the same with the weekday, as confsched prints days;
///                                      a weekday that is not the date's is refused
public enum DaySpec: Hashable, Sendable {
  /// One date.
  case date(CalendarDate)
  /// Every loaded day on this weekday.
  case weekday(Weekday)
  /// A month and day in any year.
  case monthDay(month: Int, day: Int)
  /// A month and day on a weekday, in any year where it falls on it (`Tue Dec 4`).
  case monthDayOn(month: Int, day: Int, weekday: Weekday)

  /// Reads a day, or returns nil when the text is none of the accepted forms. `today` is the
  /// date `today`, `tomorrow` and `yesterday` count from; without it those words are refused.
  public init?(_ text: String, today: CalendarDate? = nil) {
    let trimmed = text.trimmingSpaces()
    if let date = CalendarDate(iso: trimmed) {
      self = .date(date)
      return
    }
    var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
    if words.count == 1, let today {
      switch words[0].lowercased() {
      case "today":
        self = .date(today)
        return
      case "tomorrow":
        self = .date(today.adding(days: 1))
        return
      case "yesterday":
        self = .date(today.adding(days: -1))
        return
      default: break
      }
    }
    if words.count == 1, let weekday = Weekday(name: words[0]) {
      self = .weekday(weekday)
      return
    }
    // A leading weekday before a month and day.
    var weekday: Weekday?
    if words.count >= 3, let named = Weekday(name: words[0]) {
      weekday = named
      words.removeFirst()
    }
    var year: Int?
    if words.count == 3, words[2].count == 4, let number = Int(words[2]) {
      year = number
      words.removeLast()
    }
    guard words.count == 2 else { return nil }
    let digits: (Substring) -> Int? = { word in
      Int(word.prefix { $0.isNumber })
        .flatMap { word.dropFirst(String($0).count).allSatisfy(\.isLetter) ? $0 : nil }
    }
    let month: Int
    let day: Int
    if let named = Month.number(named: words[0]), let number = digits(words[1]) {
      (month, day) = (named, number)
    } else if let number = digits(words[0]), let named = Month.number(named: words[1]) {
      (month, day) = (named, number)
    } else {
      return nil
    }
    guard (1...31).contains(day), month >= 1 else { return nil }
    if let year {
      guard let date = CalendarDate(year: year, month: month, day: day),
        weekday.map({ $0 == date.weekday }) ?? true
      else { return nil }
      self = .date(date)
    } else if let weekday {
      self = .monthDayOn(month: month, day: day, weekday: weekday)
    } else {
      self = .monthDay(month: month, day: day)
    }
  }

  /// Whether a date is this day.
  public func matches(_ date: CalendarDate) -> Bool {
    switch self {
    case .date(let wanted): return date == wanted
    case .weekday(let weekday): return date.weekday == weekday
    case .monthDay(let month, let day): return date.month == month && date.day == day
    case .monthDayOn(let month, let day, let weekday):
      return date.month == month && date.day == day && date.weekday == weekday
    }
  }
}
