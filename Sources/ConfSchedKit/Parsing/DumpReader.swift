/// Reads a dump of any supported family into events.
public enum DumpReader {
  /// Reads a source with the reader of its family.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    CardReader.read(source, options: options)
  }

  /// What a file of no recognised family should have looked like.
  public static let familyHint =
    "no card headers found (lines like 'Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1')"
}
