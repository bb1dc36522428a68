import Foundation
import Testing

/// An iCalendar file read back, for tests: unfolded lines grouped into components. Written
/// apart from the library's writer, so that reading checks writing.
struct ICSComponent {
  /// One property: `DTSTART;TZID=America/Toronto:20181204T165000`.
  struct Property {
    var name: String
    var parameters: [String: String]
    var value: String
  }

  var name: String
  var properties: [Property] = []
  var components: [ICSComponent] = []

  /// The first property with a name.
  subscript(_ name: String) -> Property? { properties.first { $0.name == name } }

  /// The sub-components with a name.
  func all(_ name: String) -> [ICSComponent] { components.filter { $0.name == name } }

  /// Reads a whole file: CRLF lines, continuation lines starting with a space or a tab.
  static func parse(_ text: String) throws -> ICSComponent {
    var lines: [String] = []
    for line in text.components(separatedBy: "\r\n").dropLast() {
      if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
        lines[lines.count - 1] += line.dropFirst()
      } else {
        lines.append(line)
      }
    }
    var stack = [ICSComponent(name: "")]
    for line in lines {
      let colon = try #require(line.firstIndex(of: ":"), "no colon in \(line)")
      let head = line[..<colon].split(separator: ";")
      let value = String(line[line.index(after: colon)...])
      let name = String(head.first ?? "")
      if name == "BEGIN" {
        stack.append(ICSComponent(name: value))
      } else if name == "END" {
        let done = stack.removeLast()
        try #require(done.name == value, "END:\(value) closes \(done.name)")
        stack[stack.count - 1].components.append(done)
      } else {
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
          let pair = parameter.split(separator: "=", maxSplits: 1)
          parameters[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
        }
        stack[stack.count - 1].properties.append(
          Property(name: name, parameters: parameters, value: value))
      }
    }
    try #require(stack.count == 1, "unclosed \(stack.last?.name ?? "")")
    return try #require(stack[0].components.first)
  }
}

/// A local date-time as written in iCalendar, `20181204T165000`, as plain numbers.
struct ICSLocalTime: Equatable {
  var year, month, day, hour, minute, second: Int

  init?(_ text: String) {
    let digits = text.filter(\.isNumber).map { Int(String($0)) ?? 0 }
    guard text.count == 15, digits.count == 14 else { return nil }
    func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }
    (year, month, day) = (number(0..<4), number(4..<6), number(6..<8))
    (hour, minute, second) = (number(8..<10), number(10..<12), number(12..<14))
  }

  /// Seconds since the epoch if this wall-clock time were UTC.
  var secondsAsUTC: Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let components = DateComponents(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    return Int(calendar.date(from: components)?.timeIntervalSince1970 ?? 0)
  }
}

/// Interprets a VTIMEZONE's observances (yearly rules with BYMONTH and BYDAY=nSU or -1SU, as
/// the writer emits) the way a calendar program that ignores the TZID's name would.
struct VTimeZoneInterpreter {
  private struct Observance {
    var offsetFrom: Int
    var offsetTo: Int
    var start: ICSLocalTime
    var month: Int
    var ordinal: Int
  }

  private var observances: [Observance] = []

  init(_ component: ICSComponent) throws {
    for observance in component.components {
      let rule = try #require(observance["RRULE"]?.value)
      var fields: [String: String] = [:]
      for part in rule.split(separator: ";") {
        let pair = part.split(separator: "=")
        fields[String(pair[0])] = String(pair[1])
      }
      let byDay = try #require(fields["BYDAY"])
      try #require(fields["FREQ"] == "YEARLY" && byDay.hasSuffix("SU"))
      observances.append(
        Observance(
          offsetFrom: try VTimeZoneInterpreter.offset(observance["TZOFFSETFROM"]?.value),
          offsetTo: try VTimeZoneInterpreter.offset(observance["TZOFFSETTO"]?.value),
          start: try #require(ICSLocalTime(observance["DTSTART"]?.value ?? "")),
          month: try #require(Int(fields["BYMONTH"] ?? "")),
          ordinal: try #require(Int(byDay.dropLast(2)))))
    }
  }

  /// The UTC instant, in seconds since the epoch, of a wall-clock time in this zone; a time the
  /// clocks skip or repeat reads as the earlier offset's, as RFC 5545 says.
  func utcSeconds(_ local: ICSLocalTime) -> Int? {
    let wall = local.secondsAsUTC
    let candidates = Set(observances.map(\.offsetTo)).sorted(by: >)
    return candidates.lazy.map { wall - $0 }.first { offset(at: $0) == wall - $0 }
      ?? candidates.last.map { wall - $0 }
  }

  /// The offset, in seconds, in force at a UTC instant.
  func offset(at utc: Int) -> Int? {
    let year = Int(utc / 31_556_952) + 1970
    var onsets: [(Int, Int)] = []
    for observance in observances {
      for y in (year - 1)...(year + 1) where y >= observance.start.year {
        let day = VTimeZoneInterpreter.sunday(observance.ordinal, month: observance.month, year: y)
        var onset = observance.start
        (onset.year, onset.month, onset.day) = (y, observance.month, day)
        onsets.append((onset.secondsAsUTC - observance.offsetFrom, observance.offsetTo))
      }
    }
    return onsets.filter { $0.0 <= utc }.max { $0.0 < $1.0 }?.1
  }

  /// The day of the month of the nth Sunday (the last for -1), by Foundation's calendar.
  static func sunday(_ ordinal: Int, month: Int, year: Int) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date()
    let days = calendar.range(of: .day, in: .month, for: first)?.count ?? 30
    let sundays = (1...days).filter { day in
      let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? first
      return calendar.component(.weekday, from: date) == 1
    }
    return ordinal > 0 ? sundays[ordinal - 1] : sundays[sundays.count + ordinal]
  }

  private static func offset(_ text: String?) throws -> Int {
    let text = try #require(text)
    let sign = text.hasPrefix("-") ? -1 : 1
    let digits = try #require(Int(text.dropFirst()))
    return sign * ((digits / 100) * 3600 + (digits % 100) * 60)
  }
}

/// The UTC instant, in seconds since the epoch, of a wall-clock time in an IANA zone, by
/// Foundation and the system's zone database.
func foundationUTCSeconds(_ local: ICSLocalTime, zone identifier: String) throws -> Int {
  let zone = try #require(TimeZone(identifier: identifier), "no zone \(identifier)")
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = zone
  let components = DateComponents(
    year: local.year, month: local.month, day: local.day, hour: local.hour,
    minute: local.minute, second: local.second)
  return Int(try #require(calendar.date(from: components)).timeIntervalSince1970)
}
