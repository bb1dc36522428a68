import Testing

@testable import ConfSchedKit

/// `value(of:in:)` and `statesADay` look at a line's start only; they must answer as the
/// versions that filtered and lowercased the whole line did (kept here as the oracle).
@Suite("Schedule table lines")
struct ScheduleTableLineTests {
  static func wholeLineValue(of key: String, in text: String) -> String? {
    let plain = text.filter { $0 != "*" && $0 != "_" }.trimmingSpaces()
    guard plain.lowercased().hasPrefix(key + ":") else { return nil }
    let value = plain.dropFirst(key.count + 1).trimmingSpaces()
    return value.isEmpty ? nil : value
  }

  static func wholeLineStatesADay(_ text: String) -> Bool {
    let plain = text.filter { $0 != "*" && $0 != "_" }.trimmingSpaces().lowercased()
    return text.hasPrefix("#") || plain.hasPrefix("date") || plain.hasPrefix("day ")
      || (text.hasPrefix("**") && text.count <= 80) || plain.count <= 40
  }

  static let lines: [String] = {
    var lines = [
      "", " ", "title:", "Title: Causal Learning", "**Title**: Causal Learning", "  _title_ : x",
      "TITLE:x", "title :x", "titles: no", "Location: Room 210", "**Room:** 220 CD", "venue:",
      "Venue:   ", "date: December 15", "**Date**: December 14, 2024 (NeurIPS 2024)",
      "Day 1: Sunday, December 15", "day", "Day ", "Daylight saving", "dates: 1-2", "# Heading",
      "## Friday, December 15", "**Saturday, December 16**", "Friday, December 15",
      "All times are Central Time.", "\t\r date: x", "*_*_title: y", "İtle: no", "tİtle: no",
      "title:\u{301} accent", String(repeating: "a", count: 40),
      String(repeating: "a", count: 41), String(repeating: "a", count: 40) + "   ",
      String(repeating: "a", count: 39) + " *_ b", "**" + String(repeating: "b", count: 78),
      "**" + String(repeating: "b", count: 79), String(repeating: " ", count: 60) + "day 2",
      String(repeating: "x ", count: 20_000), "title: " + String(repeating: "é", count: 5_000),
      "line\r\nwith a break", "\r\ndate: after a break",
    ]
    for word in ["title", "date", "day ", "room", "location"] {
      for prefix in ["", " ", "**", "_", " * "] {
        lines.append(prefix + word + ": value")
        lines.append(prefix + word.uppercased() + ":value " + String(repeating: "z", count: 50))
      }
    }
    return lines
  }()

  @Test func answersAsTheWholeLineDid() {
    for line in Self.lines {
      for key in ["title", "location", "room", "venue"] {
        #expect(
          ScheduleTableParser.value(of: key, in: line) == Self.wholeLineValue(of: key, in: line),
          "\(key) in '\(line.prefix(60))'")
      }
      #expect(
        ScheduleTableParser.statesADay(line) == Self.wholeLineStatesADay(line),
        "'\(line.prefix(60))'")
    }
  }
}
