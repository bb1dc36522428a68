/// Folding of text for matching: lowercase, accents removed, typographic variants unified.
///
/// `Gaëtan` folds to `gaetan`, `Püschel` to `puschel`, `Straße` to `strasse`, `ﬁne` to `fine`;
/// curly quotes, dashes, `·` and every ASCII punctuation mark become separators. Letters outside
/// the Latin ranges (Greek, CJK) are kept as they are. Works on UTF-8 bytes.
public enum TextFolding {
  /// The folded words of a text, separated by single spaces: `"Gaëtan Hadjeres"` gives
  /// `"gaetan hadjeres"`.
  public static func fold(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    text.withUTF8Bytes { fold($0, into: &output) }
    return String(decoding: output, as: UTF8.self)
  }

  /// The folded words of a text. The folded form separates words by single spaces, so they
  /// are cut at its space bytes (not by comparing Characters, which cost more than the fold).
  public static func words(_ text: String) -> [Substring] {
    let folded = fold(text)
    let utf8 = folded.utf8
    var words: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x20 {
        if start != index { words.append(folded[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex { words.append(folded[start..<utf8.endIndex]) }
    return words
  }

  /// A key that identifies a title however it was wrapped, tagged or hyphenated: its folded
  /// letters and digits with no separators (`hippocampal- entorhinal` and
  /// `hippocampal-entorhinal` both give `hippocampalentorhinal`).
  public static func key(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    text.withUTF8Bytes { fold($0, into: &output) }
    output.removeAll { $0 == 0x20 }
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the folded form of `input` to `output`: words separated by one space, no leading or
  /// trailing space. The folded form is never longer than the input.
  static func fold(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    let base = output.count
    output.append(contentsOf: repeatElement(0, count: input.count))
    let written = output.withUnsafeMutableBufferPointer { buffer in
      guard let destination = buffer.baseAddress else { return 0 }
      return foldRaw(input, into: destination + base)
    }
    output.removeLast(input.count - written)
  }

  /// Folds `input` into `output`, which has room for `input.count` bytes; returns the count.
  private static func foldRaw(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    guard let source = input.baseAddress else { return 0 }
    let count = input.count
    var written = 0
    var pendingSpace = false
    var index = 0
    @inline(__always) func emit(_ byte: UInt8) {
      if pendingSpace {
        if written > 0 && output[written - 1] != 0x20 {
          output[written] = 0x20
          written += 1
        }
        pendingSpace = false
      }
      output[written] = byte
      written += 1
    }
    while index < count {
      let byte = source[index]
      if byte < 0x80 {
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A {
          emit(lower)
        } else if byte >= 0x30 && byte <= 0x39 {
          emit(byte)
        } else {
          pendingSpace = true
        }
        index += 1
        continue
      }
      let (scalar, length) = decode(input, at: index)
      index += length
      switch foldScalar(scalar) {
      case .separator:
        pendingSpace = true
      case .drop:
        break
      case .ascii(let replacement):
        replacement.withUTF8Buffer { for byte in $0 { emit(byte) } }
      case .keep:
        for offset in (index - length)..<index { emit(source[offset]) }
      }
    }
    return written
  }

  enum Folded {
    case separator
    case drop
    case ascii(StaticString)
    case keep
  }

  static func foldScalar(_ scalar: UInt32) -> Folded {
    switch scalar {
    case 0xC0...0xFF:
      let folded = latin1[Int(scalar - 0xC0)]
      return folded.utf8CodeUnitCount == 0 ? .separator : .ascii(folded)
    case 0x100...0x17F:
      return .ascii(latinExtendedA[Int(scalar - 0x100)])
    case 0x218, 0x219: return .ascii("s")
    case 0x21A, 0x21B: return .ascii("t")
    case 0x300...0x36F: return .drop  // combining marks
    case 0x80...0xBF, 0x2000...0x206F, 0x3000...0x303F, 0xFEFF, 0xFFFD: return .separator
    case 0xFB00: return .ascii("ff")
    case 0xFB01: return .ascii("fi")
    case 0xFB02: return .ascii("fl")
    case 0xFB03: return .ascii("ffi")
    case 0xFB04: return .ascii("ffl")
    default: return .keep
    }
  }

  /// Decodes one scalar; an invalid byte counts as U+FFFD of length 1.
  @inline(__always)
  static func decode(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
    let lead = input[index]
    func continuation(_ offset: Int) -> UInt32? {
      guard index + offset < input.count else { return nil }
      let byte = input[index + offset]
      return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    if lead & 0xE0 == 0xC0, let b1 = continuation(1) {
      return ((UInt32(lead & 0x1F) << 6) | b1, 2)
    }
    if lead & 0xF0 == 0xE0, let b1 = continuation(1), let b2 = continuation(2) {
      return ((UInt32(lead & 0x0F) << 12) | (b1 << 6) | b2, 3)
    }
    if lead & 0xF8 == 0xF0, let b1 = continuation(1), let b2 = continuation(2),
      let b3 = continuation(3)
    {
      return ((UInt32(lead & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3, 4)
    }
    return (0xFFFD, 1)
  }

  /// U+00C0 to U+00FF; an empty string is a separator (`×`, `÷`).
  private static let latin1: [StaticString] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
  ]

  /// U+0100 to U+017F.
  private static let latinExtendedA: [StaticString] = {
    let runs: [(StaticString, Int)] = [
      ("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10), ("ij", 2),
      ("j", 2), ("k", 3), ("l", 10), ("n", 9), ("o", 6), ("oe", 2), ("r", 6), ("s", 8),
      ("t", 6), ("u", 12), ("w", 2), ("y", 3), ("z", 6), ("s", 1),
    ]
    return runs.flatMap { Array(repeating: $0.0, count: $0.1) }
  }()
}
