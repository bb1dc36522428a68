#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line note that a file, as a fingerprint describes it, has a content hash:
/// `FINGERPRINT HASH\n`. What `CompileCache` remembers of `--data` files and `ChecksumNote` of
/// compiled files; each says what its fingerprint holds.
enum HashNote {
  /// The hash a note at `path` gives for `fingerprint`; nil when there is no such note, it
  /// names another fingerprint, or it is not a note.
  static func hash(at path: String, fingerprint: String) -> ContentHash? {
    let fd = open(PathBytes.cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 17, count < buffer.count else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    guard text.hasSuffix("\n") else { return nil }
    let line = text.dropLast()
    guard let space = line.lastIndex(of: " "), line[..<space] == fingerprint else { return nil }
    return ContentHash(hex: line[line.index(after: space)...])
  }

  /// Writes a note; a note that cannot be written is no error (the next run hashes the file).
  static func write(_ path: String, fingerprint: String, hash: ContentHash, durable: Bool) {
    try? FileIO.replace(path, with: [Array("\(fingerprint) \(hash)\n".utf8)], durable: durable)
  }
}
