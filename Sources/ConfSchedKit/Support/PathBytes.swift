#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// File names are bytes, not text: `caf\xE9.md` (Latin-1) is a valid name on Linux but not
/// valid UTF-8, and a Swift `String` made from it the usual way turns the byte into U+FFFD,
/// so the file "does not exist" and `-o` writes another one.
///
/// A name's bytes are kept in a `String` the way Python's `surrogateescape` keeps them: each
/// byte that is not part of valid UTF-8 becomes one scalar of a private-use block
/// (U+10FF80 + the byte's low seven bits, so `\xE9` is U+10FFE9), and `cString(_:)` turns them
/// back into the bytes. The block's own UTF-8 (`F4 8F BE 80` ...) is escaped byte by byte
/// too, so every name comes back exactly, whatever it holds.
public enum PathBytes {
  /// The first escape scalar: byte `b` (0x80...0xFF) is `escapeBase + b - 0x80`.
  static let escapeBase: UInt32 = 0x10_FF80

  /// A name (or any text from the system: an argument, an environment variable) as a string,
  /// its stray bytes escaped.
  public static func string(fromCString pointer: UnsafePointer<CChar>) -> String {
    let count = strlen(pointer)
    return pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
      string(from: UnsafeBufferPointer(start: $0, count: count))
    }
  }

  /// Bytes as a string, its stray bytes escaped.
  public static func string(from bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Nearly every name is valid UTF-8 without the escape block's lead bytes: one pass.
    if !bytes.contains(0xF4), let text = String(validating: bytes, as: UTF8.self) {
      return text
    }
    var scalars = String.UnicodeScalarView()
    var index = 0
    while index < bytes.count {
      if let (scalar, length) = scalar(in: bytes, at: index),
        scalar.value < escapeBase || scalar.value > escapeBase + 0x7F
      {
        scalars.append(scalar)
        index += length
      } else {
        let byte = UInt32(bytes[index])
        scalars.append(Unicode.Scalar(escapeBase + byte - 0x80) ?? "\u{FFFD}")
        index += 1
      }
    }
    return String(scalars)
  }

  /// The bytes to hand the system for a name: its UTF-8 with the escapes turned back into the
  /// bytes they stand for, and a final NUL.
  public static func cString(_ path: String) -> [CChar] {
    var bytes: [CChar] = []
    bytes.reserveCapacity(path.utf8.count + 1)
    for scalar in path.unicodeScalars {
      if scalar.value >= escapeBase && scalar.value <= escapeBase + 0x7F {
        bytes.append(CChar(bitPattern: UInt8(scalar.value - escapeBase + 0x80)))
      } else {
        for unit in UTF8.encode(scalar).map(Array.init) ?? [] {
          bytes.append(CChar(bitPattern: unit))
        }
      }
    }
    bytes.append(0)
    return bytes
  }

  /// Text for a person: each escaped byte shown as `\xE9`, as in a shell's `$'caf\xe9.md'`.
  public static func displayed(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isEscape) else { return text }
    var output = ""
    for scalar in text.unicodeScalars {
      if isEscape(scalar) {
        let byte = scalar.value - escapeBase + 0x80
        output += "\\x" + String(byte, radix: 16, uppercase: true)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  private static func isEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= escapeBase && scalar.value <= escapeBase + 0x7F
  }

  /// The valid UTF-8 scalar at an offset and its length in bytes, or nil.
  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    Unicode.Scalar, Int
  )? {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    let sequence = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
    guard let text = String(validating: sequence, as: UTF8.self),
      let scalar = text.unicodeScalars.first
    else { return nil }
    return (scalar, length)
  }
}
