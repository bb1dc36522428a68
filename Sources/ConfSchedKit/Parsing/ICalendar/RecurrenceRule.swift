/// The recurrence rules (RFC 5545 section 3.3.10) a conference calendar uses: a talk series
/// every day or every week, within the conference's days.
///
///     recur := "FREQ=" (DAILY | WEEKLY | MONTHLY | YEARLY) *(";" part)
///     part  := "INTERVAL=" n | "COUNT=" n | "UNTIL=" date-or-date-time
///            | "BYDAY=" [n] weekday *("," [n] weekday) | "BYMONTH=" m *("," m)
///            | "WKST=" weekday
///
/// Any other part (BYSETPOS, BYHOUR, BYYEARDAY, an hourly frequency...) makes the rule one this
/// reader does not expand: `init` returns nil and the reader says so.
struct RecurrenceRule {
  enum Frequency: String {
    case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
  }

  var frequency: Frequency
  var interval = 1
  var count: Int?
  var until: ICalendarValue.Moment?
  /// Weekdays (Sunday 0), for WEEKLY and DAILY.
  var weekdays: Set<Int> = []
  var months: Set<Int> = []

  init?(_ text: String) {
    var frequency: Frequency?
    for part in text.split(separator: ";") {
      let pair = part.split(separator: "=", maxSplits: 1).map { String($0).uppercased() }
      guard pair.count == 2 else { return nil }
      let value = pair[1]
      switch pair[0] {
      case "FREQ":
        frequency = Frequency(rawValue: value)
        guard frequency != nil else { return nil }
      case "INTERVAL":
        guard let number = Int(value), (1...1000).contains(number) else { return nil }
        interval = number
      case "COUNT":
        guard let number = Int(value), number >= 1 else { return nil }
        count = number
      case "UNTIL":
        guard let moment = ICalendarValue.moment(value) else { return nil }
        until = moment
      case "BYDAY":
        for day in value.split(separator: ",") {
          // A numbered weekday (`2SU`) is a monthly rule's; only plain weekdays are expanded.
          guard day.count == 2, let index = Self.weekdayNames.firstIndex(of: String(day)) else {
            return nil
          }
          weekdays.insert(index)
        }
      case "BYMONTH":
        for month in value.split(separator: ",") {
          guard let number = Int(month), (1...12).contains(number) else { return nil }
          months.insert(number)
        }
      case "WKST":
        continue
      default:
        return nil
      }
    }
    guard let frequency else { return nil }
    self.frequency = frequency
  }

  static let weekdayNames = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]

  /// The dates of the occurrences from `first` (the event's own date, always the first), up to
  /// `count`, `until` (compared as dates), `last`, and `limit` occurrences.
  func dates(from first: CalendarDate, through last: CalendarDate, limit: Int = 400)
    -> [CalendarDate]
  {
    var untilDate: CalendarDate?
    switch until {
    case .date(let date)?: untilDate = date
    case .utc(let instant)?: untilDate = instant.date
    case .local(let moment)?: untilDate = moment.date
    case nil: break
    }
    let end = Swift.min(last, untilDate ?? last)
    var dates: [CalendarDate] = []
    var day = first
    var steps = 0
    while day <= end, dates.count < Swift.min(count ?? limit, limit), steps < 40_000 {
      steps += 1
      if matches(day, first: first) { dates.append(day) }
      day = day.adding(days: 1)
    }
    return dates
  }

  private func matches(_ day: CalendarDate, first: CalendarDate) -> Bool {
    if !months.isEmpty, !months.contains(day.month) { return false }
    let elapsed = day.daysSinceEpoch - first.daysSinceEpoch
    switch frequency {
    case .daily:
      return elapsed % interval == 0
        && (weekdays.isEmpty || weekdays.contains(day.weekday.rawValue))
    case .weekly:
      let weeks = UTCDateTime.floorDivide(elapsed + first.weekday.rawValue, 7)
      let days = weekdays.isEmpty ? [first.weekday.rawValue] : weekdays
      return weeks % interval == 0 && days.contains(day.weekday.rawValue)
    case .monthly:
      let months = (day.year - first.year) * 12 + day.month - first.month
      return day.day == first.day && months % interval == 0
    case .yearly:
      return day.month == first.month && day.day == first.day
        && (day.year - first.year) % interval == 0
    }
  }
}
