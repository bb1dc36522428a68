/// The text of XML character data and attribute values: references decoded, the rest as written.
///
///     reference := "&" name ";" | "&#" digits ";" | "&#x" hex-digits ";"
///
/// XML's five names (`amp lt gt quot apos`) and numeric references in either base are what XML
/// defines; HTML's names (`&nbsp;` `&eacute;`), which files written by hand or by templates
/// also carry, decode too (see `HTMLEntities`). A reference that is none of these, or an `&`
/// that starts none, stays as written and is reported by its offset.
struct XMLText {
  /// The decoded text, UTF-8.
  private(set) var bytes: [UInt8] = []
  /// The offset of the first `&` that was kept as written, if any.
  private(set) var firstUndecoded: Int?

  init() {}

  /// Appends character data, decoding its references.
  mutating func append(text range: Range<Int>, of document: UnsafeBufferPointer<UInt8>) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      guard let ampersand = document.firstIndex(of: UInt8(ascii: "&"), in: index..<end) else {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: document[index..<end]))
        return
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: document[index..<ampersand]))
      if let (scalar, length) = HTMLEntities.reference(document, at: ampersand, end: end) {
        bytes.append(contentsOf: scalar.utf8)
        index = ampersand + length
      } else {
        if firstUndecoded == nil { firstUndecoded = ampersand }
        bytes.append(UInt8(ascii: "&"))
        index = ampersand + 1
      }
    }
  }

  /// Appends a CDATA section's contents as they are.
  mutating func append(cdata range: Range<Int>, of document: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: document[range]))
  }

  /// Empties the text, keeping its storage for the next one.
  mutating func removeAll() {
    if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
    firstUndecoded = nil
  }

  /// The text as a string.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// The decoded text of one range of character data (an attribute's value), and the offset
  /// of the first `&` kept as written.
  static func decode(_ range: Range<Int>, of document: UnsafeBufferPointer<UInt8>) -> (
    text: String, undecoded: Int?
  ) {
    guard document.firstIndex(of: UInt8(ascii: "&"), in: range) != nil else {
      return (document.string(range), nil)
    }
    var text = XMLText()
    text.append(text: range, of: document)
    return (text.string, text.firstUndecoded)
  }
}
