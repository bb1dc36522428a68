/// The compiled form of a user's schedules, as a file: a short text header, then a snapshot
/// (the same encoding the bundled data is frozen in at build time, `ScheduleSnapshot`).
///
///     confsched compiled schedule
///     format: 1
///     build: 0.1.0 confsched-snapshot-4
///     key: 5be0a4b1c2d3e4f5
///     length: 1234567
///     checksum: 0123456789abcdef
///
///     <length bytes of snapshot>
///
/// `build` names the confsched that wrote it: a file from any other build is never decoded
/// (its readers may have read the dump differently, its encoding may differ), and is rebuilt
/// from its original. `key` says what it was compiled from (the added sources' list, or a
/// `--data` run's files and options), `checksum` is the `ContentHash` of the snapshot, so a
/// truncated, flipped or foreign file is told from a good one before anything in it is used.
public enum CompiledSchedule {
  /// The version of this header's layout.
  static let format = 1

  static let magic = "confsched compiled schedule\n"

  /// Why a compiled file was not used.
  public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
    /// It was written by another build of confsched (the build it names).
    case foreign(build: String)
    /// It was compiled from other sources or options than the ones wanted.
    case stale
    /// It is not a compiled schedule, or its bytes do not add up: what is wrong.
    case damaged(String)

