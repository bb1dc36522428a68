import Foundation
import Testing

@testable import ConfSchedKit

/// `DumpFile.load` reads a large plain UTF-8 file straight into its string; every file that
/// needs more than validation still goes the general way, and gives what `decode` gives.
@Suite("Dump files read straight into text")
struct DumpFileTextTests {
  /// About 96 KB of cards: past the size under which the general path is always taken.
  static let cards = String(
    repeating: "A Title · Ünïcode\n\nOral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD\n\n",
    count: 1300)

  /// Loads `bytes` from a file, and decodes them as the general path does.
  func both(_ bytes: [UInt8]) throws -> (loaded: String, decoded: String, direct: String?) {
    let path = NSTemporaryDirectory() + "confsched-text-\(UUID().uuidString).txt"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let shown = { (result: Result<(DumpSource, [Diagnostic]), LoadError>) -> String in
      switch result {
      case .success(let (source, warnings)):
        return source.text + "|" + warnings.map(\.message).joined(separator: ";")
      case .failure(let error): return "refused: " + error.description
      }
    }
    let loaded = Result { () throws(LoadError) in try DumpFile.load(path) }
    let decoded = Result { () throws(LoadError) in try DumpFile.decode(bytes, name: path) }
    return (shown(loaded), shown(decoded), DumpFile.readText(path))
  }

  @Test func readsPlainUTF8AsDecodeDoes() throws {
    let bytes = Array(Self.cards.utf8)
    #expect(bytes.count > DumpFile.sampleSize)
    #expect(DumpFile.readText(NSTemporaryDirectory() + "no-such-confsched-file") == nil)
    let (loaded, decoded, direct) = try both(bytes)
    #expect(direct == Self.cards, "read straight into the string")
    #expect(loaded == Self.cards + "|")
    #expect(loaded == decoded)
  }

  /// A file past `twoThreadRead` is read in two halves at once: it must come out whole, a
  /// character cut by the halves' border included, and a bad byte in the second half must
  /// still send it the general way.
  @Test func readsALargeFileInTwoHalvesAsOne() throws {
    let text = String(repeating: Self.cards, count: DumpFile.twoThreadRead / 96_000 + 2)
    var bytes = Array(text.utf8)
    #expect(bytes.count > DumpFile.twoThreadRead)
    // A two-byte character across the middle, where the second thread starts.
    let middle = bytes.count / 2
    bytes.replaceSubrange(middle - 1..<middle + 1, with: Array("Ü".utf8))
    let whole = String(decoding: bytes, as: UTF8.self)
    #expect(try both(bytes).direct == whole)
    var bad = bytes
    bad[bytes.count - 1000] = 0xFF
    let (loaded, decoded, direct) = try both(bad)
    #expect(direct == nil)
    #expect(loaded == decoded)
  }

  /// Past `twoThreadRead`, wherever the halves' border falls in a character of two, three or
  /// four bytes, the file comes out whole.
  @Test(arguments: ["Ü", "€", "𝛉"])
  func meetsAfterACharacterTheMiddleCuts(_ character: String) throws {
    let line = "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD\n"
    let ascii = Array(
      String(repeating: line, count: DumpFile.twoThreadRead / line.utf8.count + 1000).utf8)
    let middle = ascii.count / 2
    for shift in 0..<character.utf8.count {
      var bytes = ascii
      bytes.replaceSubrange(
        middle - shift..<middle - shift + character.utf8.count, with: Array(character.utf8))
      let whole = try #require(String(validating: bytes, as: UTF8.self))
      #expect(try both(bytes).direct == whole, "\(character), \(shift) bytes before the middle")
    }
  }

  /// A bad byte or a NUL in either half sends a large file the general way.
  @Test(arguments: [UInt8(0xFF), 0x00])
  func aBadByteInEitherPartGoesTheGeneralWay(_ byte: UInt8) throws {
    let bytes = Array(
      String(repeating: Self.cards, count: DumpFile.twoThreadRead / 96_000 + 2).utf8)
    for position in [100_000, bytes.count - 100] {
      var bad = bytes
      bad[position] = byte
      let (loaded, decoded, direct) = try both(bad)
      #expect(direct == nil, "\(byte) at \(position)")
      #expect(loaded == decoded)
    }
  }

  /// Files that need more than validation, by what they hold.
  static let quirks: [(String, [UInt8])] = {
    let cards = Array(Self.cards.utf8)
    let ascii: [UInt8] = cards.filter { $0 < 0x80 }
    let utf16: [UInt8] = Self.cards.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let more: [UInt8] = Array("more\n".utf8)
    return [
      ("a byte-order mark", [0xEF, 0xBB, 0xBF] + cards),
      ("a bad byte in the middle", Array(cards.prefix(70_000)) + [0xFF] + cards),
      ("a cut character at the end", cards + [0xE2, 0x82]),
      ("Latin-1", ascii + [0xE9]),
      ("a NUL past 64 KB", cards + [0] + more),
      ("UTF-16", utf16),
      ("blank lines only", [UInt8](repeating: 0x0A, count: 100_000)),
    ]
  }()

  @Test(arguments: quirks)
  func givesWhatDecodeGives(_ quirk: String, _ bytes: [UInt8]) throws {
    let (loaded, decoded, direct) = try both(bytes)
    #expect(direct == nil, "\(quirk) goes the general way")
    #expect(loaded == decoded, "\(quirk)")
    #expect(DumpFile.readText("/dev/null") == nil)
  }
}
