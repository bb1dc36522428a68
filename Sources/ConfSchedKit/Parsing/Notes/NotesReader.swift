/// Reads the notes family: an attendee's markdown notes laid over a conference's program.
///
///     # Dec 10, Tuesday                                   a day
///     ## [Orals](https://.../ScheduleMultitrack?day=2019-12-10)   a section: the events' kind
///     10:05 am : West Ballroom C\                         the time and room of the next event
///     [Title](event page)\                                the title, maybe over two lines
///     [Slides](...)\                                      resources
///     Name (Affiliation)\                                 authors, one a line
///     **Name (Affiliation)**
///
///     Free-form notes, up to the next event, section or day.
///
/// Also: a room line over a block of spotlights (`West Ballroom C`: a room, no time), a time
/// span shared by a block of demonstrations (`5:30 pm -- 10:30 PM @ East Exhibition Hall B + C`)
/// with `802: Title` lines (`802` is the board), `West 211 - 214 #8` above a title (room and
/// board), socials as a title over a card header (`Tue Dec 10th 07:00 -- 10:00 PM @ West 223`),
/// and `# Demonstrations` or `# Socials` as sections of the current day.
///
/// The reader is lenient and repairs what the dumps get wrong, with a warning each time: times
/// without am/pm and am/pm slips are settled from the day's order, a time line with no title is
/// kept as an untitled session, and a day heading that repeats the date before it is corrected
/// from its links. A talk with only a start time has no end; no time is invented.
public enum NotesReader: ScheduleReader {
  /// `notes`.
  public static let family = DumpFamily.notes

  /// Reads every event of a notes dump; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = NotesParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }

  /// Whether a dump looks like notes, from its first 64 KB: a day heading (`# Dec 10, Tuesday`)
  /// or a section heading with a link (`## [Orals](...)`), and two at least of those, section
  /// headings (`## Demo`) and time-and-room lines (`10:05 am : West Ballroom C\`).
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      let sample = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, 1 << 16)])
      var days = 0
      var sections = 0
      var linkedSections = 0
      var timed = 0
      for line in sample.lines() {
        let range = sample.trimmed(line.start..<line.end)
        guard let lead = range.first.map({ sample[$0] }) else { continue }
        if lead == UInt8(ascii: "#"), let heading = NotesHeading.parse(sample, line) {
          if heading.day != nil { days += 1 }
          if heading.kind != nil { sections += 1 }
          if heading.kind != nil && heading.link != nil { linkedSections += 1 }
        } else if lead.isDigit, let line = RoomTimeLine.parseTimed(sample, line),
          line.first?.meridiem != nil, line.room != nil
        {
          timed += 1
        }
      }
      return days + linkedSections > 0 && days + sections + timed >= 2
    }
  }
}

extension DumpFamily {
  /// An attendee's notes by day and section, laid over the program.
  public static let notes = DumpFamily(rawValue: "notes")
}