    /// For a note: `it was written by confsched 0.0.9 confsched-snapshot-3`.
    public var description: String {
      switch self {
      case .foreign(let build): return "it was written by another confsched (\(build))"
      case .stale: return "it was compiled from other files"
      case .damaged(let reason): return "it is damaged (\(reason))"
      }
    }
  }

  /// The build tag a confsched writes and accepts: its version and the snapshot encoding's.
  public static func build(version: String) -> String {
    "\(version) \(ScheduleSnapshot.tag.description.split(separator: "\n").first ?? "")"
  }

  /// The file's bytes for a schedule, its reading lists' mentions and its index, in one
  /// array, built on one thread: the reference `compile` is tested against.
  public static func encode(
    _ schedule: Schedule, mentions: [Mention], index: SearchIndex, build: String, key: String
  ) -> [UInt8] {
    file(
      ScheduleSnapshot.encodedBytes(schedule, mentions: mentions, index: index), build: build,
      key: key)
  }

  /// What `compile` makes of a schedule's parts: the schedule, its index, and the file
  /// (written by `write(to:)`, which takes its checksum as it writes).
  public struct Compiled: Sendable {
    /// The schedule built from the parts.
    public var schedule: Schedule
    /// The snapshot's bytes, the file's after its header, in pieces to be written one after
    /// the other (a large file's are not copied together first).
    public var snapshot: [[UInt8]]
    /// The schedule's index.
    public var index: SearchIndex
    /// The build and key the header gives.
    let build: String
    let key: String
  }

  /// Compiles the parts of a schedule: the schedule, its index (built on a second thread while
  /// the schedule is built and its events frozen on this one) and the snapshot's bytes, which
  /// `Compiled.write(to:)` writes behind their header.
  public static func compile(
    _ parts: [Schedule.Part], mentions: [Mention], build: String, key: String
  ) -> Compiled {
    let (schedule, snapshot, index) = ScheduleSnapshot.encodedPieces(
      building: parts, mentions: mentions)
    return Compiled(schedule: schedule, snapshot: snapshot, index: index, build: build, key: key)
  }

  /// A snapshot's file: its header, then its bytes.
  static func file(_ snapshot: [UInt8], build: String, key: String) -> [UInt8] {
    let header = self.header(
      build: build, key: key, length: snapshot.count, checksum: ContentHash(snapshot))
    var bytes: [UInt8] = []
    bytes.reserveCapacity(header.count + snapshot.count)
    bytes.append(contentsOf: header)
    bytes.append(contentsOf: snapshot)
    return bytes
  }

  static func header(build: String, key: String, length: Int, checksum: ContentHash)
    -> [UInt8]
  {
    Array(
      (magic + "format: \(format)\nbuild: \(build)\nkey: \(key)\nlength: \(length)\n"
        + "checksum: \(checksum)\n\n").utf8)
  }

  /// Where the snapshot of a compiled file starts and how long it is, once its header is
  /// checked against the build and key wanted and its checksum against its bytes.
  public static func payload(
    of bytes: UnsafeRawBufferPointer, build: String, key: String?
  ) -> Result<Range<Int>, Problem> {
    payload(of: bytes, build: build, key: key) { range, _ in
      ContentHash(UnsafeRawBufferPointer(rebasing: bytes[range]))
    }
  }

  /// `payload(of:build:key:)` of a mapped file, its checksum taken a window at a time, or
  /// taken as checked when the file's `ChecksumNote` is still true of it and names the
  /// checksum its header does. A file hashed and found whole gets a note.
  static func payload(of file: MappedFile, build: String, key: String?)
    -> Result<Range<Int>, Problem>
  {
    let remembered = ChecksumNote.remembered(for: file)
    var hashed: ContentHash?
    let found = payload(of: file.bytes, build: build, key: key) { range, expected in
      if remembered == expected { return expected }
      let hash = file.contentHash(of: range)
      hashed = hash
      return hash
    }
    if case .success = found, let hashed {
      ChecksumNote.remember(
        hashed, forFileAt: file.path, written: false, hashed: file.fingerprint)
    }
    return found
  }

  private static func payload(
    of bytes: UnsafeRawBufferPointer, build: String, key: String?,
    hash: (Range<Int>, ContentHash) -> ContentHash
  ) -> Result<Range<Int>, Problem> {
    // The header is a few short lines; nothing of it is trusted before it is all there.
    let limit = Swift.min(bytes.count, 4096)
    guard let end = headerEnd(bytes, limit: limit) else {
      return .failure(.damaged("no header"))
    }
    let header = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
    guard header.hasPrefix(magic) else { return .failure(.damaged("not a compiled schedule")) }
    var fields: [Substring: Substring] = [:]
    for line in header.dropFirst(magic.count).split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[line[..<colon]] = line[line.index(after: colon)...].drop { $0 == " " }
    }
    let written = fields["build"].map(String.init) ?? "an unknown build"
    guard fields["format"] == "\(format)", written == build else {
      return .failure(.foreign(build: written))
    }
    guard let lengthText = fields["length"], let length = Int(lengthText), length >= 0,
      let checksumText = fields["checksum"], let checksum = ContentHash(hex: checksumText)
    else { return .failure(.damaged("its header is incomplete")) }
    let start = end + 1
    guard bytes.count - start == length else {
      return .failure(.damaged("\(bytes.count - start) bytes where its header says \(length)"))
    }
    let range = start..<start + length
    guard hash(range, checksum) == checksum else {
      return .failure(.damaged("its checksum does not match"))
    }
    if let key, fields["key"].map(String.init) != key { return .failure(.stale) }
    return .success(range)
  }

  /// Decodes a compiled file's bytes; the problem when it cannot be trusted.
  public static func decode(_ bytes: [UInt8], build: String, key: String?)
    -> Result<ScheduleSnapshot.Contents, Problem>
  {
    let found: Result<Range<Int>, Problem> = bytes.withUnsafeBytes {
      payload(of: $0, build: build, key: key)
    }
    return found.flatMap { range in
      let text = String(decoding: bytes[range], as: UTF8.self)
      return thawed(ScheduleSnapshot.decode(.text(text)))
    }
  }

  /// Decodes a mapped compiled file in place: the events' strings are copied out as they are
  /// read, the index's postings stay in the mapping. The problem when it cannot be trusted.
  static func decode(_ file: MappedFile, build: String, key: String?)
    -> Result<ScheduleSnapshot.Contents, Problem>
  {
    payload(of: file, build: build, key: key).flatMap { range in
      thawed(ScheduleSnapshot.decode(.mapped(file, from: range.lowerBound), checksummed: true))
    }
  }

  private static func thawed(_ contents: ScheduleSnapshot.Contents?)
    -> Result<ScheduleSnapshot.Contents, Problem>
  {
    guard let contents else { return .failure(.damaged("its snapshot cannot be read")) }
    return .success(contents)
  }

  /// The offset of the blank line that ends the header: the second of two newlines in a row.
  private static func headerEnd(_ bytes: UnsafeRawBufferPointer, limit: Int) -> Int? {
    var index = 1
    while index < limit {
      if bytes[index] == 0x0A && bytes[index - 1] == 0x0A { return index }
      index += 1
    }
    return nil
  }
}
