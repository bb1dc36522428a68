import Foundation
import Testing

/// Control characters from files never reach a terminal: ESC, BEL and OSC sequences in a
/// title, a room or an author (raw in a dump, decoded from `&#27;` in a saved page, saved in the
/// itinerary) are shown as their pictures (`␛`, `␇`) by every command; JSON escapes them.
@Suite("Control characters")
struct ControlCharacterTests {
  /// A card whose title sets the window title (OSC 0) and whose room writes the clipboard
  /// (OSC 52).
  static let card =
    [
      "Evil \u{1B}]0;pwned\u{07} Title",
      "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room \u{1B}]52;c;aGk=\u{07} 220 CD",
      "Pierre Baldi",
      String(
        repeating: "An abstract long enough to read as text rather than as a binary file. ",
        count: 30),
    ].joined(separator: "\n\n") + "\n"

  /// A saved schedule page whose title holds `&#27;` and `&#7;`, and an author `&#27;[2J`.
  static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><title>NeurIPS 2019 Schedule</title></head><body>
    <div class="maincardContainer" id="maincardContainer"></div>
    <div onClick="showDetail(14027)">
    <div class="maincard narrower Poster" id="maincard_14027">
      <div class='pull-right maincardHeader maincardType'>Poster</div>
      <div class="maincardHeader">Tue Dec 10th 10:45 AM -- 12:45 PM @ East Exhibition Hall B + C #1</div>
      <div class="maincardBody">Escaped &#27;]0;pwned&#7; Poster</div>
      <div class='pull-right maincardHeader maincardType'>In
        <a href="/Conferences/2019/Schedule?showParentSession=15493">Algorithms</a></div>
      <div class="maincardFooter">Shiyu &#27;[2J Chang &middot; Yang Zhang</div>
    </div></div>
    </body></html>
    """

  /// Whether text holds no control character but line feeds, and ESC only in colour sequences.
  static func isSafe(_ text: String, colour: Bool = false) -> Bool {
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      if scalar == "\u{1B}" {
        guard colour, scalars.first == "[" else { return false }
        let body = scalars.dropFirst().prefix { $0 == ";" || ("0"..."9").contains($0) }
        guard scalars.dropFirst(1 + body.count).first == "m" else { return false }
        scalars = scalars.dropFirst(2 + body.count)
        continue
      }
      if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { return false }
      if (0x7F..<0xA0).contains(scalar.value) { return false }
    }
    return true
  }

  func files() throws -> (directory: URL, card: String, page: String, itinerary: String) {
    let directory = try temporaryDirectory()
    let card = directory.appendingPathComponent("evil.txt")
    try Data(ControlCharacterTests.card.utf8).write(to: card)
    let page = directory.appendingPathComponent("evil.html")
    try Data(ControlCharacterTests.page.utf8).write(to: page)
    // An itinerary entry saved with a hostile title and room, whose event is not loaded.
    let itinerary = directory.appendingPathComponent("plan.json")
    let saved = """
      {"version": 1, "entries": [{"id": "zzzzzz", "title": "Saved \\u001b]0;pwned\\u0007 entry",
      "kind": "Oral", "date": "2018-12-04", "start": "11:00", "end": "11:15",
      "timeZone": "America/Toronto", "room": "Room \\u001b[2J 9", "board": null,
      "source": {"file": "x.txt", "line": 1}, "addedAt": "2018-12-01T00:00:00Z"}]}
      """
    try Data(saved.utf8).write(to: itinerary)
    return (directory, card.path, page.path, itinerary.path)
  }

  @Test func noCommandPassesThemToAPipeOrATerminal() throws {
    let (directory, card, page, itinerary) = try files()
    defer { try? FileManager.default.removeItem(at: directory) }
    let data = ["--data", card, "--data", page]
    let json = try confsched(["list", "--json"] + data)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let ids = events.compactMap { $0["id"] as? String }
    #expect(ids.count == 2)
    let commands: [[String]] = [
      ["list"] + data + ["--itinerary", itinerary],
      ["search", "evil"] + data, ["search", "escaped"] + data,
      ["show"] + ids + data,
      ["timetable", "--day", "2018-12-04", "--itinerary", itinerary] + data,
      ["now", "--at", "2018-12-04 10:10", "--itinerary", itinerary] + data,
      ["next", "--at", "2019-12-10 09:00", "--itinerary", itinerary] + data,
      ["itinerary", "--itinerary", itinerary] + data,
      ["itinerary", "conflicts", "--itinerary", itinerary] + data,
      ["author", "shiyu"] + data,
      ["authors"] + data,
    ]
    for command in commands {
      let piped = try confsched(command)
      #expect(piped.status == 0, "\(command): \(piped.stderr)")
      #expect(ControlCharacterTests.isSafe(piped.stdout), "\(command): \(piped.stdout)")
      #expect(ControlCharacterTests.isSafe(piped.stderr), "\(command): \(piped.stderr)")
      let shown = try confschedOnTerminal(
        command
          + (command[0] == "itinerary" || command[0] == "now" || command[0] == "next"
            || command[0] == "authors" || command[0] == "author" || command[0] == "timetable"
            ? [] : ["--no-pager"]),
        columns: 100, environment: ["NO_COLOR": ""])
      #expect(shown.status == 0, "\(command): \(shown.stderr)")
      #expect(
        ControlCharacterTests.isSafe(shown.stdout, colour: true), "\(command): \(shown.stdout)")
    }
    // Adding and removing print the titles, and warn about clashes with them.
    let add = try confsched(["itinerary", "add", ids[0], "--itinerary", itinerary] + data)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(ControlCharacterTests.isSafe(add.stdout) && ControlCharacterTests.isSafe(add.stderr))
    #expect(add.stdout.contains("Evil ␛]0;pwned␇ Title"))
    let remove = try confsched(["itinerary", "remove", "zzzzzz", "--itinerary", itinerary])
    #expect(remove.stdout == "removed zzzzzz  Oral  Saved ␛]0;pwned␇ entry\n")
    // What they become: pictures that show where they were.
    let list = try confsched(["list"] + data)
    #expect(list.stdout.contains("Evil ␛]0;pwned␇ Title"))
    #expect(list.stdout.contains("Escaped ␛]0;pwned␇ Poster"))
  }

  @Test func jsonEscapesThemAsJSONDoes() throws {
    let (directory, card, _, _) = try files()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try confsched(["list", "--json", "--data", card])
    #expect(run.stdout.contains(#""Evil \u001b]0;pwned\u0007 Title""#))
    #expect(!run.stdout.contains("\u{1B}"))
  }

  /// A machine format shown on a terminal (CSV keeps the text as it is, for files) is made
  /// safe there too.
  @Test func csvOnATerminalIsMadeSafe() throws {
    let (directory, card, _, _) = try files()
    defer { try? FileManager.default.removeItem(at: directory) }
    let piped = try confsched(["list", "--format", "csv", "--data", card])
    #expect(piped.stdout.contains("Evil \u{1B}]0;pwned\u{07} Title"))
    let shown = try confschedOnTerminal(
      ["list", "--format", "csv", "--data", card], columns: 100)
    #expect(ControlCharacterTests.isSafe(shown.stdout.replacingOccurrences(of: "\r", with: "")))
    #expect(shown.stdout.contains("Evil ␛]0;pwned␇ Title"))
  }
}
