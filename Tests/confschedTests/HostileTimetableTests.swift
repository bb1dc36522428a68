import Foundation
import Testing

/// A day of tens of thousands of events through `timetable` (issue 17, items 3 and 5): its
/// layout compared every event with every other (which rooms are parallel, which events share
/// a cell, which sessions fit) and its room list filtered every cell for every room. 200 MB of
/// card headers ran for over 5 minutes and took 11 GB; 20,000 rooms took 51 s in a debug build.
/// Before, the first two cases here were killed at their 120 s limit in a debug build; the
/// other two (the checks against breaks and sessions) guard the same paths. All four take a few
/// seconds now.
@Suite("Hostile timetables")
struct HostileTimetableTests {
  @Test(arguments: HostileCase.timetables)
  func hostileTimetable(_ hostile: HostileCase) throws {
    try HostileInputTests().hostileInput(hostile)
  }
}

extension HostileCase {
  static let timetables: [HostileCase] = [
    timetable(
      "40,000 orals in one room at one time", count: 40_000,
      card: { card(title: "Paper \($0)", authors: "Author \($0)") },
      expecting: "Paper 39999"),
    timetable(
      "20,000 orals in 20,000 rooms at overlapping times", count: 20_000,
      card: { index in
        let hour = 8 + index % 3
        let minute = twoDigits(index * 7 % 60)
        let hours = "\(hour):\(minute) -- \(hour + 1):\(minute) AM"
        return card(title: "Paper \(index)", header: "Oral | Tue Dec 4th \(hours) @ Room \(index)")
      },
      expecting: "Room 19999"),
    timetable(
      "20,000 breaks for every room at distinct times", count: 20_000,
      card: { index in
        let hour = 1 + index % 11
        let minute = index % 59
        let hours = "\(hour):\(twoDigits(minute)) -- \(hour):\(twoDigits(minute + 1)) PM"
        return "Break \(index)\n\nBreak | Tue Dec 4th \(hours) @\n"
      },
      expecting: "Break 19999"),
    timetable(
      "20,000 poster sessions at distinct hours", count: 20_000,
      card: { index in
        let start = "\(1 + index % 11):\(twoDigits(index % 60))"
        let end = "\(1 + (index + 3) % 11):\(twoDigits(index * 13 % 60))"
        return card(
          title: "Poster \(index)",
          header: "Poster | Tue Dec 4th \(start) -- \(end) PM @ Room 210 #\(index)")
      },
      expecting: "Tuesday 4 December 2018"),
  ]

  static func timetable(
    _ name: String, count: Int, card: @escaping @Sendable (Int) -> String, expecting: String
  ) -> HostileCase {
    HostileCase(
      name: "timetable over " + name, arguments: ["timetable", "--data", "day.txt"], status: 0,
      stderr: .exact(""), launcher: timeLimit(120), maximumSeconds: 20,
      setup: { directory in
        try write((0..<count).map(card).joined(separator: "\n"), to: "day.txt", in: directory)
      },
      check: { run, _ in #expect(run.stdout.contains(expecting)) })
  }

  static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
