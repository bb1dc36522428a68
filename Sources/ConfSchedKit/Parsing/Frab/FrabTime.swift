/// The times a frab schedule writes, read strictly: a wrong time is reported, never guessed.
enum FrabTime {
  /// A date and wall-clock time, with the UTC offset it was written with, if any.
  struct Stamp: Equatable {
    var date: CalendarDate
    /// Minutes after midnight, 0 to 1439.
    var minutes: Int
    /// Minutes east of UTC (`+01:00` is 60, `Z` is 0); nil for a time without one.
    var offset: Int?

    /// Minutes since the epoch, UTC; nil without an offset.
    var instant: Int? {
      offset.map { date.daysSinceEpoch * 1440 + minutes - $0 }
    }

    /// Minutes since the epoch on the wall clock it was written on.
    var wallClock: Int { date.daysSinceEpoch * 1440 + minutes }
  }

  /// Reads an ISO 8601 date-time, as `<date>`, `<day start>` and `day_start` write it:
  ///
  ///     stamp  := date ("T" | " ") hh ":" mm [":" ss ["." digits]] [offset]
  ///     offset := "Z" | ("+" | "-") hh [":"? mm]
  ///
  /// or a date alone (`2024-12-27`, midnight with no offset).
  static func stamp(_ text: String) -> Stamp? {
    let bytes = Array(text.trimmingSpaces().utf8)
    guard bytes.count >= 10, let date = date(bytes) else { return nil }
    if bytes.count == 10 { return Stamp(date: date, minutes: 0, offset: nil) }
    guard
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t")
        || bytes[10] == UInt8(ascii: " ")
    else { return nil }
    var index = 11
    guard let hour = number(bytes, &index, digits: 2), hour <= 24, consume(bytes, &index, ":"),
      let minute = number(bytes, &index, digits: 2), minute <= 59
    else { return nil }
    if consume(bytes, &index, ":") {
      guard let second = number(bytes, &index, digits: 2), second <= 60 else { return nil }
      if consume(bytes, &index, ".") || consume(bytes, &index, ",") {
        let digitsStart = index
        while index < bytes.count, bytes[index].isDigit { index += 1 }
        guard index > digitsStart else { return nil }
      }
    }
    guard hour < 24 || minute == 0 else { return nil }
    var offset: Int?
    if index < bytes.count {
      let sign = bytes[index]
      if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
        offset = 0
        index += 1
      } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        index += 1
        guard let hours = number(bytes, &index, digits: 2), hours <= 18 else { return nil }
        var minutes = 0
        if index < bytes.count {
          _ = consume(bytes, &index, ":")
          guard let value = number(bytes, &index, digits: 2), value <= 59 else { return nil }
          minutes = value
        }
        offset = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
      }
    }
    guard index == bytes.count else { return nil }
    // 24:00 is the next day's midnight.
    let total = hour * 60 + minute
    return total == 1440
      ? Stamp(date: date.adding(days: 1), minutes: 0, offset: offset)
      : Stamp(date: date, minutes: total, offset: offset)
  }

  /// Reads a local start, `<start>`: `10:30`, `9:30`, `10:30:00`; up to 47:59, as a day's clock
  /// that runs past midnight writes it.
  static func clock(_ text: String) -> Int? {
    guard let (hours, minutes) = hoursAndMinutes(text), hours <= 47 else { return nil }
    return hours * 60 + minutes
  }

  /// Reads a duration, `<duration>`: `00:30`, `1:30`, `00:30:00`, `72:00`, in minutes; a
  /// minute part of 60 or more (`25:99`) is no duration.
  static func duration(_ text: String) -> Int? {
    guard let (hours, minutes) = hoursAndMinutes(text), hours <= 999 else { return nil }
    return hours * 60 + minutes
  }

  /// `h+ ":" mm [":" ss]`, spaces around it allowed.
  private static func hoursAndMinutes(_ text: String) -> (Int, Int)? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
      $0.trimmingSpaces()
    }
    guard (2...3).contains(parts.count), (1...3).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(\.isDigit) }),
      let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes <= 59
    else { return nil }
    if parts.count == 3 {
      guard parts[2].count == 2, let seconds = Int(parts[2]), seconds <= 59 else { return nil }
    }
    return (hours, minutes)
  }

  /// `YYYY-MM-DD` at the start.
  private static func date(_ bytes: [UInt8]) -> CalendarDate? {
    var index = 0
    guard let year = number(bytes, &index, digits: 4), consume(bytes, &index, "-"),
      let month = number(bytes, &index, digits: 2), consume(bytes, &index, "-"),
      let day = number(bytes, &index, digits: 2)
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  private static func number(_ bytes: [UInt8], _ index: inout Int, digits: Int) -> Int? {
    guard index + digits <= bytes.count else { return nil }
    var value = 0
    for position in index..<index + digits {
      guard bytes[position].isDigit else { return nil }
      value = value * 10 + Int(bytes[position] - 0x30)
    }
    index += digits
    return value
  }

  private static func consume(_ bytes: [UInt8], _ index: inout Int, _ character: Unicode.Scalar)
    -> Bool
  {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }
}
