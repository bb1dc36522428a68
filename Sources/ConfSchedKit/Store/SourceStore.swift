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
/// is synced and renamed. A reader takes no lock: it reads the list, then the compiled file,
/// and uses it when the compiled file's key is the hash of the list it read. Anything else (a
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

  /// What reading the compiled form found.
  public enum Loaded: Sendable {
    /// Nothing is added: the caller uses the bundled data.
    case nothingAdded
    /// The added sources' schedule, index and mentions, and their records.
    case compiled(ScheduleSnapshot.Contents, [SourceRecord])
    /// The compiled form cannot be used as it is (the problem says why): call `rebuild`.
    case needsRebuild(CompiledSchedule.Problem)
  }

  /// Reads the compiled form of the added sources, without a lock and without writing.
  public func load(build: String) throws(SourceStoreError) -> Loaded {
    let records = try readList().records
    guard !records.isEmpty else { return .nothingAdded }
    let compiled: MappedFile?
    do throws(ItineraryStoreError) {
      compiled = try MappedFile.open(compiledPath)
    } catch {
      throw .file(error)
    }
    guard let compiled else { return .needsRebuild(.damaged("it is missing")) }
    switch CompiledSchedule.decode(compiled, build: build, key: SourceStore.key(records)) {
    case .success(let contents): return .compiled(contents, records)
    case .failure(let problem): return .needsRebuild(problem)
    }
  }

  /// What `rebuild` did.
  public struct Rebuilt: Sendable {
    /// What there is to use now.
    public var loaded: Loaded
    /// Why it compiled again; nil when another process had rebuilt it meanwhile (or the
    /// sources were removed), and nothing was compiled.
    public var reason: CompiledSchedule.Problem?
    /// Why the compiled file could not be saved, when it could not (a read-only data home):
    /// what was compiled is used all the same.
    public var writeFailure: SourceStoreError?
  }

  /// Compiles the added sources again from their copies, under the lock, and writes the
  /// compiled file when it can. When another process rebuilt it meanwhile, its file is used.
  public func rebuild(build: String, waiting: (LockHolder) -> Void = { _ in })
    throws(SourceStoreError) -> Rebuilt
  {
    try withLock(waiting: waiting) { () throws(SourceStoreError) in
      let again = try load(build: build)
      guard case .needsRebuild(let reason) = again else {
        return Rebuilt(loaded: again, reason: nil, writeFailure: nil)
      }
      let records = try readList().records
      let set = try compile(records, build: build, key: SourceStore.key(records))
      var failure: SourceStoreError?
      do throws(ItineraryStoreError) {
        try FileIO.replace(compiledPath, with: set.bytes)
      } catch {
        failure = .file(error)
      }
      return Rebuilt(
        loaded: .compiled(set.contents, records), reason: reason, writeFailure: failure)
    }
  }

  /// The added sources compiled together: the file's bytes, what they decode to, and each
  /// source's reading (for its warnings).
  public struct CompiledSet: Sendable {
    /// The compiled file.
    public var bytes: [UInt8]
    /// Its schedule, mentions and index.
    public var contents: ScheduleSnapshot.Contents
    /// Each source's reading, in the records' order.
    public var results: [ReadResult]
  }

  /// Reads every record's copy and compiles them together; `replacing` gives the readings of
  /// sources already read (by name), which are not read again.
  public func compile(
    _ records: [SourceRecord], build: String, key: String,
    replacing read: [String: ReadResult] = [:]
  ) throws(SourceStoreError) -> CompiledSet {
    var results: [ReadResult] = []
    for record in records {
      if let result = read[record.name] {
        results.append(result)
        continue
      }
      do throws(LoadError) {
        let bytes = try DumpFile.readBytes(copyPath(of: record))
        results.append(try SourceStore.read(bytes, as: record))
      } catch {
        throw .unreadableCopy(error)
      }
    }
    let schedule = Schedule(results.map(\.part))
    let mentions = results.flatMap(\.mentions)
    let index = SearchIndex(schedule.events)
    let bytes = CompiledSchedule.encode(
      schedule, mentions: mentions, index: index, build: build, key: key)
    return CompiledSet(
      bytes: bytes,
      contents: ScheduleSnapshot.Contents(
        schedule: schedule, mentions: mentions, lazyIndex: LazyIndex(index)),
      results: results)
  }

  /// Reads an original's bytes as a record says (its file name, family and year); a file that
  /// yields nothing is refused, as `--data` refuses it.
  public static func read(_ bytes: [UInt8], as record: SourceRecord) throws(LoadError)
    -> ReadResult
  {
    let (source, warnings) = try DumpFile.decode(bytes, name: record.file)
    var result = DumpReader.read(
      source, options: ReadOptions(year: record.year), family: record.family)
    guard !result.isEmpty else {
      throw .noEvents(path: record.file, hint: DumpReader.refusal(source, reading: result))
    }
    result.diagnostics = warnings + result.diagnostics
    return result
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
    for path in [listPath, compiledPath] { FileIO.removeStaleTemporaries(of: path) }
    return try body()
  }

  /// Writes a copy of an original's bytes for a record (call under the lock).
  public func writeCopy(_ bytes: [UInt8], for record: SourceRecord) throws(SourceStoreError) {
    do throws(ItineraryStoreError) {
      FileIO.removeStaleTemporaries(of: copyPath(of: record))
      try FileIO.replace(copyPath(of: record), with: bytes)
    } catch {
      throw .file(error)
    }
  }

  /// Replaces the set (call under the lock): compiles `records` (reusing the readings given)
  /// unless the compiled file already is theirs, writes the compiled file, then the list, then removes the copies of sources no longer
  /// listed. With no records left, the compiled file goes first, and the list is emptied.
  public func commit(
    _ records: [SourceRecord], build: String, replacing read: [String: ReadResult] = [:],
    removedCopies: [String] = []
  ) throws(SourceStoreError) -> CompiledSet? {
    // (nil when nothing was compiled: no records, or the compiled file was already theirs)
    let list = SourceStore.listBytes(records)
    var set: CompiledSet?
    if records.isEmpty {
      unlink(PathBytes.cString(compiledPath))
    } else {
      let key = SourceStore.key(records)
      if !isCurrent(key: key, build: build) {
        let compiled = try compile(records, build: build, key: key, replacing: read)
        do throws(ItineraryStoreError) {
          try FileIO.replace(compiledPath, with: compiled.bytes)
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
