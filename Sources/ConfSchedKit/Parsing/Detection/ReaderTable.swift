/// Every reader, in the order family detection asks them: the first whose sniff says yes reads
/// the file. More specific forms come first: the structured formats, whose first bytes say what
/// they are (iCalendar, then frab's `schedule.json` and `schedule.xml`: every other file pays
/// next to nothing for their sniffs), then a saved page, the markdown cards and schedule tables
/// before notes (whose headings they share), card headers before prose, and the reading list
/// last, for any text that mentions papers.
///
/// Two readers of one family: `--family frab` takes the first whose sniff says yes, else the
/// last, the XML reader, which hands a text that is JSON to the JSON reader.
///
/// A new form of schedule is a folder under `Parsing/` with a `ScheduleReader` and one row here.
enum ReaderTable {
  static let readers: [any ScheduleReader.Type] = [
    ICalendarReader.self,
    FrabJSONReader.self,
    FrabXMLReader.self,
    VirtualSiteJSONReader.self,
    VirtualSitePageReader.self,
    PageReader.self,
    MarkdownCardReader.self,
    ScheduleTableReader.self,
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
