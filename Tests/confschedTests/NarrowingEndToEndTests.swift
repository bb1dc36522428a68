import Foundation
import Testing

/// `--year` and `--conference` narrow the user's notes too: a reading list about NeurIPS 2019
/// is not searched when only 2018 is wanted.
@Suite("Narrowing notes end to end")
struct NarrowingEndToEndTests {
  @Test func narrowsTheReadingListsByTheirConference() throws {
    let wide = try confsched(["search", "muzero"])
    #expect(wide.status == 0)
    #expect(wide.stdout.contains("neurips-2019-blog-reading-list.md:59"))
    let only2019 = try confsched(["search", "muzero", "--year", "2019"])
    #expect(only2019.stdout.contains("neurips-2019-blog-reading-list.md:59"))
    let only2018 = try confsched(["search", "muzero", "--year", "2018"])
    #expect(only2018.status == 1)
    #expect(!only2018.stdout.contains("reading-list"))
    let sources = try confsched(["sources", "--conference", "neurips-2018", "--json"])
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [[String: Any]])
    #expect(array.compactMap { $0["file"] as? String } == ["neurips-2018-12-04.txt"])
  }
}
