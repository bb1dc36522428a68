/// A day as a page states it, in words or digits:
///
///     15th December 2024      15<sup>th</sup> December 2024      Sunday, 15 December
///     December 15, 2024       Dec. 15                            Sun Dec 15 2024
///     2024-12-15
///
/// The text is read with its markup already removed (`<sup>` and emphasis). A weekday alone
/// says nothing; a year may be missing, to be filled from the page.
struct DayStatement: Equatable {
  var year: Int?
  var month: Int
  var day: Int
  var weekday: Weekday?

  /// The first day stated in a text, or nil.
  static func find(in text: String) -> DayStatement? {
    let words = Self.words(text)
    for index in words.indices {
      if let statement = read(words, at: index) { return statement }
    }
    return nil
  }

  /// The date in a year (the statement's own, else `year`), or nil when there is no year or
  /// the day does not exist.
  func date(defaultYear year: Int?) -> CalendarDate? {
    guard let year = self.year ?? year else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  // MARK: Reading

  private enum Word: Equatable {
    case number(Int, digits: Int)
    case month(Int)
    case weekday(Weekday)
    case other
  }

  private static func words(_ text: String) -> [Word] {
    var words: [Word] = []
    for piece in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }) {
      let lowered = piece.lowercased()
      if piece.count == 10, let date = CalendarDate(iso: piece) {
        words += [
          .number(date.year, digits: 4), .number(date.month, digits: 2),
          .number(date.day, digits: 2), .other,
        ]
        continue
      }
      if let number = Int(Self.strippingOrdinal(lowered)), number >= 0 {
        words.append(.number(number, digits: lowered.prefix { $0.isNumber }.count))
      } else if let month = Self.monthNames.firstIndex(where: {
        lowered.count >= 3 && $0.hasPrefix(lowered)
      }) {
        words.append(.month(month + 1))
      } else if let weekday = Weekday.allCases.first(where: {
        lowered.count >= 3 && $0.name.lowercased().hasPrefix(lowered)
      }) {
        words.append(.weekday(weekday))
      } else {
        words.append(.other)
      }
    }
    return words
  }

  /// `15th` is 15; `15` stays 15.
  private static func strippingOrdinal(_ word: String) -> String {
    for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.count > 2 {
      return String(word.dropLast(2))
    }
    return word
  }

  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// A date starting at `index`: `[weekday] day month [year]`, `[weekday] month day [year]`, or
  /// the ISO form's numbers.
  private static func read(_ words: [Word], at index: Int) -> DayStatement? {
    var position = index
    var weekday: Weekday?
    if case .weekday(let named) = words[position] {
      weekday = named
      position += 1
    }
    func word(_ offset: Int) -> Word? {
      position + offset < words.count ? words[position + offset] : nil
    }
    func year(_ offset: Int) -> Int? {
      if case .number(let value, 4)? = word(offset), (1987...2099).contains(value) { return value }
      return nil
    }
    switch (word(0), word(1)) {
    case (.number(let year, 4)?, .number(let month, _)?):
      guard case .number(let day, _)? = word(2), (1987...2099).contains(year) else { return nil }
      return make(year, month, day, weekday)
    case (.number(let day, let digits)?, .month(let month)?) where digits <= 2:
      return make(year(2), month, day, weekday)
    case (.month(let month)?, .number(let day, let digits)?) where digits <= 2:
      return make(year(2), month, day, weekday)
    default:
      return nil
    }
  }

  private static func make(_ year: Int?, _ month: Int, _ day: Int, _ weekday: Weekday?)
    -> DayStatement?
  {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    if let year, CalendarDate(year: year, month: month, day: day) == nil { return nil }
    return DayStatement(year: year, month: month, day: day, weekday: weekday)
  }
}
