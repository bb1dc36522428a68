/// The readable text of an element's contents: character references decoded, tags gone, white
/// space (HTML's, and no-break spaces, written or `&nbsp;`) collapsed to one space, the ends
/// trimmed.
struct HTMLText {
  /// A part of an element's contents.
  enum Piece: Equatable {
    /// Text between two tags, undecoded.
    case text(Range<Int>)
    /// A tag that separates words, such as `<br>` or `<div>`.
    case space
  }

  /// The text, UTF-8.
  private(set) var bytes: [UInt8] = []
  /// When asked for: for each byte of `bytes`, the document offset it was read from (for a
  /// decoded reference, its `&`).
  private(set) var sources: [Int] = []
  private let isMapping: Bool
  private var hasPendingSpace = false

  /// Assembles the pieces of `document`; `mapping` records where each byte came from.
  init(_ document: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], mapping: Bool = false) {
    isMapping = mapping
    bytes.reserveCapacity(pieces.reduce(0) { $0 + (Self.count(of: $1)) })
    for piece in pieces {
      guard case .text(let range) = piece else {
        hasPendingSpace = !bytes.isEmpty
        continue
      }
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        let byte = document[index]
        if byte.isHTMLSpace {
          hasPendingSpace = !bytes.isEmpty
          index += 1
        } else if byte == 0xC2, index + 1 < end, document[index + 1] == 0xA0 {
          hasPendingSpace = !bytes.isEmpty
          index += 2
        } else if byte == UInt8(ascii: "&"),
          let (scalar, length) = HTMLEntities.reference(document, at: index, end: end)
        {
          if scalar == "\u{A0}" || (scalar.isASCII && UInt8(scalar.value).isHTMLSpace) {
            hasPendingSpace = !bytes.isEmpty
          } else {
            for unit in scalar.utf8 { append(unit, from: index) }
          }
          index += length
        } else {
          append(byte, from: index)
          index += 1
        }
      }
    }
  }

  /// The text as a string.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Whether there is no text.
  var isEmpty: Bool { bytes.isEmpty }

  private mutating func append(_ byte: UInt8, from offset: Int) {
    if hasPendingSpace {
      bytes.append(0x20)
      if isMapping { sources.append(offset) }
      hasPendingSpace = false
    }
    bytes.append(byte)
    if isMapping { sources.append(offset) }
  }

  private static func count(of piece: Piece) -> Int {
    if case .text(let range) = piece { return range.count }
    return 1
  }
}
