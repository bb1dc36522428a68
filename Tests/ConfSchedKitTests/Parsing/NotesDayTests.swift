import Testing

@testable import ConfSchedKit

@Suite("Notes reader: days and years")
struct NotesDayTests {
  /// A day heading over one oral whose section links to `sectionLink`.
  func day(_ heading: String, sectionLink: String = "https://example.org/schedule") -> String {
    "# \(heading)\n\n## [Orals](\(sectionLink))\n\n[Paper on \(heading)](https://example.org/p)\\\nAda Lovelace\n\n"
  }

  @Test(arguments: [
    "https://nips.cc/Conferences/2019/ScheduleMultitrack?event=15732",
    "https://nips.cc/Conferences/ScheduleMultitrack?text=&session=&event_type=&day=2019-12-10",
    "https://nips.cc/ExpoConferences/2019/schedule?talk_id=59",
  ])
  func takesTheYearFromTheLinks(_ link: String) throws {
    // The heading prints no weekday: only the link tells the year.
    let result = readNotes(day("Dec 10", sectionLink: link))
    #expect(result.events.first?.date?.description == "2019-12-10")
    #expect(result.conferences.map(\.id) == ["neurips-2019"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func takesTheYearFromTheWeekdaysWithoutLinks() throws {
    let result = readNotes(day("Dec 4, Tuesday") + day("Dec 5, Wednesday"))
    #expect(result.events.map { $0.date?.description } == ["2018-12-04", "2018-12-05"])
    #expect(result.conferences.first?.city == "Montréal")
  }

  @Test func takesAYearTheHeadingPrints() throws {
    let result = readNotes(day("Tuesday, December 10, 2024"))
    #expect(result.events.first?.date?.description == "2024-12-10")
  }

  @Test func letsTheYearOptionOverrideEverything() throws {
    let link = "https://nips.cc/Conferences/2019/ScheduleMultitrack?day=2019-12-10"
    let result = readNotes(day("Dec 10, Tuesday", sectionLink: link), year: 2013)
    #expect(result.events.first?.date?.description == "2013-12-10")
    #expect(result.conferences.first?.city == "Lake Tahoe")
    #expect(
      descriptions(result) == [
        "inline.md:3:68: warning: the link gives 2019-12-10, not the day's date 2013-12-10; the heading is kept"
      ])
  }

  @Test func warnsWhenNothingTellsTheYear() throws {
    let result = readNotes(day("Dec 10"))
    #expect(result.events.first?.date == nil)
    #expect(result.conferences.isEmpty)
    #expect(
      descriptions(result) == [
        "inline.md:1:1: warning: cannot tell the year from the links or the weekdays; pass --year"
      ])
  }

  @Test func warnsAboutAHeadingWhoseWeekdayIsWrong() throws {
    let result = readNotes(day("Dec 11, Tuesday"), year: 2019)
    #expect(result.events.first?.date?.description == "2019-12-11")
    #expect(
      descriptions(result) == [
        "inline.md:1:11: warning: 2019-12-11 is a Wednesday in 2019, not a Tuesday"
      ])
  }

  @Test func correctsARepeatedDayHeadingFromItsLinks() throws {
    let base = "https://nips.cc/Conferences/2019/ScheduleMultitrack?day="
    let text =
      day("Dec 11, Wednesday", sectionLink: base + "2019-12-11")
      + day("Dec 11, Wednesday", sectionLink: base + "2019-12-12")
    let result = readNotes(text)
    #expect(result.events.map { $0.date?.description } == ["2019-12-11", "2019-12-12"])
    #expect(
      descriptions(result) == [
        "inline.md:8:3: warning: the day heading repeats Dec 11 of the heading before it; read as Thursday 12 December 2019, the date its links give"
      ])
  }

  @Test func correctsARepeatedDayHeadingFromItsWeekday() throws {
    let result = readNotes(day("Dec 11, Wednesday") + day("Dec 11, Friday"), year: 2019)
    #expect(result.events.map { $0.date?.description } == ["2019-12-11", "2019-12-13"])
    #expect(
      descriptions(result) == [
        "inline.md:8:3: warning: the day heading repeats Dec 11 of the heading before it; read as Friday 13 December 2019, the next Friday"
      ])
  }

  @Test func correctsARepeatedDayHeadingToTheDayAfterWhenNothingElseTells() throws {
    let result = readNotes(day("Dec 11, Tuesday") + day("Dec 11, Tuesday"), year: 2019)
    #expect(result.events.map { $0.date?.description } == ["2019-12-11", "2019-12-12"])
    #expect(
      descriptions(result) == [
        "inline.md:1:11: warning: 2019-12-11 is a Wednesday in 2019, not a Tuesday",
        "inline.md:8:3: warning: the day heading repeats Dec 11 of the heading before it; read as Thursday 12 December 2019, the day after it",
      ])
  }

  @Test func keepsTheDayHeadingWhenASectionLinkGivesAnotherDate() throws {
    let link = "https://nips.cc/Conferences/2019/ScheduleMultitrack?day=2019-12-10"
    let result = readNotes(day("Dec 11, Wednesday", sectionLink: link))
    #expect(result.events.first?.date?.description == "2019-12-11")
    #expect(
      descriptions(result) == [
        "inline.md:3:68: warning: the link gives 2019-12-10, not the day's date 2019-12-11; the heading is kept"
      ])
  }

  @Test func warnsAboutADayThatDoesNotExist() throws {
    let result = readNotes(day("Feb 30"), year: 2019)
    #expect(result.events.first?.date == nil)
    #expect(
      descriptions(result) == ["inline.md:1:3: warning: Feb 30 is not a date in 2019"])
  }

  @Test func keepsTheDayUnderDemonstrationsAndSocialsSections() throws {
    let text = #"""
      # Dec 10, Tuesday

      # Demonstrations

      5:30 pm -- 10:30 PM @ East Exhibition Hall B + C\

      802: Streamlit\
      Adrien Treuille

      # Socials

      Inverse Problems Social\
      Tue Dec 10th 07:00 -- 10:00 PM @ West 223 + 224
      """#
    let result = readNotes(text, year: 2019)
    #expect(result.events.map(\.kind) == [.demonstration, .social])
    #expect(result.events.allSatisfy { $0.date?.description == "2019-12-10" })
  }

  @Test(arguments: [
    ("Dec 10, Tuesday", 12, 10, Weekday.tuesday),
    ("Tuesday, December 10", 12, 10, .tuesday),
    ("Tue Dec 10th", 12, 10, .tuesday),
    ("Dec. 8 Sunday", 12, 8, .sunday),
  ])
  func readsDayHeadings(_ heading: String, _ month: Int, _ dayOfMonth: Int, _ weekday: Weekday) {
    let text = "# \(heading) "
    text.withUTF8Bytes { bytes in
      let line = bytes.lines()[0]
      let printed = NotesHeading.parse(bytes, line)?.day
      #expect(printed?.month == month)
      #expect(printed?.day == dayOfMonth)
      #expect(printed?.weekday == weekday)
    }
  }

  @Test(arguments: ["Demonstrations", "Spotlight 1: Learning priors", "Or", "Notes", "Dec"])
  func readsNoDayFromOtherHeadings(_ heading: String) {
    "## \(heading)".withUTF8Bytes { bytes in
      #expect(NotesHeading.parse(bytes, bytes.lines()[0])?.day == nil)
    }
  }
}
