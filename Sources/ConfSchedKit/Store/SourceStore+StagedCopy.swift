/// `sources add`'s reading of an original, with its copy written at the same time.
extension SourceStore {
  /// An original read for adding: its reading, its hash, and its copy, written and synced to a
  /// temporary file beside the added sources but not yet in place (`placeCopy`).
  public struct StagedRead: Sendable {
    /// What reading it gave.
    public var result: ReadResult
    /// The hash of its bytes (`SourceRecord.hash`).
    public var hash: ContentHash
    /// The copy, or why it could not be written (told under the lock, where a copy written
    /// there would have failed).
    let copy: Result<FileIO.Staged, SourceStoreError>
  }

  /// Reads an original as `read(_:as:)` does while a second thread hashes it and writes its
  /// copy: the write and its sync (tens of milliseconds for a 50 MB file, most of it waiting
  /// on the disk) then cost nothing of the add's time. Nothing here takes the lock or changes
  /// what readers see; a refused original's copy is removed before the error is thrown.
  public func readStagingCopy(_ original: DumpBytes, as record: SourceRecord)
    throws(LoadError) -> StagedRead
  {
    let directory = self.directory
    let path = copyPath(of: record)
    let (read, (hash, copy)) = Concurrently.run(
      { () -> Result<ReadResult, LoadError> in
        do throws(LoadError) {
          return .success(try SourceStore.read(original, as: record))
        } catch {
          return .failure(error)
        }
      },
      { () -> (ContentHash, Result<FileIO.Staged, SourceStoreError>) in
        let hash = original.withBytes(ContentHash.init)
        do throws(ItineraryStoreError) {
          try FileIO.makeDirectories(directory)
          let staged = try FileIO.stage(path, durable: true) { fd in
            original.withBytes { FileIO.writeAll(fd, $0) }
          }
          return (hash, .success(staged))
        } catch {
          return (hash, .failure(.file(error)))
        }
      })
    switch read {
    case .success(let result):
      return StagedRead(result: result, hash: hash, copy: copy)
    case .failure(let error):
      if case .success(let staged) = copy { staged.discard() }
      throw error
    }
  }

  /// Puts a staged copy in place as `record`'s copy (call under the lock): `writeCopy` with
  /// the writing already done. The record may name the source otherwise than when the copy
  /// was staged (the same original added again under its first name).
  public func placeCopy(_ read: StagedRead, for record: SourceRecord) throws(SourceStoreError) {
    let path = copyPath(of: record)
    FileIO.removeStaleTemporaries(of: path)
    let staged: FileIO.Staged
    switch read.copy {
    case .success(let copy): staged = copy
    case .failure(let error): throw error
    }
    do throws(ItineraryStoreError) {
      try staged.commit(to: path, durable: true)
    } catch {
      throw .file(error)
    }
  }

  /// Removes a staged copy that was not placed; nothing when it was.
  public func discardCopy(_ read: StagedRead) {
    if case .success(let staged) = read.copy { staged.discard() }
  }
}
