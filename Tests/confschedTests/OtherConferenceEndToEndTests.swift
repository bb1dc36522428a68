import Foundation
import Testing

/// A card dump of another conference (ICML 2019 printed the NeurIPS site's card header, in
/// June) through the binary: read as its own conference, never as NeurIPS in Vancouver's zone.
@Suite("Other conferences' card dumps end to end")
struct OtherConferenceEndToEndTests {
  static let cards = """
    Deep Learning Paper

    Oral | Tue Jun 11th 09:00 -- 09:20 AM @ Hall A

    Alice Smith · Bob Jones

    Another Paper

    Poster | Wed Jun 12th 06:30 -- 09:00 PM @ Pacific Ballroom #12

    Carol White
    """

  static func directory() throws -> URL {
    let directory = try temporaryDirectory()
    try write(cards, to: "icml-2019.txt", in: directory)
    return directory
  }

  @Test func checkSaysItIsNotNeurIPS() throws {
    let run = try confsched(["check", "icml-2019.txt"], directory: try Self.directory())
    #expect(run.status == 0)
    #expect(
      run.stdout
        == "icml-2019.txt:3:1: warning: its days (2019-06-11 to 2019-06-12) are not NeurIPS's"
        + " (late November to December): read as 'icml-2019' with no time zone; pass --zone"
        + " Area/City to place its times\nicml-2019.txt: 2 events, 1 warning\n")
  }

  @Test func listingsNameTheFileAndTheZoneGiven() throws {
    let directory = try Self.directory()
    let plain = try confsched(["list", "--data", "icml-2019.txt"], directory: directory)
    #expect(plain.status == 0)
    #expect(plain.stdout.hasPrefix("Tuesday 11 June 2019 · icml-2019\n"))
    #expect(!plain.stdout.contains("NeurIPS"))

    let arguments = ["list", "--data", "icml-2019.txt", "--zone", "America/Los_Angeles"]
    let json = try confsched(arguments + ["--json"], directory: directory)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(events.map { $0["conference"] as? String } == ["icml-2019", "icml-2019"])
    #expect(
      events.map { $0["startsAt"] as? String }
        == ["2019-06-11T09:00:00-07:00", "2019-06-12T18:30:00-07:00"])
    #expect(json.stderr.isEmpty)

    // With no zone, an event has no instant to put on a calendar: a calendar of none of them
    // is refused, with the way in, and no file is written.
    let unplaced = try confsched(
      ["list", "--data", "icml-2019.txt", "--format", "ics", "-o", "icml.ics"],
      directory: directory)
    #expect(unplaced.status == 65)
    #expect(
      unplaced.stderr.hasSuffix(
        "confsched: no event can go on a calendar: 2 with no time zone (pass --zone Area/City"
          + " for a dump that names no zone)\n"))
    #expect(
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent("icml.ics").path))

    let calendar = try confsched(arguments + ["--format", "ics"], directory: directory)
    #expect(calendar.stdout.contains("DTSTART;TZID=America/Los_Angeles:20190611T090000"))
    #expect(!calendar.stdout.contains("Vancouver"))
  }

  /// With a NeurIPS dump beside it, the calendar holds NeurIPS's events and says which were
  /// left out.
  @Test func aCalendarOfSomeEventsSaysWhichWereLeftOut() throws {
    let directory = try Self.directory()
    let monday = packageRoot + "/Tests/Fixtures/neurips2018-mon-book-ivallesp-head.md"
    let run = try confsched(
      ["list", "--data", "icml-2019.txt", "--data", monday, "--format", "ics"],
      directory: directory)
    #expect(run.status == 0)
    #expect(run.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 14)
    #expect(run.stdout.contains("TZID:America/Toronto"))
    #expect(
      run.stderr.hasSuffix(
        "confsched: left out of the calendar: 2 with no time zone (pass --zone Area/City for a"
          + " dump that names no zone)\n"))
  }
}
