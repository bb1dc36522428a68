import Foundation
import Testing

/// A compiled schedule names the binary that wrote it, by version and build id: one written by
/// another build of the same version (readers changed, version not) is compiled again from its
/// original, never shown as the old reading.
@Suite("Compiled files of other builds")
struct CompiledBuildEndToEndTests {
  typealias Home = AddedSourcesEndToEndTests.Home

  /// The `build:` line of a compiled file, and the build id in it.
  static func buildLine(_ file: URL) throws -> (line: String, id: String) {
    let text = String(decoding: try Data(contentsOf: file).prefix(400), as: UTF8.self)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("build: ") })
    // `build: 0.1.0+82e9cbe3f44dc89e confsched-snapshot-8`
    let version = try #require(line.split(separator: " ").dropFirst().first)
    let id = try #require(version.split(separator: "+").last)
    return (String(line), String(id))
  }

  @Test func theBuildLineCarriesTheBuildID() throws {
    let home = try Home()
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let (line, id) = try Self.buildLine(home.compiled)
    #expect(line.hasPrefix("build: 0.1.0+"))
    #expect(id.count == 16 && id.allSatisfy(\.isHexDigit), "\(line)")
  }

  @Test func anAddedSourceCompiledByAnotherBuildIsCompiledAgain() throws {
    let home = try Home()
    #expect(try home.run(["sources", "add", "mon.md"]).status == 0)
    let good = try home.ids()
    let (line, id) = try Self.buildLine(home.compiled)
    let other = String(repeating: "0", count: id.count)
    var bytes = try Data(contentsOf: home.compiled)
    let old = Data(line.utf8)
    let range = try #require(bytes.range(of: old))
    bytes.replaceSubrange(range, with: Data(line.replacingOccurrences(of: id, with: other).utf8))
    try bytes.write(to: home.compiled)
    let run = try home.run(["list", "--json"])
    #expect(run.status == 0)
    #expect(run.stderr.contains("it was written by another confsched (0.1.0+\(other) "))
    #expect(try home.ids() == good)
    #expect(try Self.buildLine(home.compiled).id == id)
  }

  @Test func aDataRunCachedByAnotherBuildIsCompiledAgain() throws {
    let home = try Home()
    let arguments = ["list", "--data", "mon.md", "--json"]
    let first = try home.run(arguments)
    #expect(first.status == 0)
    let cache = home.directory.appendingPathComponent("cache/confsched")
    let names = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    let name = try #require(names.first { $0.hasSuffix(".confsched") })
    let file = cache.appendingPathComponent(name)
    let (line, id) = try Self.buildLine(file)
    var bytes = try Data(contentsOf: file)
    let range = try #require(bytes.range(of: Data(line.utf8)))
    let forged = line.replacingOccurrences(of: id, with: String(repeating: "f", count: id.count))
    bytes.replaceSubrange(range, with: Data(forged.utf8))
    try bytes.write(to: file)
    let again = try home.run(arguments)
    #expect(again.status == 0)
    #expect(again.stdout == first.stdout)
    #expect(try Self.buildLine(file).id == id)
  }
}
