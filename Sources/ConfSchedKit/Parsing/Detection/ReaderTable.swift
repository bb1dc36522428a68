/// Every reader, in the order family detection asks them: the first whose sniff says yes reads
/// the file. More specific forms come first: the structured formats, whose first line says what
/// they are, then a saved page and the markdown cards before notes
/// (whose headings they share), card headers before prose, and the reading list last, for any
/// text that mentions papers.
///
/// A new form of schedule is a folder under `Parsing/` with a `ScheduleReader` and one row here.
enum ReaderTable {
  nonisolated(unsafe) static let readers: [any ScheduleReader.Type] = [
    ICalendarReader.self,
    VirtualSiteJSONReader.self,
    VirtualSitePageReader.self,
    PageReader.self,
    MarkdownCardReader.self,
    NotesReader.self,
    CardReader.self,
    ReadingListReader.self,
  ]

  /// The families, each once, in the table's order.
  static var families: [DumpFamily] {
    var seen: [DumpFamily] = []
    for reader in readers where !seen.contains(reader.family) { seen.append(reader.family) }
    return seen
  }

  /// The readers of a family, in the table's order.
  static func readers(of family: DumpFamily) -> [any ScheduleReader.Type] {
    readers.filter { $0.family == family }
  }
}
