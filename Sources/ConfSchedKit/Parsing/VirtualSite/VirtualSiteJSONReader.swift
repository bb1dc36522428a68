/// Reads the program the virtual site of NeurIPS (and ICML, ICLR and the others on the same
/// platform) publishes behind its papers page, `<conf>-<year>-orals-posters.json`:
///
///     {"count": 5862, "next": null, "previous": null, "results": [
///       {"id": 119718, "uid": "bad5f…", "name": "Graph … &amp; …",    title, entities decoded
///        "authors": [{"fullname": "Ada Lovelace", "institution": "MIT"}],
///        "abstract": "…", "topic": "General Machine Learning->…",       abstract, track
///        "eventtype": "Poster", "session": "San Diego Poster Session 6", kind, session
///        "room_name": "Exhibit Hall C,D,E", "poster_position": "#2504",  room, board
///        "starttime": "2025-12-05T16:30:00-08:00", "endtime": "…",     instants with offsets
///        "virtualsite_url": "/virtual/2025/poster/119718",             link, year
///        "paper_url": "…", "related_events_ids": [70000], "visible": true}, …]}
///
/// The whole text must be JSON (a file cut short is refused, with the line and column where
/// it stops); each event's fields are read leniently (`VirtualSiteRecord`). Hidden events
/// (`visible: false`) are not part of the program and are left out. Each event is placed in
/// its edition's city (`VirtualSiteEdition`: 2025's San Diego and Mexico City by the session's
/// name, else by the offset) and shown on that city's clock (`ConferenceClock`), so that its
/// instant is the file's own. `related_events_ids` link a paper's slots (an oral and its
/// poster) as the file says, not by title. The companion `<conf>-<year>-abstracts.json` is read
/// by `VirtualSiteAbstracts`, beside its program.
public enum VirtualSiteJSONReader: ScheduleReader {
  /// `virtual-site`.
  public static let family = DumpFamily.virtualSite

  /// Whether the text is the site's JSON: an object or array whose first 64 KB name at least
  /// two of the fields only its events have, a program with no events yet (`{"count": 0, ...
  /// "results": []}`), or the companion abstracts (an object from event ids to strings).
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
      guard index < bytes.count,
        bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[")
      else { return false }
      let head = UnsafeBufferPointer(
        rebasing: bytes[index..<Swift.min(bytes.count, index + 65_536)])
      let fields = markerFields.filter { head.contains(Array($0.utf8), in: 0..<head.count) }.count
      if fields >= 2 { return true }
      if head.contains(Array("\"results\"".utf8), in: 0..<head.count),
        head.contains(Array("\"count\"".utf8), in: 0..<Swift.min(head.count, 256))
      {
        return true
      }
      return looksLikeAbstracts(head)
    }
  }

  /// Reads every visible event of the program; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      var parser = VirtualSiteJSONParser(bytes: bytes, file: source.name, options: options)
      return parser.run()
    }
  }

  /// Keys of the site's events that other JSON schedules do not use.
  private static let markerFields = [
    "\"virtualsite_url\"", "\"eventtype\"", "\"poster_position\"", "\"related_events_ids\"",
    "\"room_name\"", "\"paper_pdf_url\"", "\"event_type\"",
  ]

  /// `{"119718": "…`: an object whose first key is an event id and whose value is a string.
  private static func looksLikeAbstracts(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
    var scanner = ByteScanner(head, 0..<head.count)
    guard scanner.consume(UInt8(ascii: "{")) else { return false }
    while let byte = scanner.peek, byte.isHTMLSpace { scanner.index += 1 }
    guard scanner.consume(UInt8(ascii: "\"")), scanner.readNumber(maxDigits: 12) != nil,
      scanner.consume(UInt8(ascii: "\""))
    else { return false }
    while let byte = scanner.peek, byte.isHTMLSpace { scanner.index += 1 }
    guard scanner.consume(UInt8(ascii: ":")) else { return false }
    while let byte = scanner.peek, byte.isHTMLSpace { scanner.index += 1 }
    return scanner.peek == UInt8(ascii: "\"") || scanner.peek == UInt8(ascii: "n")
  }
}

extension DumpFamily {
  /// The virtual site of NeurIPS, ICML, ICLR and others (2020 on): its program JSON and its
  /// saved pages.
  public static let virtualSite = DumpFamily(rawValue: "virtual-site")
}
