import ConfSchedData
import ConfSchedKit

/// The files `--data` names, read for one run: their compiled form is kept in the cache by
/// a hash of their contents (`CompileCache`), so a second run on the same bytes thaws it
/// instead of parsing and indexing again.
enum AdHocData {
  /// One `--data` file as read: its bytes decoded into a source, or why it could not be.
  private struct Input {
    var path: String
    /// Its bytes, until they are decoded: into text only when the compiled form is not cached,
    /// because validating a few megabytes of UTF-8 costs more than thawing what they compile to.
    /// Empty for a regular file, which is hashed where it is mapped and read only on a miss.
    var bytes: [UInt8] = []
    /// Whether `bytes` still has to be read (a regular file hashed in place).
    var isUnread = false
    /// The hash of its bytes, or why it could not be read.
    var loaded: Result<ContentHash, LoadError>
    /// Notes to print after this file's own messages (the next paths that named it again), so
    /// they come where a file-by-file read put them.
    var notes: [String] = []
  }

  /// Reads the files (each once), with the bundled dumps after them when `withBundled`.
  static func load(
    _ paths: [String], options: ReadOptions, family: DumpFamily?, withBundled: Bool
  ) throws(CLIError) -> LoadedData {
    let cache = CompileCache.defaultDirectory().map(CompileCache.init)
    var inputs: [Input] = []
    var seen: Set<String> = []
    for path in paths {
      // The same file named twice (or by two paths) is read once, not doubled.
      guard seen.insert(DataLoader.identity(of: path)).inserted else {
        let note = "confsched: \(path): given more than once; read once"
        if inputs.isEmpty {
          Output.error(note)
        } else {
          inputs[inputs.count - 1].notes.append(note)
        }
        continue
      }
      if let hash = cache?.contentHash(ofFileAt: path) ?? ContentHash(fileAt: path) {
        inputs.append(Input(path: path, isUnread: true, loaded: .success(hash)))
        continue
      }
      do throws(LoadError) {
        let bytes = try DumpFile.readBytes(path)
        inputs.append(Input(path: path, bytes: bytes, loaded: .success(ContentHash(bytes))))
      } catch {
        inputs.append(Input(path: path, loaded: .failure(error)))
      }
    }
    let build = AddedSources.build
    var key: String?
    let hashes = inputs.compactMap { input in
      (try? input.loaded.get()).map { (name: input.path, hash: $0) }
    }
    if hashes.count == inputs.count {
      key = CompileCache.key(
        build: build,
        options: [
          "year \(options.year.map(String.init) ?? "-")", "family \(family?.rawValue ?? "-")",
          "zone \(options.zone?.identifier ?? "-")",
          "page-zone \(options.pageZone?.identifier ?? "-")", "bundled \(withBundled)",
        ], files: hashes)
    }
    if let cache, let key, let found = cache.load(key: key, build: build) {
      switch found {
      case .success(let contents):
        reportWarnings(contents.schedule, inputs: inputs)
        return LoadedData(
          schedule: contents.schedule, mentions: contents.mentions, prebuilt: contents.lazyIndex,
          skipStatus: nil)
      case .failure(let problem):
        Output.error(
          "confsched: note: \(cache.path(for: key)): \(problem); read the files again")
      }
    }
    var results: [ReadResult] = []
    var skipStatus: ExitCode?
    var firstError: (String, ExitCode)?
    // The virtual site's abstracts, given beside their program: read after every program.
    var abstracts: [(path: String, abstracts: VirtualSiteAbstracts)] = []
    for position in inputs.indices {
      let input = inputs[position]
      // The bytes go once decoded: the text holds the file now.
      inputs[position].bytes = []
      do throws(LoadError) {
        _ = try input.loaded.get()
        let (source, decodeWarnings) =
          input.isUnread
          ? try DumpFile.load(input.path) : try DumpFile.decode(input.bytes, name: input.path)
        if let companion = VirtualSiteAbstracts(source) {
          abstracts.append((input.path, companion))
          for note in input.notes { Output.error(note) }
          continue
        }
        var result = DumpReader.read(source, options: options, family: family)
        guard !result.isEmpty else {
          throw LoadError.noEvents(
            path: input.path, hint: DumpReader.refusal(source, reading: result))
        }
        result.diagnostics.insert(contentsOf: decodeWarnings, at: 0)
        let warnings = result.diagnostics.count
        if warnings > 0 {
          Output.error(
            "confsched: \(input.path): \(warnings) warning\(warnings == 1 ? "" : "s"); see 'confsched check \(input.path)'"
          )
        }
        results.append(result)
      } catch {
        let status = DataLoader.exitCode(for: error)
        Output.error("confsched: \(error)")
        skipStatus = skipStatus ?? status
        firstError = firstError ?? (error.description, status)
      }
      for note in input.notes { Output.error(note) }
    }
    for pairing in DataLoader.pairAbstracts(&results, abstracts) {
      let status = ExitCode.dataError
      Output.error("confsched: \(pairing)")
      skipStatus = skipStatus ?? status
      firstError = firstError ?? (pairing, status)
    }
    if results.isEmpty, let firstError {
      // Already reported above; end with its status and no second message.
      throw CLIError.failure("", firstError.1)
    }
    // A program of the virtual site takes abstracts from a file found beside it, which the
    // key does not hash: such a run is not cached.
    let cacheable = !results.contains { $0.family == .virtualSite } && abstracts.isEmpty
    let readerCount = results.count + abstracts.count
    if withBundled {
      results += BundledDump.all.map { DumpReader.read(DumpSource(name: $0.name, text: $0.text)) }
    }
    let mentions = results.flatMap(\.mentions)
    // Compiled and kept only when every file was read: a run with a skipped file is not the
    // run the same command will be next time the file is fixed.
    let schedule: Schedule
    var index: SearchIndex?
    if let cache, let key, cacheable, skipStatus == nil, readerCount == inputs.count {
      let compiled = CompiledSchedule.compile(
        results.map(\.part), mentions: mentions, build: build, key: key)
      (schedule, index) = (compiled.schedule, compiled.index)
      _ = cache.store(compiled, key: key)
    } else {
      schedule = Schedule(results.map(\.part))
    }
    // What the readers did not say: events found in two of the files, merged into one.
    for merge in schedule.mergeNotes { Output.error("confsched: \(merge)") }
    return LoadedData(
      schedule: schedule, mentions: mentions, prebuilt: index.map(LazyIndex.init),
      skipStatus: skipStatus)
  }

  /// What a fresh read said on standard error, said again from the compiled form: each file's
  /// count of warnings, and the merges between files.
  private static func reportWarnings(_ schedule: Schedule, inputs: [Input]) {
    for input in inputs {
      if let source = schedule.sources.first(where: { $0.file == input.path }),
        source.warningCount > 0
      {
        let warnings = source.warningCount
        Output.error(
          "confsched: \(source.file): \(warnings) warning\(warnings == 1 ? "" : "s"); see 'confsched check \(source.file)'"
        )
      }
      for note in input.notes { Output.error(note) }
    }
    for merge in schedule.mergeNotes { Output.error("confsched: \(merge)") }
  }
}
