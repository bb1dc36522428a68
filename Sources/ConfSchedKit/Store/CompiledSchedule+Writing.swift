extension CompiledSchedule.Compiled {
  /// The checksum of a snapshot this large or larger is taken on a second thread while the
  /// snapshot is written; a smaller one's first (a thread costs more than it saves).
  static let concurrentChecksumSize = 4 << 20

  /// The file's bytes in one array: the header, with its checksum, then the snapshot.
  public var bytes: [UInt8] {
    CompiledSchedule.file(Array(snapshot.joined()), build: build, key: key)
  }

  /// The snapshot's length.
  var length: Int { snapshot.reduce(0) { $0 + $1.count } }

  /// Writes the file to `fd`, at its start, and returns the checksum its header gives (for
  /// `ChecksumNote`); nil when a write failed (with `errno` set). `concurrentFrom` is the
  /// size from which the checksum is taken while writing (tests lower it).
  ///
  /// A large snapshot is written while a second thread takes its checksum (the two cost about
  /// as much: 77 MB of a 53 MB dump's file take 20-40 ms to hash, 40-140 ms to write). Its
  /// header goes first with the checksum as zeros, and again over it once the checksum is
  /// known: sixteen hexadecimal digits either way, so the header's length does not change. A
  /// file cut short between the two writes has a checksum of zeros, which its bytes fail.
  func write(to fd: Int32, concurrentFrom: Int = concurrentChecksumSize) -> ContentHash? {
    let length = self.length
    guard length >= concurrentFrom else {
      let checksum = ContentHash(pieces: snapshot)
      let header = CompiledSchedule.header(
        build: build, key: key, length: length, checksum: checksum)
      return FileIO.writeAll(fd, header) && snapshot.allSatisfy { FileIO.writeAll(fd, $0) }
        ? checksum : nil
    }
    let placeholder = CompiledSchedule.header(
      build: build, key: key, length: length, checksum: ContentHash(value: 0))
    let pieces = snapshot
    let (written, checksum) = Concurrently.run(
      { FileIO.writeAll(fd, placeholder) && pieces.allSatisfy { FileIO.writeAll(fd, $0) } },
      { ContentHash(pieces: pieces) })
    guard written else { return nil }
    let header = CompiledSchedule.header(
      build: build, key: key, length: length, checksum: checksum)
    guard header.count == placeholder.count,
      header.withUnsafeBytes({ FileIO.writeAll(fd, $0, at: 0) })
    else { return nil }
    return checksum
  }
}
