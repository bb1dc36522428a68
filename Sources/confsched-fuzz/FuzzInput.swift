import ConfSchedKit

/// One fuzz input run through everything that reads untrusted bytes: the decoder, family
/// detection, every reader (detected and forced; the virtual site's abstracts companion and a
/// page read with `--page-zone` too), the schedule, the search index, the exporters, and the
/// itinerary parser. Nothing is checked but that it all returns: a crash, a hang or a sanitizer
/// report is the finding.
enum FuzzInput {
  /// Runs the input.
  static func run(_ bytes: [UInt8]) {
    // The readers see what `DumpFile.decode` lets through, and also the raw bytes decoded
    // leniently: text that the decoder refuses (NULs, control bytes) must not break them either.
    let raw = String(decoding: bytes, as: UTF8.self)
    var texts: [String] = []
    if let (source, _) = try? DumpFile.decode(bytes, name: "fuzz") {
      texts.append(source.text)
    }
    if texts.first.map({ !$0.utf8.elementsEqual(raw.utf8) }) ?? true { texts.append(raw) }

    // An odd-sized input is read with a year given, as `--year` does.
    let options = ReadOptions(year: bytes.count % 2 == 1 ? 1987 + bytes.count % 114 : nil)
    var results: [ReadResult] = []
    for text in texts {
      let source = DumpSource(name: "fuzz", text: text)
      // Detection through `DumpReader.read`, then every reader of the table directly, each
      // under its own name (so that the schedule merges what several read).
      results.append(DumpReader.read(source, options: options))
      for (number, reader) in DumpReader.readers.enumerated() {
        let named = DumpSource(name: "fuzz.\(number).\(reader.family)", text: text)
        results.append(reader.read(named, options: options))
      }
      _ = try? Itinerary(parsing: text)
      // The virtual site's companion abstracts file, filling what was read; and a saved page
      // read with --page-zone, as one without a printed zone is.
      if let companion = VirtualSiteAbstracts(source) {
        for index in results.indices { companion.fill(&results[index]) }
      }
      results.append(
        VirtualSitePageReader.read(
          DumpSource(name: "fuzz.page-zone", text: text),
          options: ReadOptions(pageZone: ZoneRule.named("Asia/Kolkata"))))
    }

    let schedule = Schedule(results.map(\.part))
    let index = SearchIndex(schedule.events)
    for event in schedule.events.prefix(3) {
      _ = index.search(SearchQuery(event.title))
      _ = schedule.twins(of: event)
      _ = schedule.event(matching: String(event.id.description.prefix(4)))
    }
    _ = index.search(SearchQuery(String(raw.prefix(64))))

    let events = Array(schedule.events.prefix(50))
    _ = JSONValue.array(events.map(\.json)).serialized()
    _ = CSVWriter().write(events)
    _ = MarkdownWriter(title: "fuzz").write(events)
    _ = ICalendarWriter(
      productVersion: "fuzz", timestamp: UTCDateTime(secondsSinceEpoch: 1_575_000_000),
      alarmMinutesBefore: 10, calendarName: "fuzz"
    ).write(events, schedule: schedule)
  }
}
