extension LocalTime {
  /// Reads a time of day as people write it: `15:30`, `9:05`, `3pm`, `3:30pm`, `3:30 PM`,
  /// `10am`, `noon`, `midnight`; nil for anything else (`13pm`, `25:00`).
  public init?(spoken text: some StringProtocol) {
    let folded = text.lowercased().filter { $0 != " " && $0 != "." }
    switch folded {
    case "noon", "midday":
      self.init(hour: 12, minute: 0)
      return
    case "midnight":
      self.init(hour: 0, minute: 0)
      return
    default: break
    }
    var body = Substring(folded)
    var meridiem: String?
    for suffix in ["am", "pm"] where body.hasSuffix(suffix) {
      meridiem = suffix
      body = body.dropLast(2)
    }
    guard let meridiem else {
      self.init(body)
      return
    }
    let parts = body.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), (1...2).contains(parts[0].count),
      let hour = Int(parts[0]), (1...12).contains(hour)
    else { return nil }
    var minute = 0
    if parts.count == 2 {
      guard parts[1].count == 2, let value = Int(parts[1]) else { return nil }
      minute = value
    }
    self.init(hour: hour % 12 + (meridiem == "pm" ? 12 : 0), minute: minute)
  }
}

/// A moment as a user says it for `--at`: a time (`15:30`, `3pm`), a day and a time
/// (`tomorrow 10:00`, `Tue Dec 4 10:22`, `2018-12-04 10:22`, `2018-12-04T10:22`), a day alone
/// (its start), `now`, or a distance from now (`+30m`, `+1h30m`, `-15m`).
public enum SpokenMoment: Hashable, Sendable {
  /// Now.
  case now
  /// This many minutes from now.
  case fromNow(minutes: Int)
  /// A time on a day: either may be missing (no day: the default day; no time: its start).
  case at(day: DaySpec?, time: LocalTime?)

  /// Reads a moment, or nil. `today` is the date `today` and `tomorrow` count from.
  public init?(_ text: String, today: CalendarDate? = nil) {
    let trimmed = text.trimmingSpaces()
    if trimmed.lowercased() == "now" {
      self = .now
      return
    }
    if let sign = trimmed.first, sign == "+" || sign == "-",
      let minutes = SpokenMoment.minutes(in: trimmed.dropFirst())
    {
      self = .fromNow(minutes: sign == "-" ? -minutes : minutes)
      return
    }
    if let time = LocalTime(spoken: trimmed) {
      self = .at(day: nil, time: time)
      return
    }
    // `2018-12-04T10:22`.
    let parts = trimmed.split(separator: "T")
    if parts.count == 2, let date = CalendarDate(iso: parts[0]), let time = LocalTime(parts[1]) {
      self = .at(day: .date(date), time: time)
      return
    }
    // A day, then a time in its last one or two words (`3:30 pm`).
    let words = trimmed.split(separator: " ")
    for count in [2, 1] where words.count > count {
      let tail = words.suffix(count).joined(separator: " ")
      guard let time = LocalTime(spoken: tail),
        let day = DaySpec(words.dropLast(count).joined(separator: " "), today: today)
      else { continue }
      self = .at(day: day, time: time)
      return
    }
    guard let day = DaySpec(trimmed, today: today) else { return nil }
    self = .at(day: day, time: nil)
  }

  /// Minutes in `30m`, `1h`, `1h30m`, `90` (minutes), `2d`.
  static func minutes(in text: Substring) -> Int? {
    var total = 0
    var rest = Substring(text.lowercased().filter { $0 != " " })
    guard !rest.isEmpty else { return nil }
    if let bare = Int(rest) { return bare >= 0 && bare <= 100_000 ? bare : nil }
    while !rest.isEmpty {
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, let value = Int(digits), value <= 100_000 else { return nil }
      rest = rest.dropFirst(digits.count)
      let unit = rest.prefix { $0.isLetter }
      rest = rest.dropFirst(unit.count)
      switch unit {
      case "d", "day", "days": total += value * 1440
      case "h", "hr", "hour", "hours": total += value * 60
      case "m", "min", "mins", "minute", "minutes": total += value
      default: return nil
      }
    }
    return total
  }
}
