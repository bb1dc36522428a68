/// A reader of one form of schedule file. Every family's reader conforms, and family detection
/// is the ordered table of them in `ReaderTable`: a new form is a folder with a reader and one
/// row in that table.
///
/// A reader is lenient about what it reads and honest about what it could not: `read` never
/// fails and never invents a value; what it guessed, repaired or left out is a diagnostic with
/// a location, reported through a `DiagnosticCollector`.
public protocol ScheduleReader: Sendable {
  /// The family the reader reads, as `--family` names it. Two readers may share a family (the
  /// card family's text and markdown forms): `--family` then picks the first whose sniff
  /// says yes, else the last of them.
  static var family: DumpFamily { get }

  /// Whether a text looks like this reader's form, cheaply: a look at the start or at a few
  /// telling lines, not a parse.
  static func sniff(_ source: DumpSource) -> Bool

  /// Reads everything the reader can from a text.
  static func read(_ source: DumpSource, options: ReadOptions) -> ReadResult
}
