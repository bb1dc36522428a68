import Testing

@testable import ConfSchedKit

/// The event of tuesday2018 with this id.
func tuesdayEvent(_ id: String) throws -> Event {
  try #require(tuesday2018.event(EventID(rawValue: id)), "no event \(id) in the 2018 Tuesday")
}

@Suite("Itinerary")
struct ItineraryTests {
  @Test func addsOnceRemovesAndClears() throws {
    let oral = try tuesdayEvent("nhrdf4")
    let poster = try tuesdayEvent("fmqjdg")
    var itinerary = Itinerary()
    #expect(itinerary.add(oral, addedAt: "2018-12-03T20:00:00Z").inserted)
    #expect(itinerary.add(poster, addedAt: "2018-12-03T20:01:00Z").inserted)
    // Adding again changes nothing, and says so with the entry already there.
    let again = itinerary.add(oral, addedAt: "2018-12-03T22:00:00Z")
    #expect(!again.inserted)
    #expect(again.entry.addedAt == "2018-12-03T20:00:00Z")
    #expect(itinerary.entries.map(\.id.rawValue) == ["nhrdf4", "fmqjdg"])
    #expect(itinerary.contains(oral.id))

    #expect(itinerary.remove(oral.id)?.title == "On Neuronal Capacity")
    #expect(itinerary.remove(oral.id) == nil)
    #expect(!itinerary.contains(oral.id))
    #expect(itinerary.clear().map(\.id) == [poster.id])
    #expect(itinerary.isEmpty)
  }

