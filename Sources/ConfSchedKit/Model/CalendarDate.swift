/// A day of the proleptic Gregorian calendar, with no time and no zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, such as 2018.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 31.
  public let day: Int

  /// Creates a date, or returns nil when the day does not exist (`2018-02-30`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
      let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The number of days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `daysSinceEpoch` days after 1970-01-01.
  public init(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// The day of the week.
  public var weekday: Weekday {
    // 1970-01-01 was a Thursday.
    let index = ((daysSinceEpoch % 7) + 7 + 4) % 7
    return Weekday.allCases[index]
  }

  /// The date `count` days later (or earlier, when negative).
  public func adding(days count: Int) -> CalendarDate {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + count)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    "\(CalendarDate.padded(year, 4))-\(CalendarDate.padded(month, 2))-\(CalendarDate.padded(day, 2))"
  }

  /// `Tue Dec 4`.
  public var shortDescription: String {
    "\(weekday.shortName) \(Month.shortNames[month - 1]) \(day)"
  }

  /// `Tuesday 4 December 2018`.
  public var longDescription: String {
    "\(weekday.name) \(day) \(Month.names[month - 1]) \(year)"
  }

  /// Orders two values.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

/// A day of the week.
public enum Weekday: Int, CaseIterable, Sendable {
  /// Sunday, the first day in `allCases`.
  case sunday
  /// Monday.
  case monday
  /// Tuesday.
  case tuesday
  /// Wednesday.
  case wednesday
  /// Thursday.
  case thursday
  /// Friday.
  case friday
  /// Saturday.
  case saturday

  /// `Tuesday`.
  public var name: String {
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
  }

  /// `Tue`.
  public var shortName: String { String(name.prefix(3)) }

  /// Reads `Tue`, `tue`, `Tues`, `Tuesday`: three letters at least, any case.
  public init?(name text: some StringProtocol) {
    let folded = text.lowercased()
    guard folded.count >= 3,
      let match = Weekday.allCases.first(where: { $0.name.lowercased().hasPrefix(folded) })
    else { return nil }
    self = match
  }
}

/// Month names.
public enum Month {
  /// `January` to `December`.
  public static let names = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  /// `Jan` to `Dec`.
  public static let shortNames = names.map { String($0.prefix(3)) }

  /// Reads `Dec`, `dec`, `December`: three letters at least, any case; 1 to 12.
  public static func number(named text: some StringProtocol) -> Int? {
    let folded = text.lowercased()
    guard folded.count >= 3 else { return nil }
    return names.firstIndex { $0.lowercased().hasPrefix(folded) }.map { $0 + 1 }
  }
}
