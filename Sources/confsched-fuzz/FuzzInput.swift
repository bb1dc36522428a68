import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One fuzz input run through everything that reads untrusted bytes: the decoder, family
/// detection, every reader of the table (detected and forced; the frab XML and JSON readers
/// included; the virtual site's abstracts companion and a page read with `--page-zone` too),
/// the schedule, the search index, the exporters, and the itinerary parser. Nothing is checked
/// but that it all returns: a crash, a hang or a sanitizer report is the finding.
enum FuzzInput {
  /// The readers to run: every reader of the table, or those of one family when `FUZZ_FAMILY`
  /// names it (`.ci/fuzz` runs one family at a time so that each gets its share of the time).
  /// `FUZZ_FAMILY=list` prints `families: card notes ...` and exits, for the script's loop.
  static let readers: [any ScheduleReader.Type] = {
    guard let name = getenv("FUZZ_FAMILY").map({ String(cString: $0) }), !name.isEmpty else {
      return DumpReader.readers
    }
    if name == "list" {
      print("families: " + DumpReader.families.map { $0.rawValue }.joined(separator: " "))
      fflush(nil)
      // `_exit`: libFuzzer's exit handler takes an `exit` inside the target for a finding.
      _exit(0)
    }
    return DumpReader.readers.filter { $0.family.rawValue == name }
  }()

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

    // An odd-sized input is read with a year given, as `--year` does; one in three with a zone,
    // as `--zone` does (a frab schedule without one reads its times in it).
    let options = ReadOptions(
      year: bytes.count % 2 == 1 ? 1987 + bytes.count % 114 : nil,
      zone: bytes.count % 3 == 0 ? ZoneRule.named("Australia/Sydney") : nil)
    var results: [ReadResult] = []
    for text in texts {
      let source = DumpSource(name: "fuzz", text: text)
      // Detection through `DumpReader.read`, then every reader of the table directly, each
      // under its own name (so that the schedule merges what several read).
      results.append(DumpReader.read(source, options: options))
      for (number, reader) in readers.enumerated() {
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

    // Compiled as `sources add` compiles (the index built by two threads from the parts'
    // events), thawed back, and searched: the same results as the one-thread index.
    let compiled = CompiledSchedule.compile(
      results.map(\.part), mentions: [], build: "fuzz", key: "fuzz")
    if case .success(let thawed) = CompiledSchedule.decode(
      compiled.bytes, build: "fuzz", key: "fuzz")
    {
      let query = SearchQuery(schedule.events.first?.title ?? String(raw.prefix(64)))
      if thawed.index.search(query).hits != index.search(query).hits {
        fatalError("fuzz: the compiled index finds other events than the one built in place")
      }
    } else {
      fatalError("fuzz: a schedule just compiled does not thaw")
    }

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
