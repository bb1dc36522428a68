/// Reads iCalendar files (RFC 5545), as conference sites and calendar programs export them:
///
///     BEGIN:VCALENDAR
///     X-WR-CALNAME:NeurIPS 2018                       the conference's title
///     X-WR-TIMEZONE:America/Toronto                   its zone
///     BEGIN:VEVENT
///     UID:09ga71ucoq15ganq82bonbnq2s@google.com       a source id
///     DTSTART:20181204T200500Z                        or ;TZID=Area/City:..., ;VALUE=DATE:...
///     DTEND:20181204T203000Z                          or DURATION:PT25M
///     SUMMARY:Coffee Break                            the title
///     LOCATION:Room 510 ABCD #D4                      the room (and board)
///     DESCRIPTION:<a href="...">Link</a>\n\nA\, B\n\nThe abstract.
///     CATEGORIES:Poster,Deep Learning                 a kind, else the track
///     END:VEVENT
///     END:VCALENDAR
///
/// Lines may be folded (a line break and a space), also inside a UTF-8 character. Times are
/// UTC, in a TZID's zone (an IANA name, a publisher's or Windows name, or the file's own
/// VTIMEZONE), or floating (the calendar's zone). Each event is placed on its conference day:
/// its local date, with days starting at 06:00 (a 01:00 party belongs to the evening before).
/// An all-day event is an untimed event on each of its days. A recurring event (RRULE, with
/// EXDATE and RECURRENCE-ID instances) is expanded within the conference's days. The
/// description gives links, speakers (a short line of names) and the abstract; attendees'
/// names are the speakers when given. VTODO and VJOURNAL are ignored; cancelled events are left
/// out, with a note.
public enum ICalendarReader: ScheduleReader {
  /// `ical`.
  public static let family = DumpFamily.iCalendar

  /// Whether the text starts with `BEGIN:VCALENDAR` (after a byte-order mark or blank lines).
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
      return UnsafeBufferPointer(rebasing: bytes[index...]).startsIgnoringCase("begin:vcalendar")
    }
  }

  /// Reads every event of the calendar; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = ICalendarParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }
}

extension DumpFamily {
  /// iCalendar (RFC 5545): what conference sites and calendar programs export.
  public static let iCalendar = DumpFamily(rawValue: "ical")
}
