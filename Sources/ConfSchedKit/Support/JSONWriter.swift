/// JSON text written straight into bytes: the one serializer behind `JSONValue.serialized` and
/// the streamed listings. Pretty output has two-space indentation, one member or element per
/// line and `": "` after a key; compact output has no spaces at all. Strings escape `"`, `\`,
/// every control character and U+2028/U+2029 (which JavaScript reads as line ends); all else
/// is copied as UTF-8.
///
/// A value is written at an indentation depth, the depth of the line it starts on: its members
/// and elements go one deeper.
///
/// A writer given somewhere to put its pieces (`init(pretty:piecesTo:)`) never holds much:
/// after each element of any array, once it holds `pieceSize` bytes, it hands
/// them over and starts again. That is how a listing of millions of events, or one event of
/// 600,000 authors, is written in pieces of a few dozen KB. A piece ends between elements,
/// never inside a character or an escape.
public struct JSONWriter {
  /// The text written and not yet handed over.
  public private(set) var bytes: [UInt8] = []
  /// Whether to indent, as `JSONValue.serialized(pretty:)` takes it.
  public let pretty: Bool
  /// Where the pieces go: false when one could not be taken (a write failed).
  private let pieces: (([UInt8]) -> Bool)?
  /// Pieces are handed over once the text written passes this many bytes: large enough that
  /// each costs one system call among many KB, small enough never to matter in memory.
  public static let pieceSize = 1 << 16
  /// Whether a piece was refused: what follows is dropped.
  public private(set) var refused = false

  /// An empty writer that keeps all it writes in `bytes`.
  public init(pretty: Bool = true) {
    self.pretty = pretty
    self.pieces = nil
  }

  /// An empty writer that hands its text to `pieces` as it goes (`finish()` hands the rest).
  public init(pretty: Bool = true, piecesTo pieces: @escaping ([UInt8]) -> Bool) {
    self.pretty = pretty
    self.pieces = pieces
  }

  /// Hands over the bytes not yet handed over; false when this or an earlier piece was
  /// refused. Without somewhere to put pieces, keeps them.
  public mutating func finish() -> Bool {
    handOver(atLeast: 0)
    return !refused
  }

  /// Hands the bytes over once there are `atLeast` of them (and some at all).
  private mutating func handOver(atLeast threshold: Int) {
    guard let pieces, bytes.count >= threshold, !bytes.isEmpty else { return }
    if !refused { refused = !pieces(bytes) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends bytes as they are (`"\n"` after a document, say).
  public mutating func raw(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Writes a value whose first line is at `depth`.
  public mutating func write(_ value: JSONValue, depth: Int = 0) {
    switch value {
    case .null: raw("null")
    case .bool(let flag): raw(flag ? "true" : "false")
    case .int(let number): raw(String(number))
    case .double(let number): raw(number.isFinite ? String(number) : "null")
    case .string(let text): string(text)
    case .array(let items):
      array(items, depth: depth) { writer, item, depth in writer.write(item, depth: depth) }
    case .object(let members):
      object(members, depth: depth, key: \.0) { writer, member, depth in
        writer.write(member.1, depth: depth)
      }
    }
  }

  /// Writes an array of `elements`, each written by `element` at the depth it is given.
  public mutating func array<Elements: Sequence>(
    _ elements: Elements, depth: Int,
    element: (inout JSONWriter, Elements.Element, Int) -> Void
  ) {
    var isEmpty = true
    // Once a piece is refused, nothing more is wanted: the rest is not even made.
    for item in elements where !refused {
      bytes.append(isEmpty ? UInt8(ascii: "[") : UInt8(ascii: ","))
      isEmpty = false
      newline(depth: depth + 1)
      element(&self, item, depth + 1)
      handOver(atLeast: JSONWriter.pieceSize)
    }
    if isEmpty {
      raw("[]")
      return
    }
    newline(depth: depth)
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes an object of `members`, each named by `key` and its value written by `value` at
  /// the depth it is given.
  public mutating func object<Members: Sequence>(
    _ members: Members, depth: Int, key: (Members.Element) -> String,
    value: (inout JSONWriter, Members.Element, Int) -> Void
  ) {
    var isEmpty = true
    for member in members {
      bytes.append(isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
      isEmpty = false
      newline(depth: depth + 1)
      string(key(member))
      if pretty { raw(": ") } else { bytes.append(UInt8(ascii: ":")) }
      value(&self, member, depth + 1)
    }
    if isEmpty {
      raw("{}")
      return
    }
    newline(depth: depth)
    bytes.append(UInt8(ascii: "}"))
  }

  /// A line break and the indentation of `depth`, when pretty.
  private mutating func newline(depth: Int) {
    guard pretty else { return }
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
  }

  /// Writes a string in quotes, escaped. Runs of bytes that need no escape are copied whole.
  public mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        let escape: String?
        switch byte {
        case 0x22: escape = "\\\""
        case 0x5C: escape = "\\\\"
        case 0x0A: escape = "\\n"
        case 0x0D: escape = "\\r"
        case 0x09: escape = "\\t"
        case 0x08: escape = "\\b"
        case 0x0C: escape = "\\f"
        case ..<0x20: escape = Self.unicodeEscape(UInt32(byte))
        case 0xE2
        where index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          escape = Self.unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
        default: escape = nil
        }
        guard let escape else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        raw(escape)
        index += byte == 0xE2 ? 3 : 1
        start = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `\u` and four lower-case hex digits.
  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
