/// A cursor over a byte range with small reading verbs; copy it to backtrack.
struct ByteScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index: Int
  let end: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    self.bytes = bytes
    self.index = range.lowerBound
    self.end = range.upperBound
  }

  var isAtEnd: Bool { index >= end }
  var peek: UInt8? { index < end ? bytes[index] : nil }

  func peek(at offset: Int) -> UInt8? {
    index + offset < end ? bytes[index + offset] : nil
  }

  /// Skips spaces and tabs; returns how many.
  @discardableResult
  mutating func skipSpaces() -> Int {
    let start = index
    while index < end, bytes[index].isSpaceOrTab { index += 1 }
    return index - start
  }

  /// Reads a run of ASCII letters.
  mutating func readLetters() -> Range<Int> {
    let start = index
    while index < end, bytes[index].isASCIILetter { index += 1 }
    return start..<index
  }

  /// Reads up to `maxDigits` decimal digits as a number.
  mutating func readNumber(maxDigits: Int = 4) -> Int? {
    var value = 0
    var digits = 0
    while index < end, bytes[index].isDigit, digits < maxDigits {
      value = value * 10 + Int(bytes[index] - 0x30)
      index += 1
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  /// Consumes one byte when it is `byte`.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard index < end, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// Consumes `literal` when the bytes start with it, ignoring ASCII case.
  mutating func consume(caseInsensitive literal: String) -> Bool {
    var probe = index
    for byte in literal.utf8 {
      guard probe < end, bytes[probe].lowercasedASCII == byte.lowercasedASCII else { return false }
      probe += 1
    }
    index = probe
    return true
  }

  /// Lowercase day names, Sunday first.
  static let weekdayNames = Weekday.allCases.map { Array($0.name.lowercased().utf8) }
  /// Lowercase month names, January first.
  static let monthNames = Month.names.map { Array($0.lowercased().utf8) }

  /// The index of the name that the letters in `range` begin (three letters at least, any
  /// case): `Tue` and `tues` are Tuesday. No allocation.
  func nameIndex(_ range: Range<Int>, in names: [[UInt8]]) -> Int? {
    guard range.count >= 3 else { return nil }
    search: for (index, name) in names.enumerated() where range.count <= name.count {
      var offset = 0
      for position in range {
        if bytes[position].lowercasedASCII != name[offset] { continue search }
        offset += 1
      }
      return index
    }
    return nil
  }

  /// The letters in a range, lowercased, for comparing words.
  func lowercasedText(_ range: Range<Int>) -> String {
    String(decoding: bytes[range].map(\.lowercasedASCII), as: UTF8.self)
  }
}
