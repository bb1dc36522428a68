#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `sources add`'s reading of an original, with its copy written at the same time.
extension SourceStore {
  /// An original read for adding: its reading, its hash, and its copy, most often written and
  /// synced to a temporary file beside the added sources but not yet in place (`placeCopy`).
  public struct StagedRead: Sendable {
    /// What reading it gave.
    public var result: ReadResult
    /// The hash of its bytes (`SourceRecord.hash`).
    public var hash: ContentHash
    /// The number of its bytes (`SourceRecord.size`).
    public var size: Int
    /// The copy.
    let copy: Copy
  }

  /// A copy staged (written and synced to its temporary file), or the original's bytes when
  /// it could not be (no directory yet, or the write failed): written under the lock then,
  /// where a failure names the copy it was for. A staged copy holds no bytes, so the file's
  /// text is let go before compiling, whose memory then reuses its pages (13,000 page faults
  /// fewer for a 53 MB dump).
  enum Copy: Sendable {
    case staged(FileIO.Staged)
    case unstaged(DumpBytes)
  }

  /// Reads an original as `read(_:as:)` does while a second thread hashes it and writes its
  /// copy: the write and its sync (tens of milliseconds for a 50 MB file, most of it waiting
  /// on the disk) then cost nothing of the add's time. Nothing here takes the lock, creates
  /// a directory or changes what readers see (a store not yet made gets its copies under the
  /// lock); a refused original's copy is removed before the error is thrown.
  public func readStagingCopy(_ original: DumpBytes, as record: SourceRecord)
    throws(LoadError) -> StagedRead
  {
    let path = copyPath(of: record)
    let staging = FileIO.isDirectory(directory)
    let (read, (hash, copy)) = Concurrently.run(
      { () -> Result<ReadResult, LoadError> in
        do throws(LoadError) {
          return .success(try SourceStore.read(original, as: record))
        } catch {
          return .failure(error)
        }
      },
      { () -> (ContentHash, FileIO.Staged?) in
        let hash = original.withBytes(ContentHash.init)
        guard staging else { return (hash, nil) }
        let staged = try? FileIO.stage(path, durable: true) { fd in
          original.withBytes { FileIO.writeAll(fd, $0) }
        }
        return (hash, staged)
      })
    switch read {
    case .success(let result):
      return StagedRead(
        result: result, hash: hash, size: original.count,
        copy: copy.map(Copy.staged) ?? .unstaged(original))
    case .failure(let error):
      copy?.discard()
      throw error
    }
  }

  /// `readStagingCopy(_:as:)` of the file at `path`, with its copy and hash taken from the
  /// file itself on a second thread while this one reads it, rather than from the bytes this
  /// one read once it has: the copy (writing 53 MB for the 100x dump) then runs while the text
  /// is checked as UTF-8, which is this thread's alone, not while the cards are read on both.
  /// The file's fingerprint (`FileIO.fingerprint`) must be the same before and after both,
  /// else it changed while it was read and is refused. A path that is not a regular file, or
  /// a store with no directory yet, is read first and copied from what was read, as before;
  /// so is a file whose copy could not be written beside the sources (written under the lock
  /// then, where a failure names the copy).
  public func readStagingCopy(path: String, as record: SourceRecord) throws(LoadError)
    -> StagedRead
  {
    guard path != "-", let before = FileIO.status(path),
      (before.st_mode & S_IFMT) == S_IFREG, FileIO.isDirectory(directory)
    else { return try readStagingCopy(try DumpBytes.read(path), as: record) }
    let copyPath = copyPath(of: record)
    let (read, copy) = Concurrently.run(
      { () -> Result<(ReadResult, DumpBytes), LoadError> in
        do throws(LoadError) {
          let original = try DumpBytes.read(path)
          return .success((try SourceStore.read(original, as: record), original))
        } catch {
          return .failure(error)
        }
      },
      { FileIO.stageHashedCopy(of: path, to: copyPath, durable: true) })
    let after = FileIO.status(path).map { FileIO.fingerprint($0) }
    switch read {
    case .failure(let error):
      copy?.staged.discard()
      throw error
    case .success(let (result, original)):
      guard after == FileIO.fingerprint(before) else {
        copy?.staged.discard()
        throw .readFailed(path: path, reason: "it changed while it was read; add it again")
      }
      guard let copy, copy.fingerprint == after, copy.count == original.count else {
        copy?.staged.discard()
        return StagedRead(
          result: result, hash: original.withBytes(ContentHash.init), size: original.count,
          copy: .unstaged(original))
      }
      return StagedRead(
        result: result, hash: copy.hash, size: copy.count, copy: .staged(copy.staged))
    }
  }

  /// Puts a staged copy in place as `record`'s copy (call under the lock): `writeCopy` with
  /// the writing already done, or `writeCopy` itself when it was not staged. The record may
  /// name the source otherwise than when the copy was staged (the same original added again
  /// under its first name).
  public func placeCopy(_ read: StagedRead, for record: SourceRecord) throws(SourceStoreError) {
    let staged: FileIO.Staged
    switch read.copy {
    case .staged(let copy): staged = copy
    case .unstaged(let original):
      try writeCopy(original, for: record)
      return
    }
    let path = copyPath(of: record)
    FileIO.removeStaleTemporaries(of: path)
    do throws(ItineraryStoreError) {
      try staged.commit(to: path, durable: true)
    } catch {
      throw .file(error)
    }
  }

  /// Removes a staged copy that was not placed; nothing when it was.
  public func discardCopy(_ read: StagedRead) {
    if case .staged(let copy) = read.copy { copy.discard() }
  }
}
