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
    text.withUTF8Bytes { whole in
      var lower = 0
      var upper = whole.count
      while lower < upper, whole[lower].isHTMLSpace { lower += 1 }
      while upper > lower, whole[upper - 1].isHTMLSpace { upper -= 1 }
      return stamp(UnsafeBufferPointer(rebasing: whole[lower..<upper]))
    }
  }

  /// `stamp(_:)` of the bytes, trimmed: read in place, as every event has one.
  private static func stamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Stamp? {
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

  /// `h+ ":" mm [":" ss]` (one to three digits of hours), spaces around it allowed.
  private static func hoursAndMinutes(_ text: String) -> (Int, Int)? {
    // The parts' values and digit counts: hours, minutes, seconds.
    var values = (0, 0, 0)
    var counts = (0, 0, 0)
    var part = 0
    var state = 0  // 0 before the time, 1 in it, 2 after it
    let parsed = text.withUTF8Bytes { bytes -> Bool in
      for byte in bytes {
        if byte.isHTMLSpace {
          if state == 1 { state = 2 }
          continue
        }
        guard state < 2 else { return false }
        state = 1
        if byte == UInt8(ascii: ":") {
          let count = part == 0 ? counts.0 : counts.1
          guard part < 2, part == 0 ? count > 0 : count == 2 else { return false }
          part += 1
          continue
        }
        guard byte.isDigit else { return false }
        let digit = Int(byte - 0x30)
        // No part has more digits than it may: a long run of them must not overflow.
        guard (part == 0 ? counts.0 < 3 : part == 1 ? counts.1 < 2 : counts.2 < 2) else {
          return false
        }
        switch part {
        case 0:
          values.0 = values.0 * 10 + digit
          counts.0 += 1
        case 1:
          values.1 = values.1 * 10 + digit
          counts.1 += 1
        default:
          values.2 = values.2 * 10 + digit
          counts.2 += 1
        }
      }
      return true
    }
    guard parsed, part >= 1, counts.0 <= 3, counts.1 == 2, values.1 <= 59,
      part == 1 || (counts.2 == 2 && values.2 <= 59)
    else { return nil }
    return (values.0, values.1)
  }

  /// `YYYY-MM-DD` at the start.
  private static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
    var index = 0
    guard let year = number(bytes, &index, digits: 4), consume(bytes, &index, "-"),
      let month = number(bytes, &index, digits: 2), consume(bytes, &index, "-"),
      let day = number(bytes, &index, digits: 2)
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  private static func number(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, digits: Int
  ) -> Int? {
    guard index + digits <= bytes.count else { return nil }
    var value = 0
    for position in index..<index + digits {
      guard bytes[position].isDigit else { return nil }
      value = value * 10 + Int(bytes[position] - 0x30)
    }
    index += digits
    return value
  }

  private static func consume(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ character: Unicode.Scalar
  )
    -> Bool
  {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }
}
