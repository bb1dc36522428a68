/// Reads a dump of any supported family, telling the family from the content with the ordered
/// `ReaderTable`, or refusing it by name with what it seems to be.
public enum DumpReader {
  /// How a text was classified.
  public enum Detection: Sendable, Equatable {
    /// A reader of this family reads it.
    case family(DumpFamily)
    /// No reader does: what the text seems to be, in words (`an iCalendar file: no reader for
    /// it yet`).
    case refused(String)
  }

  /// Reads a source with the reader of its family (`family`, or the detected one). A source no
  /// reader takes gives an empty result with an error saying what it seems to be.
  public static func read(
    _ source: DumpSource, options: ReadOptions = ReadOptions(), family: DumpFamily? = nil
  ) -> ReadResult {
    var result: ReadResult
    if let reader = family.map({ reader(of: $0, for: source) }) ?? detectReader(source) {
      result = reader.read(source, options: options)
      result.family = reader.family
    } else {
      result = ReadResult()
      result.diagnostics = source.text.withUTF8Bytes { bytes in
        var diagnostics = DiagnosticCollector(file: source.name, bytes: bytes)
        diagnostics.error(atOffset: 0, refusal(source))
        return diagnostics.takeSorted()
      }
    }
    result.file = source.name
    return result
  }

  /// The family a text belongs to, or nil when no reader takes it.
  public static func detect(_ source: DumpSource) -> DumpFamily? {
    detectReader(source)?.family
  }

  /// The family a text belongs to, or why none does.
  public static func classify(_ source: DumpSource) -> Detection {
    detect(source).map(Detection.family) ?? .refused(refusal(source))
  }

  /// Every reader, in detection order.
  public static var readers: [any ScheduleReader.Type] { ReaderTable.readers }

  /// The families `--family` accepts, in detection order.
  public static var families: [DumpFamily] { ReaderTable.families }

  /// The families' names, as `--family` lists them in its help: written out, for working them
  /// out from the reader table cost every run of every command 200,000 instructions
  /// (`DetectionTests` keeps the two the same).
  public static let familyNames =
    "ical, frab, virtual-site, page, card, schedule-table, notes, reading-list"

  /// Why a text no reader takes is refused: what it seems to be, or what a schedule looks like.
  public static func refusal(_ source: DumpSource) -> String {
    StructuredFormat.identify(source)?.refusal ?? familyHint
  }

  /// Why a text that gave nothing is refused: the error its reader gave when it gave one (`not
  /// valid JSON: unterminated string (line 12, column 5)`), else what the text seems to be.
  public static func refusal(_ source: DumpSource, reading result: ReadResult) -> String {
    guard let error = result.diagnostics.first(where: { $0.severity == .error }),
      result.family != nil
    else { return refusal(source) }
    return "\(error.message) (line \(error.location.line), column \(error.location.column))"
  }

  /// What a file of no recognised family should have looked like.
  public static let familyHint =
    "not a schedule dump confsched knows (card headers like 'Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1', day notes like '# Dec 10, Tuesday', a saved schedule page, or a reading list that names papers)"

  static func detectReader(_ source: DumpSource) -> (any ScheduleReader.Type)? {
    ReaderTable.readers.first { $0.sniff(source) }
  }

  /// The reader of a family for a text: the first of the family whose sniff says yes, else the
  /// family's last (the most lenient).
  static func reader(of family: DumpFamily, for source: DumpSource) -> (any ScheduleReader.Type)? {
    let readers = ReaderTable.readers(of: family)
    return readers.first { $0.sniff(source) } ?? readers.last
  }
}
