import Foundation
import Testing

/// Runs of the built binary: stdout, stderr and exit status together.
@Suite("confsched end to end")
struct EndToEndTests {
  /// On a terminal, the cards wrap to its width; nothing is cut.
  @Test func searchesTheBundledData() throws {
    let run = try confschedOnTerminal(["search", "neural tangent"], columns: 100)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        54azkd  Neural Tangent Kernel: Convergence and Generalization in Neural Networks
                Spotlight · Tue Dec 4 2018 · 16:50-16:55 · Room 220 E
                also Poster · 17:00-19:00 · Room 210 & 230 AB · board 9 · rcpyps
                Arthur Jacot-Guillarmod · Clement Hongler · Franck Gabriel

        7nd3gy  On the Inductive Bias of Neural Tangent Kernels
                Poster · Thu Dec 12 2019 · 17:00-19:00 · East Exhibition Hall B + C · board 245 · Theory --
                Spaces of Functions and Kernels
                Alberto Bietti · Julien Mairal

        azk8z7  Graph Neural Tangent Kernel: Fusing Graph Neural Networks with Graph Kernels
                Poster · Wed Dec 11 2019 · 17:00-19:00 · East Exhibition Hall B + C · board 63 · Algorithms
                -- Relational Learning
                Simon Du · Kangcheng Hou · Russ Salakhutdinov · Barnabas Poczos · Ruosong Wang · Keyulu Xu

        In your notes
          neurips-2019-notes-post.txt:86  Neural Tangents: Fast and Easy Infinite Neural Networks in Python…

        """)
  }

  /// Off a terminal, whole lines, as ripgrep and git print them: a grep finds every part.
  @Test func searchInAPipePrintsWholeLines() throws {
    let run = try confsched(["search", "neural tangent"], environment: ["COLUMNS": "60"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(
      lines.contains(
        "        Poster · Wed Dec 11 2019 · 17:00-19:00 · East Exhibition Hall B + C · board 63 · Algorithms -- Relational Learning"
      ))
    #expect(
      lines.contains {
        $0.hasPrefix("  neurips-2019-notes-post.txt:86  Neural Tangents: Fast and Easy")
          && $0.hasSuffix("Checkout their paper and code!")
      })
    #expect(!run.stdout.contains("…"))
  }

  @Test func searchPrintsJSON() throws {
    let run = try confsched(["search", "gaetan", "--json"])
    #expect(run.status == 0)
    let array = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 1)
    let keys = try #require(array.first?.keys)
    #expect(
      Set(keys) == [
        "id", "kind", "title", "authors", "conference", "date", "start", "end", "timeZone",
        "startsAt", "endsAt", "assumedEnd", "room", "board", "session", "track", "language",
        "sourceIds", "abstract", "notes", "links", "alsoPresented", "source",
      ])
    #expect(array.first?["board"] as? String == "D8")
    #expect(array.first?["timeZone"] as? String == "America/Toronto")
  }

  @Test func searchWithNoMatchExitsOne() throws {
    let run = try confsched(["search", "zzzyyyxxx"])
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(run.stderr == "confsched: no events match \"zzzyyyxxx\"\n")
  }

  @Test func listsADayByKindInTimeOrder() throws {
    let run = try confsched(["list", "--day", "tue", "--kind", "oral", "--room", "220 cd"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto · all in Room 220 CD
        nhrdf4  10:05-10:20  On Neuronal Capacity
        hu3qsa  10:30-10:45  Dendritic cortical microcircuits approximate the backpropagation algorithm
        mg7h2x  15:50-16:05  Generalisation of structural knowledge in the hippocampal-entorhinal system
        fhnwy9  16:25-16:40  A probabilistic population code based on neural samples

        """)
  }

  @Test func showsAnEventWithItsOtherSlot() throws {
    let run = try confsched(["show", "54azkd"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        """
        Neural Tangent Kernel: Convergence and Generalization in Neural Networks
        Spotlight · Tuesday 4 December 2018 · 16:50-16:55 America/Toronto · Room 220 E
        id 54azkd
        """))
    #expect(
      run.stdout.contains(
        "Also presented\n  Poster, Tue Dec 4 17:00-19:00, Room 210 & 230 AB, board 9  rcpyps\n"))
    #expect(run.stdout.hasSuffix("Source: neurips-2018-12-04.txt:1967\n"))
  }

  @Test func rejectsABadOptionWithASuggestion() throws {
    let run = try confsched(["search", "gan", "--lmit", "3"])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr.hasPrefix(
        "Error: Unknown option '--lmit'. Did you mean '--limit'?\nUsage: confsched search"))
    #expect(run.stderr.hasSuffix("  See 'confsched search --help' for more information.\n"))
  }

  @Test func rejectsAMistypedCommand() throws {
    let run = try confsched(["serch", "gan"])
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("Error: Unknown command 'serch'. Did you mean 'search'?\n"))
  }

  @Test func reportsAMissingFile() throws {
    let run = try confsched(["search", "gan", "--data", "no-such-dump.txt"])
    #expect(run.status == 66)
    #expect(run.stdout == "")
    #expect(run.stderr == "confsched: cannot open 'no-such-dump.txt': No such file or directory\n")
  }

  @Test func readsAUsersOwnDumpAndChecksIt() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("mine.txt")
    try """
    My Talk

    Oral | Wed Dec 5th 99:99 -- 10:20 AM @ Room 1

    Ada Lovelace

    An abstract.
    """.write(to: file, atomically: true, encoding: .utf8)
    let search = try confsched(["search", "talk", "--data", file.path])
    #expect(search.status == 0)
    #expect(search.stdout.contains("My Talk"))
    #expect(
      search.stderr == "confsched: \(file.path): 1 warning; see 'confsched check \(file.path)'\n")
    let check = try confsched(["check", "mine.txt"], directory: directory)
    #expect(check.status == 0)
    #expect(
      check.stdout
        == "mine.txt:3:20: warning: '99:99' is not a time of day\nmine.txt: 1 event, 1 warning\n")
  }

  @Test func helpFollowsArgumentParserLayout() throws {
    let run = try confsched(["help", "list"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        "OVERVIEW: List events by day in time order, with filters.\n\nUSAGE: confsched list [--day <day> ...]"
      ))
    #expect(run.stdout.contains("\nOPTIONS:\n  --day <day>"))
    #expect(run.stdout.contains("  -h, --help              Show help information.\n"))
    #expect(try confsched(["list", "--help"]).stdout == run.stdout)
  }
}

