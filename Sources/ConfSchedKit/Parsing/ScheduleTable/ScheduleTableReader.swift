/// Reads the schedule tables of workshops and small events: a page that states its day
/// (`**Date**: 15<sup>th</sup> December 2024`, a heading, front matter's `date:`) and maybe its
/// zone ("All times are Pacific Time") and room (`**Location**: Meeting 116, 117`), over a
/// markdown or HTML table whose rows are a time range and a description:
///
///     | **Time (PT)**  | Agenda                                               |
///     |----------------|------------------------------------------------------|
///     | 08:15 -- 08:30 | **Introduction and Opening Remarks**                 |
///     | 08:30 -- 09:00 | **Invited Talk**: Johannes Brandstetter (*JKU Linz*) |
///
/// Times may be 12- or 24-hour, joined by `--`, `-`, `–` or `to`. A page with several days
/// states each before its rows (a heading, or a row with a day and no time). The conference is
/// the NeurIPS edition the page names (`NeurIPS 2024`), in its city's zone, the stated zone's
/// times converted to it; else the page's title, in the stated zone (or `--zone`). See
/// `TableEntry` for how a description gives the kind, the people and the title.
public enum ScheduleTableReader: ScheduleReader {
  /// `schedule-table`.
  public static let family = DumpFamily.scheduleTable

  /// Whether a page has a table with two rows or more that start with a time range.
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      let sample = UnsafeBufferPointer(rebasing: bytes[0..<Swift.min(bytes.count, 1 << 18)])
      var timed = 0
      if TableDocument.hasHTMLTable(sample) {
        for block in TableDocument(sample).blocks {
          if case .row(let cells, false, _) = block,
            cells.contains(where: { ScheduleTableParser.timeSpan($0) != nil })
          {
            timed += 1
            if timed >= 2 { return true }
          }
        }
        return false
      }
      // Markdown: only lines that open with `|` can be rows.
      for line in sample.eachLine() {
        let range = sample.trimmed(line.start..<line.end)
        guard let first = range.first, sample[first] == UInt8(ascii: "|") else { continue }
        let cells = TableDocument.cells(sample.string(range))
        if cells.contains(where: { ScheduleTableParser.timeSpan($0) != nil }) {
          timed += 1
          if timed >= 2 { return true }
        }
      }
      return false
    }
  }

  /// Reads every row of the page's tables; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = ScheduleTableParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }
}

extension DumpFamily {
  /// A workshop's page with a table of time ranges and talks under a stated day.
  public static let scheduleTable = DumpFamily(rawValue: "schedule-table")
}
