import Testing

@testable import ConfSchedKit

/// What `DumpFile.decode` refuses, and how it names it.
@Suite("Dump file encodings")
struct DumpFileEncodingTests {
  static let text = "Oral | Tue Dec 4th 10:05 -- 10:20 AM @ Room 220 CD\n\nA Title\n"

  func refusal(_ bytes: [UInt8]) -> String? {
    do {
      _ = try DumpFile.decode(bytes, name: "f.txt")
      return nil
    } catch {
      return error.description
    }
  }

  static func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.unicodeScalars.flatMap { scalar in
      let value = scalar.value
      let bytes = [value & 0xFF, (value >> 8) & 0xFF, (value >> 16) & 0xFF, value >> 24].map {
        UInt8($0)
      }
      return bigEndian ? bytes.reversed() : bytes
    }
  }

  @Test func namesUTF32WithTheByteOrderIconvNeeds() {
    let hint = { (name: String) in
      "'f.txt' is not a text dump: it is UTF-32; convert it with 'iconv -f \(name) -t UTF-8'"
    }
    let little = Self.utf32(Self.text, bigEndian: false)
    let big = Self.utf32(Self.text, bigEndian: true)
    #expect(refusal([0xFF, 0xFE, 0, 0] + little) == hint("UTF-32"))
    #expect(refusal([0, 0, 0xFE, 0xFF] + big) == hint("UTF-32"))
    #expect(refusal(little) == hint("UTF-32LE"))
    #expect(refusal(big) == hint("UTF-32BE"))
    // UTF-16 is still UTF-16.
    let units: [UInt8] = Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let utf16: [UInt8] = [0xFF, 0xFE] + units
    #expect(refusal(utf16)?.contains("it is UTF-16") == true)
  }

  @Test func refusesANULAnywhere() {
    let lines = Array(String(repeating: Self.text, count: 2000).utf8)
    #expect(lines.count > 1 << 16)
    #expect(refusal(lines) == nil)
    let late = Array(lines[..<100_000]) + [0] + Array(lines[100_000...])
    #expect(refusal(late) == "'f.txt' is not a text dump: it looks like a binary file")
  }

  /// Without a byte-order mark iconv reads UTF-16 as big-endian: the order found is named.
  @Test func namesUTF16WithTheByteOrderIconvNeeds() {
    let hint = { (name: String) in
      "'f.txt' is not a text dump: it is UTF-16; convert it with 'iconv -f \(name) -t UTF-8'"
    }
    let little: [UInt8] = Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = Self.text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(refusal(little) == hint("UTF-16LE"))
    #expect(refusal(big) == hint("UTF-16BE"))
    #expect(refusal([0xFE, 0xFF] + big) == hint("UTF-16"))
  }
}