  @Test func writesAStableFileText() throws {
    var itinerary = Itinerary()
    itinerary.add(try tuesdayEvent("fmqjdg"), addedAt: "2018-12-03T20:00:00Z")
    itinerary.add(try tuesdayEvent("zbaz7q"), addedAt: "2018-12-03T20:05:00Z")
    #expect(
      itinerary.serialized() == """
        {
          "version": 1,
          "entries": [
            {
              "id": "fmqjdg",
              "title": "On Neuronal Capacity",
              "kind": "Poster",
              "date": "2018-12-04",
              "start": "10:45",
              "end": "12:45",
              "timeZone": "America/Toronto",
              "room": "Room 210 & 230 AB",
              "board": "142",
              "source": {
                "file": "neurips-2018-12-04.txt",
                "line": 1401
              },
              "addedAt": "2018-12-03T20:00:00Z"
            },
            {
              "id": "zbaz7q",
              "title": "Coffee Break",
              "kind": "Break",
              "date": "2018-12-04",
              "start": "09:40",
              "end": "10:05",
              "timeZone": "America/Toronto",
              "room": null,
              "board": null,
              "source": {
                "file": "neurips-2018-12-04.txt",
                "line": 9
              },
              "addedAt": "2018-12-03T20:05:00Z"
            }
          ]
        }

        """)
  }

  @Test func roundTripsThroughJSON() throws {
    var itinerary = Itinerary()
    for (index, event) in tuesday2018.events.enumerated() where index % 7 == 0 {
      itinerary.add(event, addedAt: "2018-12-03T20:\(10 + index % 50):00Z")
    }
    // A title that needs escapes, and a snapshot with nothing known.
    itinerary.add(
      Event(
        id: EventID(rawValue: "zz9zz9"), kind: EventKind(rawValue: "Social \"after\" ☕"),
        title: "Quotes \" and \\ and\nnewline 😀", source: SourceLocation(file: "n.md", line: 3)),
      addedAt: "now")
    #expect(itinerary.count == 60)
    #expect(try Itinerary(parsing: itinerary.serialized()) == itinerary)
    #expect(try Itinerary(json: itinerary.json) == itinerary)
  }

  @Test func ignoresMembersItDoesNotKnowAndAcceptsAbsentOptionals() throws {
    let itinerary = try Itinerary(
      parsing: """
        {"version": 1, "note": "from a later build", "entries": [
          {"id": "abc234", "title": "T", "kind": "Poster", "addedAt": "x",
           "source": {"file": "f.txt", "line": 2}, "colour": "red"}
        ]}
        """)
    let entry = try #require(itinerary.entries.first)
    #expect(entry.date == nil && entry.start == nil && entry.room == nil && entry.board == nil)
    #expect(entry.source == SourceLocation(file: "f.txt", line: 2))
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    var text: String
    var message: String
    var testDescription: String { message }
  }

  static let entry = #"{"id": "abc234", "title": "T", "kind": "Poster", "addedAt": "x", "#

  @Test(arguments: [
    BadCase(
      text: #"{"version": 7, "entries": "whatever"}"#,
      message: "unknown itinerary version 7 (this version of confsched reads version 1)"),
    BadCase(text: #"{"version": "1", "entries": []}"#, message: "version: expected an integer"),
    BadCase(text: #"{"entries": []}"#, message: "version is missing"),
    BadCase(text: #"[1]"#, message: "expected an object at the top level"),
    BadCase(text: #"{"version": 1}"#, message: "entries is missing"),
    BadCase(text: #"{"version": 1, "entries": {}}"#, message: "entries: expected an array"),
    BadCase(text: #"{"version": 1, "entries": [3]}"#, message: "entries[0]: expected an object"),
    BadCase(
      text: #"{"version": 1, "entries": [{"id": "abc234"}]}"#,
      message: "entries[0].title is missing"),
    BadCase(
      text: #"{"version": 1, "entries": [{"id": "abc234", "title": "T", "kind": ["Poster"]}]}"#,
      message: "entries[0].kind: expected a string"),
    BadCase(
      text: #"{"version": 1, "entries": [\#(entry)"source": {"file": "f"}}]}"#,
      message: "entries[0].source.line is missing"),
    BadCase(
      text: #"{"version": 1, "entries": [\#(entry)"source": {"file": "f", "line": 0}}]}"#,
      message: "entries[0].source.line: expected a line number from 1"),
    BadCase(
      text: #"{"version": 1, "entries": [\#(entry)"source": null}]}"#,
      message: "entries[0].source is missing"),
    BadCase(
      text:
        #"{"version": 1, "entries": [\#(entry)"start": "49:00", "source": {"file": "f", "line": 1}}]}"#,
      message: "entries[0].start: expected a time HH:MM or null"),
    BadCase(
      text:
        #"{"version": 1, "entries": [\#(entry)"date": "2018-02-30", "source": {"file": "f", "line": 1}}]}"#,
      message: "entries[0].date: expected a date YYYY-MM-DD or null"),
    BadCase(
      text:
        #"{"version": 1, "entries": [\#(entry)"room": 210, "source": {"file": "f", "line": 1}}]}"#,
      message: "entries[0].room: expected a string or null"),
    BadCase(
      text: #"""
        {"version": 1, "entries": [
          \#(entry)"source": {"file": "f", "line": 1}},
          \#(entry)"source": {"file": "f", "line": 1}}
        ]}
        """#,
      message: "entries[1]: event abc234 is listed twice"),
    BadCase(text: "{\n  \"version\": 1,\n  \"entries\": [\n", message: "4:1: expected a value"),
  ])
  func refusesMalformedContentNamingWhatIsWrong(_ bad: BadCase) {
    #expect(throws: ItineraryDecodingError.self) { try Itinerary(parsing: bad.text) }
    do {
      _ = try Itinerary(parsing: bad.text)
    } catch {
      #expect(error.description == bad.message)
    }
  }

  @Test func resolvesLiveEventsAndKeepsMissingOnesAsSnapshots() throws {
    var itinerary = Itinerary()
    itinerary.add(try tuesdayEvent("nhrdf4"), addedAt: "t1")
    // An event of a dump that is no longer loaded (or whose content, hence id, changed).
    let gone = Event(
      id: EventID(rawValue: "gone42"), kind: .poster, title: "A withdrawn paper",
      date: CalendarDate(year: 2018, month: 12, day: 4), start: LocalTime("10:45"),
      end: LocalTime("12:45"), room: "Room 210 & 230 AB", board: "7",
      source: SourceLocation(file: "old.txt", line: 10))
    itinerary.add(gone, addedAt: "t2")
    itinerary.add(try tuesdayEvent("fmqjdg"), addedAt: "t3")

    let resolved = itinerary.resolve(against: tuesday2018)
    #expect(resolved.map(\.entry.id.rawValue) == ["nhrdf4", "gone42", "fmqjdg"])
    #expect(resolved.map(\.isMissing) == [false, true, false])
    // Live: the whole event, with authors and twins.
    #expect(resolved[0].event.authors.map(\.name) == ["Pierre Baldi", "Roman Vershynin"])
    #expect(resolved[0].event.alsoPresented == [EventID(rawValue: "fmqjdg")])
    // Missing: the snapshot, still with its time, room and board.
    #expect(resolved[1].event.title == "A withdrawn paper")
    #expect(resolved[1].event.timeRange == "10:45-12:45")
    #expect(resolved[1].event.board == "7")
    #expect(resolved[1].event.source == SourceLocation(file: "old.txt", line: 10))
  }

  @Test func keepsMembersItDoesNotKnowAcrossARewrite() throws {
    let text = """
      {"version": 1, "entries": [
        {"id": "abc234", "title": "T", "kind": "Poster", "note": "bring charger",
         "source": {"file": "f", "line": 2}, "addedAt": "x", "stars": [1, {"a": null}]}
      ], "owner": "ada"}
      """
    var itinerary = try Itinerary(parsing: text)
    let entry = try #require(itinerary.entries.first)
    #expect(
      entry.extraMembers
        == .object([
          ("note", .string("bring charger")),
          ("stars", .array([.int(1), .object([("a", .null)])])),
        ]))
    itinerary.add(try tuesdayEvent("nhrdf4"), addedAt: "y")
    let again = try Itinerary(parsing: itinerary.serialized())
    #expect(again == itinerary)
    #expect(again.extraMembers == .object([("owner", .string("ada"))]))
    // After the known keys, in their order.
    #expect(
      itinerary.serialized().contains(
        "\"addedAt\": \"x\",\n      \"note\": \"bring charger\",\n      \"stars\": ["))
    // Emptied, the file keeps its own members.
    itinerary.clear()
    #expect(itinerary.extraMembers == .object([("owner", .string("ada"))]))
  }

  @Test func readsIdsInLowerCaseAndMergesCaseTwins() throws {
    let entry = { (id: String, added: String) in
      #"{"id": "\#(id)", "title": "T", "kind": "Poster", "addedAt": "\#(added)", "#
        + #""source": {"file": "f", "line": 1}}"#
    }
    let itinerary = try Itinerary(
      parsing:
        #"{"version": 1, "entries": [\#(entry("3EQXA8", "first")), \#(entry("3eqxa8", "twin")), \#(entry("Abc234", "other"))]}"#
    )
    #expect(itinerary.entries.map(\.id.rawValue) == ["3eqxa8", "abc234"])
    #expect(itinerary.entries.map(\.addedAt) == ["first", "other"])
    #expect(itinerary.contains(EventID(rawValue: "3eqxa8")))
  }
}
