/// Infers the year of a dump that prints only weekdays and dates (`Tue Dec 4th`).
enum YearInference {
  /// The last year the conference site printed `Kind | Tue Dec 4th 10:05 -- 10:20 AM @ Room`.
  static let cardFormatLastYear = 2019

  /// A date as a dump prints it, without a year.
  struct PrintedDate: Hashable {
    var weekday: Weekday?
    var month: Int
    var day: Int
  }

  /// The year whose calendar fits every printed weekday: the latest NeurIPS edition up to 2019
  /// that fits (the years whose schedule site printed the card header format these dumps come
  /// from), else the latest later edition, else the latest year from 2000 to 2035; nil when there
  /// is no weekday to go by or nothing fits. `alternatives` are other editions that fit too.
  /// A date that no year has (`Feb 30`) says nothing about the year and is left out, so that one
  /// bad card does not cost the whole dump its dates; its reader reports it.
  static func infer(_ dates: Set<PrintedDate>) -> (year: Int, alternatives: [Int])? {
    let checked = dates.filter {
      // 2000 is a leap year: a date it lacks exists in no year.
      $0.weekday != nil && CalendarDate(year: 2000, month: $0.month, day: $0.day) != nil
    }
    guard !checked.isEmpty else { return nil }
    func fits(_ year: Int) -> Bool {
      checked.allSatisfy { printed in
        CalendarDate(year: year, month: printed.month, day: printed.day)?.weekday
          == printed.weekday
      }
    }
    let editions = Conference.neurIPSEditions.map(\.year).filter(fits)
      .sorted { ($0 <= cardFormatLastYear ? 1 : 0, $0) > ($1 <= cardFormatLastYear ? 1 : 0, $1) }
    if let year = editions.first { return (year, Array(editions.dropFirst())) }
    if let year = (2000...2035).reversed().first(where: fits) { return (year, []) }
    return nil
  }

  /// The date a printed day has in a year, and what is wrong with it: a day that does not
  /// exist (`Feb 30`), or a weekday that is not the printed one.
  static func date(of printed: PrintedDate, in year: Int) -> (date: CalendarDate?, problem: String?)
  {
    guard let date = CalendarDate(year: year, month: printed.month, day: printed.day) else {
      return (nil, "\(Month.shortNames[printed.month - 1]) \(printed.day) is not a date in \(year)")
    }
    if let weekday = printed.weekday, weekday != date.weekday {
      return (date, "\(date) is a \(date.weekday.name) in \(year), not a \(weekday.name)")
    }
    return (date, nil)
  }
}
