/// Turning the drafts into events once the whole dump is read: the year and day dates, the
/// am/pm of each day's times, the kinds no section gave.
extension NotesParser {
  mutating func finish() -> ReadResult {
    var printed = days.map {
      YearInference.PrintedDate(
        weekday: $0.printed.weekday, month: $0.printed.month, day: $0.printed.day)
    }
    var headerLines: [Line] = []
    for draft in drafts {
      if case .header(let header, let line) = draft.time {
        printed.append(
          YearInference.PrintedDate(weekday: header.weekday, month: header.month, day: header.day))
        headerLines.append(line)
      }
    }
    let year = NotesCalendar.year(
      options: options, days: days, linkYears: linkYears, printed: printed)
    var dayDates: [CalendarDate?] = days.map { _ in nil }
    if let year {
      dayDates = NotesCalendar.dates(days, year: year, warnings: &warnings)
    } else if let first = days.first?.line ?? headerLines.first {
      // Only dates need the year: a dump with no day heading and no header has none to give.
      warnings.warn(first, "cannot tell the year from the links or the weekdays; pass --year")
    }
    let resolved = resolveTimes()

    var reportedHeaders: Set<Int> = []
    var when: [(date: CalendarDate?, start: LocalTime?, end: LocalTime?)] = []
    when.reserveCapacity(drafts.count)
    for draft in drafts {
      var date = draft.day.flatMap { dayDates[$0] }
      var start: LocalTime?
      var end: LocalTime?
      switch draft.time {
      case .written(let index):
        (start, end) = (resolved[index].start, resolved[index].end)
      case .header(let header, let line):
        (start, end) = (header.span.start, header.span.end)
        let report = reportedHeaders.insert(line.number).inserted
        date = headerDate(header, line: line, year: year, report: report)
      case nil:
        break
      }
      when.append((date, start, end))
    }

    // NeurIPS ends with its workshop days: events no section names, on a day after the last one
    // with orals or spotlights, are workshops.
    let lastMainDay = drafts.indices.filter {
      drafts[$0].kind == .oral || drafts[$0].kind == .spotlight
    }
    .compactMap { when[$0].date }.max()
    var result = ReadResult()
    var conference: Conference?
    if let year {
      let warning: String?
      (conference, warning) = NeurIPSSeason.conference(
        year: year, days: when.lazy.compactMap(\.date), file: warnings.file, zone: options.zone)
      if let warning, let first = days.first?.line ?? headerLines.first {
        warnings.warn(first, warning)
      }
    }
    result.conferences = conference.map { [$0] } ?? []
    result.events = drafts.indices.map { index in
      let draft = drafts[index]
      let (date, start, end) = when[index]
      var kind = draft.kind ?? .unknown
      if draft.kind == nil, let date, let lastMainDay, date > lastMainDay { kind = .workshop }
      return Event(
        kind: kind, title: draft.title ?? "(untitled)", authors: draft.authors,
        conference: conference, date: date, start: start, end: end, room: draft.room,
        board: draft.board, notes: draft.notes.flatMap { NotesText.text(bytes, lines[$0]) },
        links: draft.links,
        source: warnings.location(draft.anchor, at: draft.anchorOffset))
    }
    result.diagnostics = warnings.takeSorted()
    return result
  }

  /// The times of every time line, day by day, with what had to be guessed reported.
  mutating func resolveTimes() -> [MeridiemInference.Resolved] {
    let usesMeridiem = times.contains {
      $0.written.first.meridiem != nil || $0.written.second?.meridiem != nil
    }
    var resolved = times.map { _ in MeridiemInference.Resolved() }
    var byDay: [Int?: [Int]] = [:]
    for (index, time) in times.enumerated() { byDay[time.day, default: []].append(index) }
    for indices in byDay.values {
      let day = MeridiemInference.resolve(
        indices.map { times[$0].written }, dumpUsesMeridiem: usesMeridiem)
      for (index, result) in zip(indices, day) {
        resolved[index] = result
        for problem in result.problems {
          warnings.warn(times[index].line, at: problem.offset, problem.message)
        }
      }
    }
    return resolved
  }

  /// The date a card header prints, checked against its weekday.
  mutating func headerDate(_ header: CardHeader, line: Line, year: Int?, report: Bool)
    -> CalendarDate?
  {
    guard let year else { return nil }
    let name = "\(Month.shortNames[header.month - 1]) \(header.day)"
    guard let date = CalendarDate(year: year, month: header.month, day: header.day) else {
      if report { warnings.warn(line, "\(name) is not a date in \(year)") }
      return nil
    }
    if report, let weekday = header.weekday, weekday != date.weekday {
      warnings.warn(line, "\(date) is a \(date.weekday.name) in \(year), not a \(weekday.name)")
    }
    return date
  }
}
