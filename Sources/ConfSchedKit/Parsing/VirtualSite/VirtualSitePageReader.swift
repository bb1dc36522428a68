/// Reads saved pages of the virtual site, 2020-2025, as a browser saves them or as a fragment
/// copied from one: the 2024-2025 `event-card` listings (workshops, tutorials, Expo) and the
/// 2021-2023 `displaycards` listings (posters, orals, events). The markup is described at
/// `VirtualSiteOutline`, the printed times at `PrintedTime`.
///
/// - Title, kind (`data-event-type`, else the badge or label, else the link's kind), speakers
///   (split at ` · `), room and board (`Hall B #1010`), abstract; character references decoded,
///   white space collapsed. The site's event id is a source id, its link the event page.
/// - The year is `--year`, else the card's `/virtual/YYYY/` link, else the page's first such
///   link, else a year printed with the date.
/// - The site prints times in the browser's zone. A printed zone (`CET`, `PST`, `GMT+1`) is
///   converted to the conference's; a page that prints none is read in `--page-zone`, else in
///   the conference's zone with one warning that the times are as the saver's browser showed
///   them.
/// - 2025's San Diego and Mexico City: a card whose room names Mexico City is the latter's.
/// - A card without a time is kept without day and time; one without a title gets a
///   placeholder; a card the file cuts off is kept as far as it goes. Each says so.
public enum VirtualSitePageReader: ScheduleReader {
  /// `virtual-site`.
  public static let family = DumpFamily.virtualSite

  /// Whether a text is such a page: it opens with markup (`<`, after white space, a byte-order
  /// mark and comments) and has the cards of one of the layouts: `event-card` with its
  /// `event-title` or `touchup-time`, or `displaycards` with its `small-title` or
  /// `touchup-date`.
  public static func sniff(_ source: DumpSource) -> Bool {
    let opensWithMarkup = source.text.withUTF8Bytes { bytes in
      var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
      return index < bytes.count && bytes[index] == UInt8(ascii: "<")
    }
    guard opensWithMarkup else { return false }
    let text = source.text
    if text.containsBytes("event-card") {
      return text.containsBytes("event-title") || text.containsBytes("touchup-time")
    }
    if text.containsBytes("displaycards") {
      return text.containsBytes("small-title") || text.containsBytes("touchup-date")
    }
    return false
  }

  /// Reads every card of the page; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = VirtualSitePageParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }
}
