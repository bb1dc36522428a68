import Foundation
import Testing

/// A file no reader takes is refused by name with what it seems to be, by every command that
/// reads it, with exit 65: never "0 events" and success.
@Suite("Refused files end to end")
struct RefusalEndToEndTests {
  static let fixtures = packageRoot + "/Tests/Fixtures/"

  /// Every shared real file of a structured form has a reader now; these are the structured
  /// files that stay refused, with what they seem to be.
  @Test(arguments: [
    (
      ["list", "--data"], "feed.xml", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n",
      "XML whose root is <rss>"
    ),
    (["check"], "talks.json", "[{\"id\": 1}, {\"id\": 2}]\n", "JSON that is not a schedule"),
    (["search", "neural", "--data"], "notes.rtf", "{\\rtf1\\ansi Hello}\n", "an RTF document"),
  ])
  func refusesStructuredFilesByName(
    _ command: [String], _ name: String, _ content: String, _ reason: String
  ) throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(name).path
    try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    let run = try confsched(command + [path])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("'\(path)' holds no schedule events: \(reason)"), "\(run.stderr)")
  }

  @Test func refusesAnHTMLPageWithNoCardsByName() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("page.html").path
    try Data("<!DOCTYPE html>\n<html><body><div><p>No events here.</p></div></body></html>\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let run = try confsched(["search", "neural", "--data", path])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("'\(path)' holds no schedule events: an HTML page"))
  }

  @Test func refusesAFileWithNothingInIt() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("prose.txt").path
    try Data("Just a sentence about the conference, with no titles in it.\n".utf8).write(
      to: URL(fileURLWithPath: path))
    for command in [["check", path], ["sources", "--data", path], ["list", "--data", path]] {
      let run = try confsched(command)
      #expect(run.status == 65, "\(command)")
      #expect(run.stderr.contains("'\(path)' holds no schedule events"), "\(command)")
    }
  }

  /// The start of an executable has runs of zeros like UTF-16, but no text between them.
  @Test func callsTheStartOfAnExecutableBinary() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("x.txt").path
    let head = try Data(contentsOf: confschedURL).prefix(4096)
    try head.write(to: URL(fileURLWithPath: path))
    let run = try confsched(["check", path])
    #expect(run.status == 65)
    #expect(run.stderr == "confsched: '\(path)' is not a text dump: it looks like a binary file\n")
  }
}