@Suite("confsched output formats end to end")
struct OutputFormatEndToEndTests {
  @Test func listsInEveryFormat() throws {
    let filters = ["list", "--day", "tue", "--kind", "oral", "--room", "220 cd"]
    let csv = try confsched(filters + ["--format", "csv"])
    #expect(csv.status == 0)
    #expect(
      csv.stdout.hasPrefix(
        "id,kind,title,authors,conference,date,start,end,timeZone,startsAt,endsAt,assumedEnd,room,board,session,track,language,sourceIds,abstract,notes,links,alsoPresented,source\r\n"
      ))
    #expect(csv.stdout.split(separator: "\r\n").count >= 5)
    let markdown = try confsched(filters + ["--format", "md"])
    #expect(markdown.stdout.contains("On Neuronal Capacity"))
    #expect(markdown.stdout.hasPrefix("## ") || markdown.stdout.hasPrefix("# "))
    let ics = try confsched(filters + ["--format", "ics"])
    #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
    let bad = try confsched(filters + ["--format", "xml"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.hasPrefix("Error: 'xml' is not a format; use table, json, csv, tsv, md or ics.\n"))
  }

  @Test func writesSearchResultsToAFileAtomically() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("results.json").path
    let run = try confsched(["search", "neural tangent", "--json", "-o", path])
    #expect(run.status == 0)
    #expect(run.stdout == "")
    let array = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    #expect((array as? [Any])?.count == 4)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["results.json"])
  }
}

@Suite("The CLI as a whole")
struct CLITests {
  @Test func rootHelpGroupsTheCommandsOneLineEach() throws {
    let run = try confsched(["--help"], environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "\nFIND AND READ:\n  search                  Search papers and talks, best matches first.\n"
      ))
    #expect(run.stdout.contains("\nPLAN THE DAYS:\n"))
    // Every command's line fits in 80 columns.
    let commandLines = run.stdout.split(separator: "\n").filter {
      $0.hasPrefix("  ") && !$0.hasPrefix("   ")
    }
    #expect(commandLines.allSatisfy { $0.count <= 80 })
    #expect(
      run.stdout.contains(
        "EXAMPLES:\n  confsched search \"neural tangent\"\n  confsched list --day tue --kind oral\n"
      ))
    #expect(try confsched(["--version"]).stdout.hasPrefix("confsched "))
  }

  @Test func aPipeClosedEarlyEndsQuietly() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "\"$0\" list | head -1", confschedURL.path]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(
      stdout == "Tuesday 4 December 2018 · NeurIPS 2018, Montréal · times in America/Toronto\n")
    #expect(stderr == "")
  }
}
