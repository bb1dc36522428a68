#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The schedules the user added (`confsched sources add`), kept in one directory,
/// `$XDG_DATA_HOME/confsched/sources/`:
///
///     sources.json                 the list: each source's name, original, size, time, hash
///     NAME.original.EXT            a copy of each original, byte for byte
///     compiled.confsched           the compiled form of them all (`CompiledSchedule`)
///     .lock                        taken by every change
///
/// All the added sources are compiled into one file, because one file renamed into place is
/// what lets a reader see the old set or the new one, never half of each. A change takes the
/// lock, writes copies, then the compiled file, then the list, each to a temporary file that
/// is synced and renamed (`sources add` writes its copies before it takes the lock, while it
/// reads the files, and only renames them under it). A reader takes no lock: it reads the
/// list, then the compiled file, and uses it when the compiled file's key is the hash of the
/// list it read. Anything else (a
/// change between the two reads, a crash between the two renames, a damaged or foreign
/// compiled file) sends it to `rebuild`, which compiles again from the copies under the lock.
public struct SourceStore: Sendable {
  /// The directory.
  public let directory: String
  /// How long a change waits for another process's lock.
  public var patience: LockPatience

  /// A store in a directory; nothing is read or created until used.
  public init(directory: String, patience: LockPatience = LockPatience()) {
    self.directory = directory
    self.patience = patience
  }

  /// `$XDG_DATA_HOME/confsched/sources` when `XDG_DATA_HOME` is an absolute path, else
  /// `$HOME/.local/share/confsched/sources`; nil when neither is set.
  public static func defaultDirectory() -> String? {
    guard let itinerary = ItineraryStore.defaultPath() else { return nil }
    return FileIO.split(itinerary).directory + "/sources"
  }

  /// The list of added sources.
  public var listPath: String { directory + "/sources.json" }
  /// The compiled form of all the added sources.
  public var compiledPath: String { directory + "/compiled.confsched" }
  var lockPath: String { directory + "/.lock" }

  /// Where the copy of a source's original is kept.
  public func copyPath(of record: SourceRecord) -> String {
    directory + "/" + record.copyName
  }

  /// The list's bytes and the records they hold; no bytes and no records when nothing was
  /// ever added.
  public func readList() throws(SourceStoreError) -> (bytes: [UInt8], records: [SourceRecord]) {
    let bytes: [UInt8]?
    do throws(ItineraryStoreError) {
      bytes = try FileIO.readIfPresent(listPath)
    } catch {
      throw .file(error)
    }
    guard let bytes else { return ([], []) }
    let json: JSONValue
    do throws(JSONParseError) {
      json = try JSONValue.parse(utf8: bytes)
    } catch {
      throw .invalidList(path: listPath, reason: "\(error)")
    }
    guard case .int(let version)? = json["version"] else {
      throw .invalidList(path: listPath, reason: "not a list of sources (no version)")
    }
    guard version == 1 else {
      throw .invalidList(
        path: listPath,
        reason: "a list of sources of version \(version), from a newer confsched; this one reads 1")
    }
    guard case .array(let items)? = json["sources"] else {
      throw .invalidList(path: listPath, reason: "not a list of sources (no sources)")
    }
    var records: [SourceRecord] = []
    for (number, item) in items.enumerated() {
      guard let record = SourceRecord(json: item) else {
        throw .invalidList(path: listPath, reason: "source \(number + 1) is malformed")
      }
      records.append(record)
    }
    return (bytes, records)
  }

  /// The records of the added sources (none when nothing was added).
  public func records() throws(SourceStoreError) -> [SourceRecord] {
    try readList().records
  }

  /// What a compiled file of the records must say it was compiled from: each source's file
  /// name, content hash, family and year (not its original's path or time: an original that
  /// was only touched, or moved, compiles to the same schedule).
  public static func key(_ records: [SourceRecord]) -> String {
    var text = ""
    for record in records {
      text +=
        "\(record.file) \(record.hash) \(record.family?.rawValue ?? "-") \(record.year ?? 0)\n"
    }
    return ContentHash(text).description
  }

