/// Strings and their escapes.
extension JSONParser {
  /// Reads a string from its opening quote; copies bytes only when there are escapes.
  mutating func readString() throws(JSONParseError) -> String {
    let open = index
    index += 1
    let start = index
    index = plainRunEnd(from: start)
    if index < bytes.count, bytes[index] == JSONParser.quote {
      index += 1
      return String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
    }
    var buffer = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      if byte == JSONParser.quote {
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      }
      if byte == JSONParser.backslash {
        try readEscape(into: &buffer, stringStart: open)
        // The plain run up to the next escape or the end, in one copy.
        let runEnd = plainRunEnd(from: index)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
        index = runEnd
      } else if byte < 0x20 {
        throw error(.controlCharacterInString)
      } else {
        buffer.append(byte)
        index += 1
      }
    }
    throw error(.unterminatedString, at: open)
  }

  /// Reads one escape from its backslash and appends what it stands for as UTF-8.
  mutating func readEscape(into buffer: inout [UInt8], stringStart: Int) throws(JSONParseError) {
    let backslash = index
    index += 1
    guard index < bytes.count else { throw error(.unterminatedString, at: stringStart) }
    let letter = bytes[index]
    index += 1
    switch letter {
    case JSONParser.quote, JSONParser.backslash, UInt8(ascii: "/"): buffer.append(letter)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      let unit = try readHexQuad(escapeStart: backslash)
      var value = UInt32(unit)
      if (0xDC00...0xDFFF).contains(unit) { throw error(.unpairedSurrogate, at: backslash) }
      if (0xD800...0xDBFF).contains(unit) {
        guard index + 1 < bytes.count, bytes[index] == JSONParser.backslash,
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw error(.unpairedSurrogate, at: backslash) }
        let lowStart = index
        index += 2
        let low = try readHexQuad(escapeStart: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error(.unpairedSurrogate, at: backslash)
        }
        value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      }
      guard let scalar = Unicode.Scalar(value) else {
        throw error(.unpairedSurrogate, at: backslash)
      }
      UTF8.encode(scalar) { buffer.append($0) }
    default:
      throw error(.invalidEscape, at: backslash)
    }
  }

  /// Reads the four hexadecimal digits after `\u`.
  mutating func readHexQuad(escapeStart: Int) throws(JSONParseError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = JSONParser.hexValue(bytes[index]) else {
        throw error(.invalidUnicodeEscape, at: escapeStart)
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }
}
