import ConfSchedData
import ConfSchedKit

/// The schedules the user added with `confsched sources add`, as the data of a command: once
/// any is added, they are what every command reads unless `--data` names files, and
/// `--bundled` brings the bundled dumps in beside them.
enum AddedSources {
  /// The build tag of this confsched's compiled files.
  static var build: String {
    CompiledSchedule.build(version: BuildIdentity.version(ConfSched.version))
  }

  /// The store in the data home; nil when there is no home to find it in.
  static func store(_ arguments: ParsedArguments) throws(CLIError) -> SourceStore? {
    guard let directory = SourceStore.defaultDirectory() else { return nil }
    return SourceStore(directory: directory, patience: try ItineraryCommand.lockPatience(arguments))
  }

  /// The added sources' compiled schedule and their records; nil when none is added. A
  /// compiled file that cannot be trusted is compiled again from the copies, with a note.
  static func compiled(_ arguments: ParsedArguments) throws(CLIError)
    -> (contents: ScheduleSnapshot.Contents, records: [SourceRecord], store: SourceStore)?
  {
    guard let store = try store(arguments) else { return nil }
    do throws(SourceStoreError) {
      var loaded = try store.load(build: build)
      if case .needsRebuild = loaded {
        let rebuilt = try store.rebuild(build: build, waiting: waitingNote)
        if let reason = rebuilt.reason {
          Output.error(
            "confsched: note: \(store.compiledPath): \(reason); compiled again from the added originals' copies"
          )
        }
        if let failure = rebuilt.writeFailure {
          Output.error("confsched: note: not saved: \(failure)")
        }
        loaded = rebuilt.loaded
      }
      switch loaded {
      case .nothingAdded, .needsRebuild: return nil
      case .compiled(let contents, let records): return (contents, records, store)
      }
    } catch {
      throw failure(error)
    }
  }

  /// The data of a command run without `--data`: the added sources (and the bundled dumps
  /// with `--bundled`); nil when nothing is added.
  static func load(_ arguments: ParsedArguments, withBundled: Bool) throws(CLIError)
    -> LoadedData?
  {
    guard let (contents, records, store) = try compiled(arguments) else { return nil }
    guard withBundled else {
      return LoadedData(
        schedule: contents.schedule, mentions: contents.mentions, prebuilt: contents.lazyIndex,
        skipStatus: nil)
    }
    // Added and bundled together are read again, so that an event in both is merged as it is
    // between any two dumps; what that compiles to is kept in the cache, as a `--data` run's
    // is, under the added sources' key.
    let cache = CompileCache.defaultDirectory().map(CompileCache.init)
    let key = CompileCache.key(
      build: build, options: ["added sources \(SourceStore.key(records))", "bundled true"],
      files: [])
    if let cache, let found = cache.load(key: key, build: build) {
      switch found {
      case .success(let contents):
        return LoadedData(
          schedule: contents.schedule, mentions: contents.mentions, prebuilt: contents.lazyIndex,
          skipStatus: nil)
      case .failure(let problem):
        Output.error("confsched: note: \(cache.path(for: key)): \(problem); read the files again")
      }
    }
    var results: [ReadResult] = []
    for record in records {
      do throws(LoadError) {
        let bytes = try DumpFile.readBytes(store.copyPath(of: record))
        results.append(try SourceStore.read(bytes, as: record))
      } catch {
        throw failure(.unreadableCopy(error))
      }
    }
    results += BundledDump.all.map { DumpReader.read(DumpSource(name: $0.name, text: $0.text)) }
    let mentions = results.flatMap(\.mentions)
    guard let cache else {
      return LoadedData(
        schedule: Schedule(results.map(\.part)), mentions: mentions, prebuilt: nil,
        skipStatus: nil)
    }
    let compiled = CompiledSchedule.compile(
      results.map(\.part), mentions: mentions, build: build, key: key)
    _ = cache.store(compiled, key: key)
    return LoadedData(
      schedule: compiled.schedule, mentions: mentions, prebuilt: LazyIndex(compiled.index),
      skipStatus: nil)
  }

  /// Says once which process holds the store's lock, when the wait passes a second.
  static func waitingNote(_ holder: LockHolder) {
    Output.error("confsched: waiting for \(holder), which is changing the added sources")
  }

  /// The exit a store error ends with, and its message.
  static func failure(_ error: SourceStoreError) -> CLIError {
    let code: ExitCode
    switch error {
    case .invalidList, .unreadableCopy: code = .dataError
    case .notAdded: code = .noMatch
    case .file(let file):
      switch file {
      case .cannotRead: code = .noInput
      case .empty, .invalid: code = .dataError
      case .cannotCreateDirectory, .cannotReplace: code = .cannotCreate
      case .cannotLock, .lockTimedOut, .cannotWrite: code = .ioError
      }
    }
    return CLIError.failure(error.description, code)
  }
}
