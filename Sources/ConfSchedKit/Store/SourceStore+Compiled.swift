#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The added sources' compiled form: reading it, compiling it again when it cannot be trusted,
/// and compiling a set of sources.
extension SourceStore {
  /// What reading the compiled form found.
  public enum Loaded: Sendable {
    /// Nothing is added: the caller uses the bundled data.
    case nothingAdded
    /// The added sources' schedule, index and mentions, and their records.
    case compiled(ScheduleSnapshot.Contents, [SourceRecord])
    /// The compiled form cannot be used as it is (the problem says why): call `rebuild`.
    case needsRebuild(CompiledSchedule.Problem)
  }

  /// Reads the compiled form of the added sources, without a lock; it writes nothing but the
  /// note that the compiled file's checksum was checked (`ChecksumNote`).
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
        try writeCompiled(set.file)
      } catch {
        failure = .file(error)
      }
      return Rebuilt(
        loaded: .compiled(set.contents, records), reason: reason, writeFailure: failure)
    }
  }

  /// The added sources compiled together: the file, what it decodes to, and each source's
  /// reading (for its warnings).
  public struct CompiledSet: Sendable {
    /// The compiled file, to be written.
    public var file: CompiledSchedule.Compiled
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
    let mentions = results.flatMap(\.mentions)
    let compiled = CompiledSchedule.compile(
      results.map(\.part), mentions: mentions, build: build, key: key)
    return CompiledSet(
      file: compiled,
      contents: ScheduleSnapshot.Contents(
        schedule: compiled.schedule, mentions: mentions, lazyIndex: LazyIndex(compiled.index)),
      results: results)
  }

  /// Writes the compiled file in place (not durable: see `FileIO.replace`) and remembers its
  /// checksum as checked (call under the lock).
  func writeCompiled(_ file: CompiledSchedule.Compiled) throws(ItineraryStoreError) {
    var checksum: ContentHash?
    try FileIO.replace(compiledPath, durable: false) { fd in
      checksum = file.write(to: fd)
      return checksum != nil
    }
    if let checksum { ChecksumNote.remember(checksum, forFileAt: compiledPath, written: true) }
  }

  /// Reads an original's bytes as a record says (its file name, family and year); a file that
  /// yields nothing is refused, as `--data` refuses it.
  public static func read(_ bytes: [UInt8], as record: SourceRecord) throws(LoadError)
    -> ReadResult
  {
    try read(DumpBytes.bytes(bytes), as: record)
  }

  /// `read(_:as:)` of an original as read: its text as it is when it was read straight into
  /// one.
  public static func read(_ original: DumpBytes, as record: SourceRecord) throws(LoadError)
    -> ReadResult
  {
    let (source, warnings): (DumpSource, [Diagnostic])
    switch original {
    case .text(let text): (source, warnings) = (DumpSource(name: record.file, text: text), [])
    case .bytes(let bytes): (source, warnings) = try DumpFile.decode(bytes, name: record.file)
    }
    var result = DumpReader.read(
      source, options: ReadOptions(year: record.year), family: record.family)
    guard !result.isEmpty else {
      throw .noEvents(path: record.file, hint: DumpReader.refusal(source, reading: result))
    }
    result.diagnostics = warnings + result.diagnostics
    return result
  }
}
