import Testing

@testable import ConfSchedKit

/// File names as bytes: what a string made from a name gives back to the system.
@Suite("Path bytes")
struct PathBytesTests {
  func roundTrip(_ bytes: [UInt8]) -> (text: String, back: [UInt8]) {
    let text = bytes.withUnsafeBufferPointer { PathBytes.string(from: $0) }
    return (text, PathBytes.cString(text).dropLast().map { UInt8(bitPattern: $0) })
  }

  @Test(arguments: [
    Array("plain.md".utf8),
    Array("café/Gaëtan ✓.md".utf8),
    Array("caf".utf8) + [0xE9] + Array(".md".utf8),  // Latin-1
    [0xFF, 0xFE, 0x80, 0xC3],  // no UTF-8 at all, a lead byte cut off at the end
    [0xED, 0xA0, 0x80],  // an encoded surrogate
    [0xC0, 0xAF],  // an overlong slash
    [0xF4, 0x8F, 0xBE, 0x80, 0x2E],  // U+10FF80, the escape block's own first scalar
    [0xF4, 0x8F, 0xBF, 0xBF],  // U+10FFFF
  ])
  func givesBackEveryNameExactly(_ bytes: [UInt8]) {
    #expect(roundTrip(bytes).back == bytes)
  }

  @Test func keepsValidNamesAsTheyAreAndShowsStrayBytes() {
    #expect(roundTrip(Array("Gaëtan.md".utf8)).text == "Gaëtan.md")
    let latin = roundTrip(Array("caf".utf8) + [0xE9] + Array(".md".utf8)).text
    #expect(latin.unicodeScalars.count == 7)
    #expect(PathBytes.displayed(latin) == "caf\\xE9.md")
    #expect(PathBytes.displayed("cannot open '\(latin)'") == "cannot open 'caf\\xE9.md'")
    #expect(PathBytes.displayed("Gaëtan") == "Gaëtan")
  }
}
