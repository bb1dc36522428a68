import Foundation
import Testing

@Suite("Several dumps end to end")
struct SourcesEndToEndTests {
  @Test func listsTheBundledSources() throws {
    let run = try confsched(["sources"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("FILE") == true)
    #expect(
      lines.contains {
        $0.hasPrefix("neurips-2018-12-04.txt") && $0.contains("card") && $0.contains("409")
          && $0.contains("  1 warning  ")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("neurips-2019-12-10-tuesday-notes.md") && $0.contains("notes")
          && $0.contains("17") && $0.contains("  2 warnings  ")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("neurips-2019-posters-schedule-page.html") && $0.contains("1428")
      })
    let json = try confsched(["sources", "--json"])
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(
      array.compactMap { $0["family"] as? String } == [
        "card", "notes", "reading-list", "reading-list", "page",
      ])
    #expect(array.compactMap { $0["mentions"] as? Int } == [0, 0, 72, 23, 0])
  }

  @Test func narrowsByConferenceOrYear() throws {
    let byYear = try confsched(["list", "--kind", "oral", "--year", "2019", "--json"])
    let byID = try confsched(["list", "--kind", "oral", "--conference", "neurips-2019", "--json"])
    #expect(byYear.status == 0)
    #expect(byYear.stdout == byID.stdout)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(byYear.stdout.utf8)) as? [[String: Any]])
    #expect(events.count == 3)
    #expect(events.allSatisfy { ($0["date"] as? String)?.hasPrefix("2019-") == true })
    let unknown = try confsched(["list", "--conference", "icml-2019"])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr
        == "confsched: no loaded conference is 'icml-2019'; loaded: neurips-2018, neurips-2019\n")
  }

  @Test func loadsTheGoodFilesAndSaysWhichWereSkipped() throws {
    let directory = try temporaryDirectory()
    func file(_ name: String, _ data: Data) throws -> String {
      let url = directory.appendingPathComponent(name)
      try data.write(to: url)
      return name
    }
    let card = """
      Talk About Tangents\r
      \r
      Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD\r
      \r
      Ada Lovelace\r
      \r
      An abstract about tangent kernels.\r
      \r
      A Card Cut Short\r
      \r
      Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1\r
      \r
      Alan Tur
      """
    let good = try file("good-crlf.txt", Data(("\u{FEFF}" + card).utf8))
    let empty = try file("empty.txt", Data())
    let binary = try file("binary.bin", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3, 0, 0]))
    let utf16 = try file(
      "utf16.txt", card.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 } ?? Data())
    let unknown = try file("shopping.txt", Data("Eggs, milk, bread.\nMore eggs.\n".utf8))
    let latin1 = try file(
      "latin1.txt",
      Data(
        card.replacingOccurrences(of: "Ada Lovelace", with: "Gaëtan Hadjeres").data(
          using: .isoLatin1) ?? Data()))
    let run = try confsched(
      [
        "list", "--data", good, "--data", empty, "--data", binary, "--data", utf16, "--data",
        unknown, "--data", latin1,
      ],
      directory: directory)
    #expect(run.status == 65)
    #expect(run.stdout.contains("Talk About Tangents"))
    #expect(run.stdout.contains("A Card Cut Short"))
    let errors = run.stderr.split(separator: "\n").map(String.init)
    #expect(errors.contains("confsched: 'empty.txt' is empty"))
    #expect(
      errors.contains("confsched: 'binary.bin' is not a text dump: it looks like a binary file"))
    #expect(
      errors.contains(
        "confsched: 'utf16.txt' is not a text dump: it is UTF-16; convert it with 'iconv -f UTF-16 -t UTF-8'"
      ))
    #expect(
      errors.contains {
        $0.hasPrefix(
          "confsched: 'shopping.txt' holds no schedule events: not a schedule dump confsched knows")
      })
    #expect(errors.contains("confsched: latin1.txt: 1 warning; see 'confsched check latin1.txt'"))
    let check = try confsched(["check", latin1], directory: directory)
    #expect(
      check.stdout.hasPrefix("latin1.txt:5:3: warning: the file is not UTF-8; read it as Latin-1\n")
    )
    let show = try confsched(["search", "hadjeres", "--data", latin1], directory: directory)
    #expect(show.stdout.contains("Gaëtan Hadjeres"))
  }

  @Test func forcesAFamily() throws {
    let run = try confsched(["list", "--family", "notes", "--data", "/dev/null"])
    #expect(run.status == 65)
    let bad = try confsched(["list", "--family", "poem"])
    #expect(bad.status == 64)
    #expect(bad.stderr.hasPrefix("Error: 'poem' is not a family. Families: "))
    let named = bad.stderr.split(separator: "\n").first ?? ""
    for family in [
      "ical", "frab", "virtual-site", "page", "card", "schedule-table", "notes", "reading-list",
    ] {
      #expect(named.contains(" \(family),") || named.contains(" \(family)."), "\(family)")
    }
  }
}

@Suite("Poster sessions")
struct SessionFilterTests {
  @Test func filtersBySessionAndSearchesIt() throws {
    let run = try confsched(["list", "--session", "adversarial learning", "--json"])
    #expect(run.status == 0)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(!events.isEmpty)
    let sessions = Set(events.compactMap { $0["session"] as? String })
    #expect(sessions.contains("Algorithms -- Adversarial Learning"))
    #expect(
      sessions.allSatisfy {
        $0.lowercased().contains("adversarial") && $0.lowercased().contains("learning")
      })
    // The session's words are searchable too.
    let search = try confsched([
      "search", "adversarial learning", "--kind", "poster", "--json", "--limit", "0",
    ])
    let hits = try #require(
      try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
    #expect(
      Set(events.compactMap { $0["id"] as? String }).isSubset(
        of: Set(hits.compactMap { $0["id"] as? String })))
  }
}
