import Foundation
import Testing

/// `sources add` keeps a copy of each original byte for byte, whether the file was read
/// straight into its text (a large plain UTF-8 file) or as bytes to decode (a byte-order mark,
/// Latin-1), and reads both the same.
@Suite("Added sources' copies")
struct AddedSourcesCopyTests {
  static let tuesday = packageRoot + "/Data/neurips-2018-12-04.txt"

  @Test(arguments: [
    ("plain", [UInt8]()), ("bom", [0xEF, 0xBB, 0xBF]),
  ])
  func keepsTheOriginalByteForByte(_ name: String, _ lead: [UInt8]) throws {
    let home = try AddedSourcesEndToEndTests.Home()
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.tuesday)))
    #expect(original.count > 64 * 1024, "large enough to be read straight into text")
    let bytes = lead + original
    try Data(bytes).write(to: home.directory.appendingPathComponent("\(name).txt"))
    let add = try home.run(["sources", "add", "\(name).txt"])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.hasPrefix("Added \(name).txt as '\(name)': 409 events"))
    let copy = FileManager.default.contents(
      atPath: home.sources.appendingPathComponent("\(name).original.txt").path)
    #expect(copy == Data(bytes))
    #expect(try home.ids().count == 409)
  }
}
