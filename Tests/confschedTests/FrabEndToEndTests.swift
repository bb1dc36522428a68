import Foundation
import Testing

/// frab's `schedule.xml` and `schedule.json` through the built binary: the real files, the
/// zone option, and broken files refused by name.
@Suite("frab end to end")
struct FrabEndToEndTests {
  static let fixtures = packageRoot + "/Tests/Fixtures/"
  let xml = fixtures + "38c3-schedule-20251206.xml"

  func events(_ run: Run) throws -> [[String: Any]] {
    try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
  }

  @Test func listsOneRoomsDayOf38C3() throws {
    let run = try confsched([
      "list", "--data", xml, "--day", "2024-12-28", "--room", "Saal 1", "--json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let events = try events(run)
    let saal1 = events.filter { $0["room"] as? String == "Saal 1" }
    #expect(saal1.count == 12)
    #expect(events.allSatisfy { $0["date"] as? String == "2024-12-28" })
    #expect(events.allSatisfy { $0["timeZone"] as? String == "Europe/Berlin" })
    let formats = try #require(saal1.first { $0["title"] as? String == "Fearsome File Formats" })
    #expect(formats["start"] as? String == "14:45")
    #expect(formats["end"] as? String == "15:45")
    #expect(formats["kind"] as? String == "Talk")
    // The night's last talk belongs to the 28th, though it starts after midnight.
    let late = try #require(
      saal1.first { $0["title"] as? String == "0, 1 oder 2 - Hackerei und Cyberbrei" })
    #expect(late["start"] as? String == "00:55")
  }

  /// A second run thaws the compiled form and only the events it shows: it must show what the
  /// first run, which read the file, showed.
  @Test func showsFromTheCacheWhatItReadFromTheFile() throws {
    let cache = FileManager.default.temporaryDirectory
      .appendingPathComponent("confsched-frab-cache-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: cache) }
    let environment = ["XDG_CACHE_HOME": cache]
    let commands = [
      ["list", "--data", xml, "--day", "2024-12-28", "--room", "Saal 1"],
      ["list", "--data", xml, "--kind", "talk", "--from", "23:00", "--json"],
      ["show", "270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "--data", xml],
      ["search", "hackerei", "--data", xml],
      ["timetable", "--data", xml, "--day", "2024-12-28", "--room", "Saal"],
      ["timetable", "--data", xml, "--day", "2024-12-28", "--room", "saal1"],
    ]
    for arguments in commands {
      let first = try confsched(arguments, environment: environment)
      let second = try confsched(arguments, environment: environment)
      #expect(first.status == (arguments.last == "saal1" ? 64 : 0), "\(arguments): \(first.stderr)")
      #expect(second.stdout == first.stdout, "\(arguments)")
      #expect(second.stderr == first.stderr, "\(arguments)")
      #expect(second.status == first.status)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/confsched").count >= 1)
  }

  /// 72 rooms do not fit a grid: a room filter shows some of them.
  @Test func laysOutTheRoomsAskedFor() throws {
    let one = try confsched(
      ["timetable", "--data", xml, "--day", "2024-12-28", "--room", "Saal 1"],
      environment: ["COLUMNS": "100"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdout.contains("Fearsome File Formats"))
    #expect(one.stdout.contains("Saal 1"))
    #expect(!one.stdout.contains("Saal GLITCH"))
    let halls = try confsched(
      ["timetable", "--data", xml, "--day", "2024-12-28", "--room", "saal", "--json"])
    #expect(halls.status == 0, "\(halls.stderr)")
    #expect(halls.stdout.contains("Saal GLITCH"))
    #expect(!halls.stdout.contains("Stage HUFF"))
    let typo = try confsched(["timetable", "--data", xml, "--room", "saal1"])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("Did you mean 'Saal 1'?"))
  }

  @Test func describesTheConferenceAsTheFileDoes() throws {
    let run = try confsched(["sources", "--data", xml, "--json"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains(#""id": "38c3""#))
    #expect(run.stdout.contains(#""title": "38C3""#))
    #expect(run.stdout.contains(#""timeZone": "Europe/Berlin""#))
    #expect(run.stdout.contains(#""firstDay": "2024-12-27""#))
    #expect(run.stdout.contains(#""lastDay": "2024-12-30""#))
  }

  @Test func findsAnEventByItsGUID() throws {
    let run = try confsched(["show", "270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "--data", xml])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("38C3: Opening Ceremony"))
  }

  @Test(arguments: ["frab-camp2019.json", "pretalx-democon.json"])
  func readsTheJSONFiles(_ name: String) throws {
    let run = try confsched(["list", "--data", Self.fixtures + name, "--json", "--family", "frab"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try events(run).count == (name.hasPrefix("frab") ? 79 : 36))
  }

  @Test func checksDemoConsDisagreeingStartsWithTheLine() throws {
    let path = Self.fixtures + "pretalx-democon.json"
    let run = try confsched(["check", path])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "\(path):36:15: warning: the start 09:00 disagrees with the date 2020-12-14T09:00:00+01:00, which is 08:00 in UTC; the time follows the date (and 35 more events alike)"
      ))
  }

  @Test func takesTheZoneOfAPentabarfFileFromTheOption() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("penta.xml").path
    try Data(Self.pentabarf.utf8).write(to: URL(fileURLWithPath: path))
    let plain = try confsched(["check", path])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("\(path):3:3: warning: the file names no time zone"))
    let zoned = try confsched(["list", "--data", path, "--zone", "Europe/Brussels", "--json"])
    #expect(zoned.status == 0, "\(zoned.stderr)")
    #expect(zoned.stderr.isEmpty)
    let events = try events(zoned)
    #expect(events.map { $0["timeZone"] as? String } == ["Europe/Brussels", "Europe/Brussels"])
    #expect(events.map { $0["start"] as? String } == ["10:00", "01:30"])
    #expect(events.map { $0["date"] as? String } == ["2010-02-06", "2010-02-06"])
  }

  @Test func refusesAnUnknownZoneAsAUsageError() throws {
    let run = try confsched(["list", "--data", xml, "--zone", "Europe/Berlim"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("'Europe/Berlim' is not a time zone"))
  }

  @Test(arguments: [
    (
      "cut.xml",
      "<?xml version=\"1.0\"?>\n<schedule>\n<day date=\"2024-01-01\">\n<room name=\"A\">\n<event id=\"1\">\n<title>Cut",
      "holds no schedule events: no event could be read: the file ends inside the <event> of line 5, which is left out: truncated? (line 6, column 11)"
    ),
    (
      "bad.json", "{\"schedule\": {\"conference\": {\"days\": [\n{\"date\": \"2024-01-01\",, }]}}}",
      "holds no schedule events: not valid JSON: expected a key in double quotes (line 2, column 23)"
    ),
    (
      "empty.xml", "<schedule><conference><title>Nothing</title></conference></schedule>",
      "holds no schedule events: a schedule that lists no events (line 1, column 1)"
    ),
  ])
  func refusesABrokenFileWithTheReason(_ name: String, _ text: String, _ message: String) throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    for command in [["list", "--data", path], ["check", path]] {
      let run = try confsched(command)
      #expect(run.status == 65, "\(command)")
      #expect(run.stderr == "confsched: '\(path)' \(message)\n", "\(command)")
    }
  }

  /// 100 MB in one event's description: read in one pass, in bounded time.
  @Test func readsA100MBFile() throws {
    let directory = try temporaryDirectory()
    let url = directory.appendingPathComponent("big.xml")
    let head = Self.pentabarf.replacingOccurrences(
      of: "<title>Opening</title>", with: "<title>Opening</title><description>")
    let parts = head.components(separatedBy: "<description>")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    let handle = try FileHandle(forWritingTo: url)
    try handle.write(contentsOf: Data((parts[0] + "<description>").utf8))
    let chunk = Data(String(repeating: "All work and no play. ", count: 1 << 16).utf8)
    var written = 0
    while written < 100_000_000 {
      try handle.write(contentsOf: chunk)
      written += chunk.count
    }
    try handle.write(contentsOf: Data(("</description>" + parts[1]).utf8))
    try handle.close()
    let start = ContinuousClock.now
    // The reader's time, without the --data cache (no cache directory): indexing and compiling
    // 100 MB of one description for the next run is the cache's cost, not the reader's, and
    // takes a debug build minutes.
    let run = try confsched(
      ["list", "--data", url.path, "--zone", "Europe/Brussels", "--json"],
      environment: ["XDG_CACHE_HOME": "", "HOME": ""])
    #expect(ContinuousClock.now - start < .seconds(60))
    #expect(run.status == 0, "\(run.stderr.prefix(300))")
    #expect(try events(run).count == 2)
  }

  /// A Pentabarf `schedule.xml`: no zone, no instants, a start after midnight.
  static let pentabarf = """
    <?xml version="1.0" encoding="UTF-8"?>
    <schedule>
      <conference><acronym>fosdem2010</acronym><title>FOSDEM 2010</title><city>Brussels</city></conference>
      <day date="2010-02-06" index="1">
        <room name="Janson">
          <event id="1"><start>10:00</start><duration>01:00</duration><room>Janson</room><title>Opening</title><type>keynote</type></event>
          <event id="2"><start>01:30</start><duration>00:30</duration><room>Janson</room><title>Night</title><type>party</type></event>
        </room>
      </day>
    </schedule>
    """
}