  /// Whether the compiled file on disk is a sound one of this build, compiled from `key`.
  func isCurrent(key: String, build: String) -> Bool {
    guard let file = try? MappedFile.open(compiledPath) else { return false }
    if case .success = CompiledSchedule.payload(of: file, build: build, key: key) {
      return true
    }
    return false
  }

  /// The bytes of a list of records, as `sources.json` holds them.
  static func listBytes(_ records: [SourceRecord]) -> [UInt8] {
    let json = JSONValue.object([
      ("version", .int(1)), ("sources", .array(records.map(\.json))),
    ])
    return Array((json.serialized() + "\n").utf8)
  }

  /// Runs `body` under the store's lock, creating the directory if needed and removing dead
  /// writers' temporary files.
  public func withLock<Value>(
    waiting: (LockHolder) -> Void = { _ in }, _ body: () throws(SourceStoreError) -> Value
  ) throws(SourceStoreError) -> Value {
    let lock: Int32
    do throws(ItineraryStoreError) {
      try FileIO.makeDirectories(directory)
      lock = try FileLock.acquire(lockPath, patience: patience, waiting: waiting)
    } catch {
      throw .file(error)
    }
    defer { close(lock) }
    // The list's, the compiled file's and its note's, and the copies' (staged before the lock
    // by `sources add`: a process killed while it read or waited leaves one behind).
    let files = Set(
      [listPath, compiledPath, ChecksumNote.path(for: compiledPath)].map {
        Substring(FileIO.split($0).name)
      })
    FileIO.removeStaleTemporaries(in: directory) { name in
      files.contains(name) || name.split(separator: ".").dropFirst().first == "original"
    }
    return try body()
  }

  /// Writes a copy of an original's bytes for a record (call under the lock).
  public func writeCopy(_ bytes: [UInt8], for record: SourceRecord) throws(SourceStoreError) {
    try writeCopy(DumpBytes.bytes(bytes), for: record)
  }

  /// Writes a copy of an original as read for a record (call under the lock).
  public func writeCopy(_ original: DumpBytes, for record: SourceRecord) throws(SourceStoreError) {
    do throws(ItineraryStoreError) {
      FileIO.removeStaleTemporaries(of: copyPath(of: record))
      try FileIO.replace(copyPath(of: record)) { fd in
        original.withBytes { FileIO.writeAll(fd, $0) }
      }
    } catch {
      throw .file(error)
    }
  }

  /// Replaces the set (call under the lock): compiles `records` (reusing the readings given)
  /// unless the compiled file already is theirs, writes the compiled file, then the list, then
  /// removes the copies of sources no longer listed. With no records left, the compiled file
  /// goes first, and the list is emptied.
  public func commit(
    _ records: [SourceRecord], build: String, replacing read: [String: ReadResult] = [:],
    removedCopies: [String] = []
  ) throws(SourceStoreError) -> CompiledSet? {
    // (nil when nothing was compiled: no records, or the compiled file was already theirs)
    let list = SourceStore.listBytes(records)
    var set: CompiledSet?
    if records.isEmpty {
      unlink(PathBytes.cString(compiledPath))
      ChecksumNote.forget(fileAt: compiledPath)
    } else {
      let key = SourceStore.key(records)
      if !isCurrent(key: key, build: build) {
        let compiled = try compile(records, build: build, key: key, replacing: read)
        do throws(ItineraryStoreError) {
          try writeCompiled(compiled.file)
        } catch {
          throw .file(error)
        }
        set = compiled
      }
    }
    do throws(ItineraryStoreError) {
      try FileIO.replace(listPath, with: list)
    } catch {
      throw .file(error)
    }
    for name in removedCopies { unlink(PathBytes.cString(directory + "/" + name)) }
    return set
  }
}
