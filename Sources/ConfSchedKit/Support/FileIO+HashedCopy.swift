#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileIO {
  /// A copy of a regular file staged beside `destination`, and the hash of the bytes copied.
  struct HashedCopy: Sendable {
    /// The copy, written and synced (when durable), not yet renamed into place.
    let staged: Staged
    /// `ContentHash` of the bytes copied.
    let hash: ContentHash
    /// How many bytes were copied.
    let count: Int
    /// The file's fingerprint (`fingerprint`) when it was opened.
    let fingerprint: String
  }

  /// How much of a file `stageHashedCopy` reads at a time: small enough to stay in a core's
  /// cache between the read, the hash and the write, a multiple of the hash's 32-byte blocks.
  static let hashedCopyChunk = 1 << 20

  /// Copies the regular file at `source` to a temporary file staged for `destination`,
  /// hashing the bytes as they pass (a chunk at a time, read once); nil when `source` is not a
  /// regular file, cannot be read, or ends before or after the size it had when opened, or
  /// when the copy cannot be written (nothing is left behind then).
  static func stageHashedCopy(of source: String, to destination: String, durable: Bool)
    -> HashedCopy?
  {
    guard let (fd, info) = openRegular(source) else { return nil }
    defer { close(fd) }
    let size = Int(info.st_size)
    var hash: ContentHash?
    let staged = try? stage(destination, durable: durable) { copy in
      var stream = ContentHash.Stream(count: size)
      var buffer = [UInt8](repeating: 0, count: hashedCopyChunk)
      return buffer.withUnsafeMutableBytes { buffer -> Bool in
        guard let base = buffer.baseAddress else { return false }
        var offset = 0
        while true {
          // A chunk filled, short only at the end of the file.
          var filled = 0
          while filled < buffer.count {
            let count = pread(fd, base + filled, buffer.count - filled, off_t(offset + filled))
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return false }
            if count == 0 { break }
            filled += count
          }
          offset += filled
          let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<filled])
          guard offset <= size, writeAll(copy, chunk) else { return false }
          if filled < buffer.count {
            guard offset == size else { return false }
            hash = stream.finish(chunk)
            return true
          }
          stream.absorb(chunk)
        }
      }
    }
    guard let staged, let hash else { return nil }
    return HashedCopy(staged: staged, hash: hash, count: size, fingerprint: fingerprint(info))
  }
}
