/// The pass over a schedule table page: its statements (day, zone, room, title) and its rows,
/// in order.
struct ScheduleTableParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let options: ReadOptions
  var diagnostics: DiagnosticCollector

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: ReadOptions) {
    self.bytes = bytes
    self.file = file
    self.options = options
    self.diagnostics = DiagnosticCollector(file: file, bytes: bytes)
  }

  /// A row read, waiting for the page's conference and zone.
  struct Row {
    var day: DayStatement?
    var span: TimeSpan
    var entry: TableEntry
    var room: String?
    var offset: Int
  }

  mutating func run() -> ReadResult {
    let document = TableDocument(bytes)
    var title: String?
    var stated: ZoneRule?
    var room: String?
    var day: DayStatement?
    var rows: [Row] = []
    var columns: Columns?
    var prose: [String] = []
    for block in document.blocks {
      switch block {
      case .text(let text, _):
        prose.append(text)
        let lowered = text.lowercased()
        if title == nil, let value = Self.value(of: "title", in: text) ?? Self.heading(text) {
          title = value
        }
        if let value = Self.value(of: "location", in: text) ?? Self.value(of: "room", in: text)
          ?? Self.value(of: "venue", in: text)
        {
          room = value
        }
        if stated == nil, lowered.contains("time") || text.contains("(") {
          stated = StatedZone.find(in: text)
        }
        if Self.statesADay(text), let found = DayStatement.find(in: text) { day = found }
      case .row(let cells, let isHeader, let offset):
        if isHeader {
          columns = Columns(cells)
          if stated == nil { stated = cells.lazy.compactMap(StatedZone.find).first }
          continue
        }
        guard let timeIndex = cells.firstIndex(where: { Self.timeSpan($0) != nil }),
          let span = Self.timeSpan(cells[timeIndex])
        else {
          // A row of a day (`Day 1: Sunday, December 15`), else a heading row.
          if let found = DayStatement.find(in: cells.joined(separator: " ")) { day = found }
          continue
        }
        let parts = (columns ?? Columns([])).parts(of: cells, timeIndex: timeIndex)
        var entry = TableEntry(parts.description)
        if let speaker = parts.speaker, entry.people.isEmpty, let names = TableEntry.people(speaker)
        {
          entry.people = names
        }
        if span.end == nil, let end = Self.endProblem(cells[timeIndex]) {
          diagnostics.warn(atOffset: offset, end)
        }
        rows.append(
          Row(day: day, span: span, entry: entry, room: parts.room ?? room, offset: offset))
      }
    }
    return events(rows, title: title, stated: stated, prose: prose.joined(separator: "\n"))
  }

  /// `title: Schedule` (front matter) or `**Date**: ...`: the value of a key at a line's start.
  /// The line's start is looked at first: a long line that is no `key: value` costs its first
  /// few characters, not a copy of it lowercased for each key tried (a 552 KB file read as a
  /// schedule table spent 42% of its time here).
  static func value(of key: String, in text: String) -> String? {
    var start = ""
    var length = 0
    for character in text where character != "*" && character != "_" {
      if length == 0, character.isTrimmedSpace { continue }
      start.append(character)
      length += 1
      if length > key.count { break }
    }
    guard start.lowercased() == key + ":" else { return nil }
    let plain = text.filter { $0 != "*" && $0 != "_" }.trimmingSpaces()
    let value = plain.dropFirst(key.count + 1).trimmingSpaces()
    return value.isEmpty ? nil : value
  }

  /// `# Title`: the heading's text.
  static func heading(_ text: String) -> String? {
    guard text.hasPrefix("#") else { return nil }
    let value = text.drop { $0 == "#" }.trimmingSpaces().filter { $0 != "*" }
    return value.isEmpty ? nil : value
  }

  /// Whether a line is where a page states its day: a heading, a `Date:` line, front matter's
  /// `date:`, a line in bold, or a short line that is mostly the date.
  /// The line without `*` and `_`, trimmed, is read only as far as these need: its first
  /// four characters and whether it is over 40 long, not copied and lowercased whole.
  static func statesADay(_ text: String) -> Bool {
    if text.hasPrefix("#") || (text.hasPrefix("**") && text.prefix(81).count <= 80) {
      return true
    }
    var start = ""
    var length = 0
    var trimmedLength = 0
    for character in text where character != "*" && character != "_" {
      let space = character.isTrimmedSpace
      if length == 0, space { continue }
      length += 1
      if !space { trimmedLength = length }
      if length <= 4 { start.append(character) }
      if trimmedLength > 40 { break }
    }
    let lowered = start.lowercased()
    return lowered.hasPrefix("date") || lowered.hasPrefix("day ") || trimmedLength <= 40
  }

  /// What is wrong with a range whose end was not read: it ends before it starts.
  static func endProblem(_ cell: String) -> String? {
    "the time range '\(cell.trimmingSpaces())' ends before it starts; its end is left out"
  }

  /// A cell's time range, or nil: `08:15 -- 08:30`, `9:00am - 10:30am`, `14:00–15:00`.
  static func timeSpan(_ cell: String) -> TimeSpan? {
    let text = cell.filter { $0 != "*" }.trimmingSpaces()
    guard let first = text.utf8.first, first.isDigit, text.utf8.count <= 40 else { return nil }
    return text.withUTF8Bytes { bytes in
      var scanner = ByteScanner(bytes, 0..<bytes.count)
      var problems: [ParseProblem] = []
      guard let span = TimeSpan.read(&scanner, problems: &problems) else { return nil }
      scanner.skipSpaces()
      // Only a time range, perhaps with a zone after it (`08:00 - 09:00 PT`).
      guard
        scanner.isAtEnd || scanner.peek.map({ $0.isASCIILetter || $0 == UInt8(ascii: "(") }) == true
      else { return nil }
      return span.start == nil ? nil : span
    }
  }
}
