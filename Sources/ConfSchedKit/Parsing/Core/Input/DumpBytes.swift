/// A dump file's bytes as read, for a command that keeps them (`sources add` hashes and copies
/// them, then reads them): a large plain UTF-8 file as the text it was read straight into, so
/// that it is in memory once and validated once; any other file as its bytes, for
/// `DumpFile.decode` to check and repair.
public enum DumpBytes: Sendable {
  /// The file's bytes, which are valid UTF-8 without a byte-order mark.
  case text(String)
  /// The file's bytes, not yet decoded.
  case bytes([UInt8])

  /// Reads `path` as `DumpFile.readText`, else as `DumpFile.readBytes`.
  public static func read(_ path: String) throws(LoadError) -> DumpBytes {
    if let text = DumpFile.readText(path) { return .text(text) }
    return .bytes(try DumpFile.readBytes(path))
  }

  /// The number of bytes.
  public var count: Int {
    switch self {
    case .text(let text): return text.utf8.count
    case .bytes(let bytes): return bytes.count
    }
  }

  /// Runs `body` on the bytes, without copying them.
  public func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    switch self {
    case .text(let text): return text.withUTF8Bytes { body(UnsafeRawBufferPointer($0)) }
    case .bytes(let bytes): return bytes.withUnsafeBytes(body)
    }
  }
}
