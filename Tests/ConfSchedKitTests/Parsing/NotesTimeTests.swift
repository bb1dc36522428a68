import Testing

@testable import ConfSchedKit

@Suite("Notes reader: times, rooms and am/pm")
struct NotesTimeTests {
  /// One oral under a time line.
  func oral(_ timeLine: String) -> ReadResult {
    readNotes("## Orals\n\n\(timeLine)\n[Paper](https://example.org/p)\\\nAda Lovelace\n")
  }

  @Test(
    arguments: [
      (#"10:05 am : West Ballroom C\"#, "10:05", "West Ballroom C", nil),
      (#"9 am : West 118 - 120\"#, "09:00", "West 118 - 120", nil),
      (#"2 pm: West 217 - 219\"#, "14:00", "West 217 - 219", nil),
      (#"05:35 pm: West Ballrooms A + B\"#, "17:35", "West Ballrooms A + B", nil),
      ("04:25pm : West Ballroom C", "16:25", "West Ballroom C", nil),
      ("03:50 PM : West Ballrooms A + B", "15:50", "West Ballrooms A + B", nil),
      (#"04:10 am :  West Exhibition Hall C + B3\"#, "04:10", "West Exhibition Hall C + B3", nil),
      (#"10:05 -- 10:20 AM @ Room 220 CD\"#, "10:05-10:20", "Room 220 CD", nil),
      (
        #"5:30 pm -- 10:30 PM @ East Exhibition Hall B + C #D5\"#, "17:30-22:30",
        "East Exhibition Hall B + C", "D5"
      ),
      (#"11:15 am\"#, "11:15", nil, nil),
    ] as [(String, String, String?, String?)])
  func readsTimeAndRoomLines(_ line: String, _ time: String, _ room: String?, _ board: String?)
    throws
  {
    let result = oral(line)
    let event = try #require(result.events.first)
    #expect(event.timeRange == time)
    #expect(event.room == room)
    #expect(event.board == board)
    #expect(event.title == "Paper")
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: ["1. MLE", "3D part segmentation (ShapeNet)", "2019 was a good year", "10"])
  func readsNoTimeFromLinesThatOnlyStartWithADigit(_ line: String) throws {
    let text = "## Orals\n\n[Paper](https://example.org/p)\\\nAda Lovelace\n\n\(line)\n"
    let result = readNotes(text)
    #expect(result.events.count == 1)
    #expect(result.events.first?.notes == line)
  }

  @Test func leavesATalkWithOnlyAStartWithoutAnEnd() throws {
    let event = try #require(oral(#"10:05 am : West Ballroom C\"#).events.first)
    #expect(event.start?.description == "10:05")
    #expect(event.end == nil)
  }

  @Test func givesABlockRoomToEverySpotlightAndNoTime() throws {
    let text = #"""
      ## [Orals](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      10:05 am : West Ballroom C\
      [An Oral](https://example.org/o)\
      Ada Lovelace

      ## [Spotlights](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      West Ballroom C\
      [First](https://example.org/1)\
      Alan Turing

      [Second](https://example.org/2)\
      Grace Hopper

      ## [Spotlights](https://nips.cc/Conferences/2019/ScheduleMultitrack)

      West Exhibition Hall C + B3

      [Third](https://example.org/3)\
      Edsger Dijkstra
      """#
    let events = readNotes(text).events
    #expect(events.map(\.kind) == [.oral, .spotlight, .spotlight, .spotlight])
    #expect(
      events.map(\.room) == [
        "West Ballroom C", "West Ballroom C", "West Ballroom C", "West Exhibition Hall C + B3",
      ])
    #expect(events.map(\.timeRange) == ["10:05", "", "", ""])
  }

  @Test func givesABlockStartTimeToTheFirstTalkOnlyAndItsRoomToAll() throws {
    let text = #"""
      ## Spotlights

      10:20 am : West Exhibition Hall C + B3

      [First](https://example.org/1)\
      Alan Turing

      [Second](https://example.org/2)\
      Grace Hopper
      """#
    let events = readNotes(text).events
    #expect(events.map(\.timeRange) == ["10:20", ""])
    #expect(events.map(\.room) == ["West Exhibition Hall C + B3", "West Exhibition Hall C + B3"])
  }

  @Test func readsTimesWithoutAmOrPmFromTheTimesAroundThem() throws {
    let text = #"""
      # Dec 12, Thursday

      ## Orals

      10:05 : West Exhibition Hall C + B3

      [Morning](https://example.org/m)\
      Ada Lovelace

      ## Orals

      03:50 : West Exhibition Hall C + B3

      [Afternoon](https://example.org/a)\
      Alan Turing

      ## Orals

      04:25pm : West Ballroom C

      [Later](https://example.org/l)\
      Grace Hopper
      """#
    let result = readNotes(text, year: 2019)
    #expect(result.events.map(\.timeRange) == ["10:05", "15:50", "16:25"])
    #expect(
      descriptions(result) == [
        "inline.md:5:1: warning: '10:05' has no am or pm; read as 10:05",
        "inline.md:12:1: warning: '03:50' has no am or pm; read as 15:50",
      ])
  }

  @Test func readsAnAmThatBreaksTheDaysOrderAsPm() throws {
    let text = #"""
      # Dec 10, Tuesday

      ## Orals

      10:05 am : West Ballroom C\
      [Morning](https://example.org/m)

      ## Orals

      04:10 am : West Ballrooms A + B\
      [Causal Confusion in Imitation Learning](https://example.org/c)

      ## Orals

      4:50 pm : West Exhibition Hall C + B3\
      [Evening](https://example.org/e)
      """#
    let result = readNotes(text, year: 2019)
    #expect(result.events.map(\.timeRange) == ["10:05", "16:10", "16:50"])
    #expect(
      descriptions(result) == [
        "inline.md:10:1: warning: '04:10 am' is out of order between 10:05 and 16:50; read as 16:10"
      ])
  }

  @Test func keepsAnAmThatIsOutOfOrderWhenThePmDoesNotFitEither() throws {
    // A second track listed after the first: 9:00 am after 10:05 am, and 21:00 is after 11:00.
    let text = #"""
      ## Orals

      10:05 am : Room A\
      [One](https://example.org/1)

      9:00 am : Room B\
      [Two](https://example.org/2)

      11:00 am : Room A\
      [Three](https://example.org/3)
      """#
    let result = readNotes(text)
    #expect(result.events.map(\.timeRange) == ["10:05", "09:00", "11:00"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func readsADumpThatNeverWritesAmOrPmAsTwentyFourHour() throws {
    let text = #"""
      ## Orals

      10:05 : Room A\
      [One](https://example.org/1)

      15:50 : Room A\
      [Two](https://example.org/2)

      4:30 : Room A\
      [Early](https://example.org/3)
      """#
    let result = readNotes(text)
    #expect(result.events.map(\.timeRange) == ["10:05", "15:50", "04:30"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func warnsAboutATimeThatIsNoTimeOfDay() throws {
    let result = oral(#"25:10 : West Ballroom C\"#)
    #expect(result.events.first?.start == nil)
    #expect(result.events.first?.room == "West Ballroom C")
    #expect(
      descriptions(result) == ["inline.md:3:1: warning: '25:10' is not a time of day"])
  }
}
