import Foundation
import Testing

/// The itinerary through the built binary: add, conflicts, export, and the file's safety.
@Suite("confsched itinerary end to end")
struct ItineraryEndToEndTests {
  @Test func listsAndExportsADayOrAWindow() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "nhrdf4", "mg7h2x", "rvbac4", "--itinerary", file])
    let afternoon = try confsched(
      ["itinerary", "--itinerary", file, "--day", "Tue Dec 4 2018", "--from", "3pm"])
    #expect(afternoon.status == 0)
    #expect(afternoon.stdout.contains("mg7h2x") && !afternoon.stdout.contains("nhrdf4"))
    #expect(!afternoon.stdout.contains("rvbac4"))
    let export = try confsched(
      ["itinerary", "export", "--itinerary", file, "--day", "2019-12-10"])
    #expect(export.stdout.components(separatedBy: "BEGIN:VEVENT").count == 2)
    #expect(export.stdout.contains("UID:rvbac4@confsched"))
    let none = try confsched(["itinerary", "--itinerary", file, "--day", "2018-12-05"])
    #expect(none.status == 1)
    #expect(none.stderr == "confsched: no entry of the itinerary is in that day or window\n")
  }

  /// A talk the notes give a start only lasts until the next one in its room, 30 minutes at
  /// most, in the itinerary, its JSON and its calendar alike; a day without a time is an
  /// all-day entry.
  @Test func oneRuleForAStartWithoutAnEnd() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    let spotlights = try confsched(["list", "--day", "2019-12-10", "--kind", "spotlight", "--json"])
    let untimed = try #require(
      (try JSONSerialization.jsonObject(with: Data(spotlights.stdout.utf8)) as? [[String: Any]])?
        .first?["id"] as? String)
    _ = try confsched(["itinerary", "add", "rvbac4", "uk65yv", untimed, "--itinerary", file])
    let list = try confsched(["itinerary", "--itinerary", file])
    #expect(list.stdout.contains("  rvbac4  16:10-~16:40  Oral  "))
    #expect(list.stdout.contains("          · 10 min free\n"))
    #expect(
      list.stdout.hasSuffix(
        "\n~ end not given: until the next event in its room, 30 minutes at most\n"))
    let json = try confsched(["itinerary", "--itinerary", file, "--json"])
    #expect(json.stdout.contains(#""end" : null"#) || json.stdout.contains(#""end": null"#))
    #expect(
      json.stdout.contains(#""assumedEnd": "16:40""#)
        || json.stdout.contains(#""assumedEnd" : "16:40""#))
    let ics = try confsched(["itinerary", "export", "--itinerary", file])
    #expect(ics.status == 0, "\(ics.stderr)")
    #expect(
      ics.stdout.contains(
        "DTSTART;TZID=America/Vancouver:20191210T161000\r\nDTEND;TZID=America/Vancouver:20191210T164000\r\n"
      ))
    #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20191210\r\nDTEND;VALUE=DATE:20191211\r\n"))
    #expect(ics.stderr == "")
  }

  /// An all-day demonstration overlaps everything but blocks nothing: the clashes and their
  /// ways out stay as they were, and the demonstration is said to run alongside.
  @Test func aWalkInIsNotAClash() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched([
      "itinerary", "add", "nhrdf4", "tad7rj", "mg7h2x", "34byzr", "--itinerary", file,
    ])
    let before = try confsched(["itinerary", "conflicts", "--itinerary", file])
    #expect(before.stdout.hasPrefix("2 clashes\n"))
    let add = try confsched(["itinerary", "add", "cszeva", "--itinerary", file])
    #expect(add.status == 0)
    #expect(
      add.stderr
        == "note: cszeva is a walk-in demonstration (10:45-19:30): it runs alongside 2 events of the itinerary, which is not a clash\n"
    )
    let after = try confsched(["itinerary", "conflicts", "--itinerary", file])
    #expect(after.stdout.hasPrefix("2 clashes\n"))
    #expect(after.stdout.components(separatedBy: "resolve by seeing").count == 5)
    #expect(
      after.stdout.contains(
        "\nWalk-in, alongside other events (not clashes: drop in between them)\n"))
    #expect(after.stdout.contains("    overlaps 2 events: mg7h2x, 34byzr\n"))
    let list = try confsched(["itinerary", "--itinerary", file])
    #expect(list.stdout.contains("walk-in: alongside 2 events, not a clash\n"))
    let json = try confsched(["itinerary", "conflicts", "--json", "--itinerary", file])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let walkIns = try #require(object["walkIns"] as? [[String: Any]])
    #expect(walkIns.first?["id"] as? String == "cszeva")
    #expect(walkIns.first?["alongside"] as? [String] == ["mg7h2x", "34byzr"])
  }

  @Test func addWarnsAtOnceAndConflictsOfferThePosterTwin() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("plan.json").path
    let first = try confsched(["itinerary", "add", "nhrdf4", "--itinerary", file])
    #expect(first.status == 0)
    #expect(first.stdout == "added nhrdf4  Oral  Tue Dec 4  10:05-10:20  On Neuronal Capacity\n")
    #expect(first.stderr == "")
    // Another oral at the same time: the warning comes at once, with the way out.
    let second = try confsched(["itinerary", "add", "tad7rj", "--itinerary", file])
    #expect(second.status == 0)
    #expect(
      second.stderr.hasPrefix(
        "warning: tad7rj clashes with nhrdf4 Oral 10:05-10:20 'On Neuronal Capacity'\n"))
    #expect(
      second.stderr.contains(
        "resolve by seeing 'On the Dimensionality of Word Embedding' at its poster instead of its oral: Poster, Tue Dec 4 10:45-12:45, Room 210 & 230 AB, board 101 (9nsdrf)"
      ))
    // Two clashing events added together: the clash is reported once, not once per side.
    let together = try confsched(
      ["itinerary", "add", "nhrdf4", "tad7rj", "--itinerary", file + ".2"])
    #expect(together.stderr.components(separatedBy: "clashes with").count == 2)
    let conflicts = try confsched(["itinerary", "conflicts", "--itinerary", file])
    #expect(conflicts.status == 0)
    #expect(conflicts.stdout.hasPrefix("1 clash\n\nTue Dec 4 2018, 10:05-10:20\n"))
    #expect(conflicts.stdout.contains("board 142  fmqjdg\n"))
    let json = try confsched(["itinerary", "conflicts", "--itinerary", file, "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let clashes = try #require(object["clashes"] as? [[String: Any]])
    #expect(clashes.count == 1)
    let goTo = (clashes[0]["resolutions"] as? [[String: Any]])?.compactMap { $0["goTo"] as? String }
    #expect(goTo == ["fmqjdg", "9nsdrf"])
  }

  @Test func exportsTheSameUIDsTwiceAndRefusesBadTargets() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("plan.json").path
    _ = try confsched(["itinerary", "add", "54azkd", "fmqjdg", "--itinerary", file])
    let ics = directory.appendingPathComponent("neurips.ics").path
    let export = try confsched([
      "itinerary", "export", "--itinerary", file, "-o", ics, "--alarm", "10m",
    ])
    #expect(export.status == 0)
    #expect(export.stdout == "")
    let first = try String(contentsOfFile: ics, encoding: .utf8)
    #expect(first.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(first.contains("UID:54azkd@confsched\r\n"))
    #expect(first.contains("DTSTART;TZID=America/Toronto:20181204T165000\r\n"))
    #expect(first.contains("TRIGGER:-PT10M\r\n"))
    _ = try confsched(["itinerary", "export", "--itinerary", file, "-o", ics])
    let second = try String(contentsOfFile: ics, encoding: .utf8)
    let uids = { (text: String) in text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
    #expect(uids(first) == uids(second))
    // A directory, a missing directory: refused, nothing written.
    let toDirectory = try confsched([
      "itinerary", "export", "--itinerary", file, "-o", directory.path,
    ])
    #expect(toDirectory.status == 73)
    #expect(
      toDirectory.stderr == "confsched: cannot create '\(directory.path)': it is a directory\n")
    let missing = directory.appendingPathComponent("no/such/dir/plan.ics").path
    let toMissing = try confsched(["itinerary", "export", "--itinerary", file, "-o", missing])
    #expect(toMissing.status == 73)
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  @Test func leavesACorruptFileByteForByte() throws {
    let directory = try temporaryDirectory()
    let url = directory.appendingPathComponent("plan.json")
    let corrupt = Data("{\"version\": 1, \"entries\": [\n  {\"id\": \"nhrdf4\",,}\n]}\n".utf8)
    try corrupt.write(to: url)
    let add = try confsched(["itinerary", "add", "54azkd", "--itinerary", url.path])
    #expect(add.status == 65)
    #expect(add.stderr.hasPrefix("confsched: \(url.path):2:19: "))
    #expect(try Data(contentsOf: url) == corrupt)
    let list = try confsched(["itinerary", "--itinerary", url.path])
    #expect(list.status == 65)
    let clear = try confsched(["itinerary", "clear", "--yes", "--itinerary", url.path])
    #expect(clear.status == 65)
    // The hint names the file it came from, so it works as given.
    #expect(
      clear.stderr.hasSuffix(
        "run: confsched itinerary clear --force --yes --itinerary \(url.path)\n"))
    let hinted = try confsched(
      ["itinerary", "clear", "--force", "--yes", "--itinerary", url.path])
    #expect(hinted.status == 0)
    try corrupt.write(to: url)
    #expect(try Data(contentsOf: url) == corrupt)
    // Only a deliberate --force replaces it; without --yes and a terminal, nothing happens.
    let unconfirmed = try confsched(["itinerary", "clear", "--force", "--itinerary", url.path])
    #expect(unconfirmed.status == 64)
    #expect(try Data(contentsOf: url) == corrupt)
    let forced = try confsched(["itinerary", "clear", "--force", "--yes", "--itinerary", url.path])
    #expect(forced.status == 0)
    #expect(try String(contentsOf: url, encoding: .utf8).contains("\"entries\": []"))
  }

  @Test func fiftyConcurrentAddsAllLand() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("plan.json").path
    let ids = try confsched(["list", "--kind", "poster", "--json"]).stdout
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(ids.utf8)) as? [[String: Any]])
    let chosen = array.prefix(50).compactMap { $0["id"] as? String }
    #expect(chosen.count == 50)
    var processes: [Process] = []
    for id in chosen {
      let process = Process()
      process.executableURL = confschedURL
      process.arguments = ["itinerary", "add", id, "--itinerary", file]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      processes.append(process)
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
    let entries = try #require((saved as? [String: Any])?["entries"] as? [[String: Any]])
    #expect(Set(entries.compactMap { $0["id"] as? String }) == Set(chosen))
  }

  @Test func aFailedWriteLeavesTheFileAndNoLitter() throws {
    let directory = try temporaryDirectory()
    let url = directory.appendingPathComponent("plan.json")
    _ = try confsched(["itinerary", "add", "nhrdf4", "--itinerary", url.path])
    let before = try Data(contentsOf: url)
    // A file-size limit smaller than the new file makes the write fail as a full disk does.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "ulimit -f 1 && exec \"$0\" itinerary add 54azkd fmqjdg tad7rj --itinerary \"$1\"",
      confschedURL.path, url.path,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 74)
    #expect(message == "confsched: cannot write '\(url.path)': File too large\n")
    #expect(try Data(contentsOf: url) == before)
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(left == ["plan.json", "plan.json.lock"])
  }
}
