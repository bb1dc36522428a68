import Testing

@testable import ConfSchedKit

@Suite("Card header lines")
struct CardHeaderTests {
  /// Parses one header line.
  func header(_ line: String) -> CardHeader? {
    line.withUTF8Bytes { CardHeader.parse($0, 0..<$0.count) }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var line: String
    var kind: String?
    var start: String?
    var end: String?
    var room: String?
    var board: String?
    var testDescription: String { line }
  }

  @Test(arguments: [
    Case(
      line: "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD", kind: "Oral", start: "10:05",
      end: "10:20", room: "Room 220 CD"),
    // One trailing PM applies to both times, unless that would put the start after the end.
    Case(
      line: "Break | Tue Dec 4th 12:45 -- 02:15 PM @", kind: "Break", start: "12:45", end: "14:15"),
    Case(
      line: "Break | Tue Dec 4th 01:15 -- 02:15 PM @ Room 517 CD", kind: "Break", start: "13:15",
      end: "14:15", room: "Room 517 CD"),
    Case(
      line: "Oral | Tue Dec 4th 11:30 -- 01:00 PM @ Hall", kind: "Oral", start: "11:30",
      end: "13:00", room: "Hall"),
    // Both ends carry a meridiem; two spaces before `--`.
    Case(
      line: "Demonstration | Tue Dec 4th 10:45 AM -- 07:30 PM @ Room 510 ABCD #D5",
      kind: "Demonstration", start: "10:45", end: "19:30", room: "Room 510 ABCD", board: "D5"),
    Case(
      line: "Poster | Tue Dec 10th 05:30  -- 07:30 PM @ East Exhibition Hall B + C #104",
      kind: "Poster", start: "17:30", end: "19:30", room: "East Exhibition Hall B + C",
      board: "104"),
    // Room and board.
    Case(
      line: "Poster | Tue Dec 4th 05:00 -- 07:00 PM @ Room 210 & 230 AB #166", kind: "Poster",
      start: "17:00", end: "19:00", room: "Room 210 & 230 AB", board: "166"),
    Case(
      line: "Invited Talk | Tue Dec 4th 08:30 -- 09:20 AM @ Rooms 220 CDE", kind: "Invited Talk",
      start: "08:30", end: "09:20", room: "Rooms 220 CDE"),
    Case(
      line: "Break | Tue Dec 4th 09:40 -- 10:05 AM @", kind: "Break", start: "09:40", end: "10:05"),
    // The markdown form.
    Case(
      line: "**Workshop | Fri Dec 7th 08:00 AM -- 06:30 PM @ None **", kind: "Workshop",
      start: "08:00", end: "18:30"),
    Case(
      line: "__Invited Talk (Posner Lecture) | Wed Dec 5th 08:30 -- 09:20 AM @ Rooms 220 CDE __",
      kind: "Invited Talk (Posner Lecture)", start: "08:30", end: "09:20", room: "Rooms 220 CDE"),
    // A social in a notes dump: no kind.
    Case(
      line: "Tue Dec 10th 07:00 -- 10:00 PM @ West 223 + 224", start: "19:00", end: "22:00",
      room: "West 223 + 224"),
  ])
  func reads(_ expected: Case) throws {
    let parsed = try #require(header(expected.line))
    #expect(parsed.kind == expected.kind)
    #expect(parsed.span.start?.description == expected.start)
    #expect(parsed.span.end?.description == expected.end)
    #expect(parsed.room == expected.room)
    #expect(parsed.board == expected.board)
    #expect(parsed.problems.isEmpty)
  }

  @Test(arguments: [
    "On Neuronal Capacity",
    "DVAE#: Discrete Variational Autoencoders with Relaxed Boltzmann Priors",
    "Bayesian Inference -- A Tutorial | Part 2",
    "We meet on Tue Dec 4th at noon.",
    "",
  ])
  func rejectsNonHeaders(_ line: String) {
    #expect(header(line) == nil)
  }

  @Test func reportsImpossibleTimes() throws {
    let parsed = try #require(header("Poster | Tue Dec 4th 99:99 -- 10:00 AM @ Room 1"))
    #expect(parsed.span.start == nil)
    #expect(parsed.span.end?.description == "10:00")
    #expect(parsed.problems.map(\.message) == ["'99:99' is not a time of day"])
    #expect(parsed.problems.first?.offset == 21)
  }

  @Test func reportsAnEndBeforeTheStart() throws {
    let parsed = try #require(header("Oral | Tue Dec 4th 11:00 AM -- 10:00 AM @ Room 1"))
    #expect(parsed.span.start?.description == "11:00")
    #expect(parsed.span.end == nil)
    #expect(
      parsed.problems.map(\.message) == ["the event ends at 10:00, before it starts at 11:00"])
  }

  @Test func aTrailingAMNeverMovesTheStartToTheEvening() throws {
    let parsed = try #require(header("Oral | Tue Dec 4th 11:05 -- 10:20 AM @ Room 1"))
    #expect(parsed.span.start?.description == "11:05")
    #expect(parsed.span.end == nil)
    #expect(
      parsed.problems.map(\.message) == ["the event ends at 10:20, before it starts at 11:05"])
  }

  @Test func keepsAnEveningThatCrossesMidnight() throws {
    let parsed = try #require(header("Social | Tue Dec 4th 09:00 PM -- 01:00 AM @ Bar"))
    #expect(parsed.span.start?.description == "21:00")
    #expect(parsed.span.end?.description == "01:00")
    #expect(parsed.problems.isEmpty)
  }

  @Test func reportsAnEmptyBoard() throws {
    let parsed = try #require(header("Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #"))
    #expect(parsed.room == "Room 210")
    #expect(parsed.board == nil)
    #expect(parsed.problems.map(\.message) == ["'#' with no board number after it"])
  }
}
