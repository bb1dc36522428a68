#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The compiled forms of `--data` runs, in `$XDG_CACHE_HOME/confsched/` (by default
/// `~/.cache/confsched/`), one file per set of files and options, named by a hash of their
/// contents: a second run on the same bytes thaws the compiled form instead of parsing and
/// indexing again, and an edited file is simply another key.
///
/// A cache file is written to a temporary file and renamed, so a reader sees none or all of
/// it; two runs writing the same key write the same bytes. Nothing in it is trusted before its
/// header is checked, and its checksum, or a note that the checksum was checked on this file
/// since the machine started (`ChecksumNote`).
public struct CompileCache: Sendable {
  /// The directory.
  public let directory: String

  /// A cache in a directory; nothing is created until a file is stored.
  public init(directory: String) {
    self.directory = directory
  }

  /// `$XDG_CACHE_HOME/confsched` when it is an absolute path, else `$HOME/.cache/confsched`;
  /// nil when neither is set.
  public static func defaultDirectory() -> String? {
    if let value = getenv("XDG_CACHE_HOME") {
      let path = PathBytes.string(fromCString: value)
      if path.hasPrefix("/") { return trimmed(path) + "/confsched" }
    }
    if let value = getenv("HOME") {
      let home = PathBytes.string(fromCString: value)
      if !home.isEmpty { return trimmed(home) + "/.cache/confsched" }
    }
    return nil
  }

  /// The key of a run: the build, the options, and each file's name and content hash.
  public static func key(
    build: String, options: [String], files: [(name: String, hash: ContentHash)]
  )
    -> String
  {
    var text = build + "\n" + options.joined(separator: "\n") + "\n"
    for file in files { text += "\(file.hash) \(file.name)\n" }
    return ContentHash(text).description
  }

  /// The file a key's compiled form is kept in.
  public func path(for key: String) -> String {
    directory + "/data-" + key + ".confsched"
  }

  /// The compiled form of a key: nil when there is none, else its contents or why it cannot
  /// be trusted.
  public func load(key: String, build: String)
    -> Result<ScheduleSnapshot.Contents, CompiledSchedule.Problem>?
  {
    guard let file = try? MappedFile.open(path(for: key)) else { return nil }
    return CompiledSchedule.decode(file, build: build, key: key)
  }

  /// Stores a compiled form, as `CompiledSchedule.compile` gives it, with its checksum
  /// remembered as checked (`ChecksumNote`); the reason when it cannot (the cache is an
  /// optimisation: the caller goes on without it).
  public func store(_ compiled: CompiledSchedule.Compiled, key: String) -> String? {
    do throws(ItineraryStoreError) {
      try FileIO.makeDirectories(directory)
      FileIO.removeStaleTemporaries(of: path(for: key))
      var checksum: ContentHash?
      try FileIO.replace(path(for: key), durable: false) { fd in
        checksum = compiled.write(to: fd)
        return checksum != nil
      }
      FileIO.removeStaleTemporaries(of: ChecksumNote.path(for: path(for: key)))
      if let checksum {
        ChecksumNote.remember(checksum, forFileAt: path(for: key), written: true)
      }
      return nil
    } catch {
      return error.description
    }
  }

  private static func trimmed(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
    return path == "/" ? "" : String(path)
  }
}
