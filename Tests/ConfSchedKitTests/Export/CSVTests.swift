import Testing

@testable import ConfSchedKit

@Suite("CSV export")
struct CSVTests {
  static let source = SourceLocation(file: "inline.txt", line: 7)

  @Test func headerIsTheJSONKeysInOrder() throws {
    let event = try #require(tuesday2018.events.first)
    guard case .object(let members) = event.json else {
      Issue.record("an event's JSON is not an object")
      return
    }
    let firstRow = CSVWriter().write([]).components(separatedBy: "\r\n")[0]
    let header = firstRow.split(separator: ",").map(String.init)
    #expect(header == members.map(\.0))
    #expect(
      CSVWriter().write([])
        == "id,kind,title,authors,conference,date,start,end,timeZone,startsAt,endsAt,assumedEnd,room,board,session,track,language,sourceIds,abstract,notes,links,alsoPresented,source\r\n"
    )
  }

  @Test func writesARealEvent() throws {
    let townHall = try #require(tuesday2018.events.first { $0.title == "Town Hall" })
    let rows = CSVWriter().write([townHall]).components(separatedBy: "\r\n")
    #expect(
      rows[1]
        == "t924d3,Break,Town Hall,,neurips-2018,2018-12-04,13:15,14:15,America/Toronto,2018-12-04T13:15:00-05:00,2018-12-04T14:15:00-05:00,,Room 517 CD,,,,,,,,,,neurips-2018-12-04.txt:1639"
    )
    #expect(rows.count == 3 && rows[2].isEmpty)
  }

  @Test func flattensListsAndQuotesWhereNeeded() {
    let event = Event(
      id: EventID(rawValue: "q2q2q2"), kind: .poster, title: "Commas, \"quotes\"\nand a break",
      authors: [
        Author(name: "Ada Lovelace", affiliation: "Engines, Ltd"), Author(name: "Alan Turing"),
      ],
      date: CalendarDate(year: 2018, month: 12, day: 4), start: LocalTime("17:00"),
      room: " Room 1", board: "42 ", abstract: "Line one.\r\nLine two.",
      links: [
        Link(label: "Paper", url: "https://x.org/p"), Link(label: "Code", url: "https://x.org/c"),
      ],
      source: CSVTests.source,
      alsoPresented: [EventID(rawValue: "aaa222"), EventID(rawValue: "bbb333")])
    #expect(
      CSVWriter().write([event]).components(separatedBy: "\r\n").dropFirst().first
        == "q2q2q2,Poster,\"Commas, \"\"quotes\"\"\nand a break\",\"Ada Lovelace (Engines, Ltd); Alan Turing\","
        + ",2018-12-04,17:00,,,,,,\" Room 1\",\"42 \",,,,,\"Line one.")
    #expect(
      CSVWriter().write([event]).hasSuffix(
        "Line two.\",,Paper <https://x.org/p>; Code <https://x.org/c>,aaa222; bbb333,inline.txt:7\r\n"
      ))
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("cr\rlf\n", "\"cr\rlf\n\""),
    (" lead", "\" lead\""),
    ("trail ", "\"trail \""),
    ("in side", "in side"),
    ("semi;colon", "semi;colon"),
  ])
  func quotesFields(field: String, written: String) {
    #expect(CSVWriter.quoted(field) == written)
  }

  @Test func readsBackAsTheSameFields() throws {
    let events = tuesday2018.events
    let rows = try CSVTests.parse(CSVWriter().write(events))
    #expect(rows.count == events.count + 1)
    #expect(rows.allSatisfy { $0.count == EventField.allCases.count })
    for (row, event) in zip(rows.dropFirst(), events) {
      #expect(row == EventField.allCases.map { $0.text(of: event) })
    }
  }

  /// An RFC 4180 reader, written apart from the writer: records end in CRLF, quoted fields may
  /// hold anything, `""` inside them is one quote.
  static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      if inQuotes {
        if scalar == "\"" {
          if pending == "\"" {
            field += "\""
            pending = scalars.next()
          } else {
            inQuotes = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        try #require(field.isEmpty, "a quote inside an unquoted field")
        inQuotes = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\r" {
        try #require(pending == "\n", "a bare CR")
        pending = scalars.next()
        row.append(field)
        rows.append(row)
        (row, field) = ([], "")
      } else {
        try #require(scalar != "\n", "a bare LF outside quotes")
        field.unicodeScalars.append(scalar)
      }
    }
    try #require(!inQuotes && row.isEmpty && field.isEmpty, "the last record is not ended")
    return rows
  }
}
