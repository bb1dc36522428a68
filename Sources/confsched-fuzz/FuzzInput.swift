import ConfSchedKit

/// One fuzz input run through everything that reads untrusted bytes: the decoder, family
/// detection, every reader (detected and forced), the schedule, the search index, the exporters,
/// and the itinerary parser. Nothing is checked but that it all returns: a crash, a hang or a
/// sanitizer report is the finding.
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
      // Every reader once, under its own name (so the schedule merges what several read): the
      // one detection picks through `DumpReader.read`, the others directly.
      let detected = DumpReader.detect(source)
      let usesMarkdown = MarkdownCardReader.looksLikeMarkdownCards(source)
      let chosen: Reader =
        switch detected {
        case .card?: usesMarkdown ? .markdownCard : .card
        case .notes?: .notes
        case .page?: .page
        case .readingList?, nil: .card
        }
      for reader in Reader.allCases {
        let named = DumpSource(name: "fuzz.\(reader)", text: text)
        if reader == chosen {
          results.append(DumpReader.read(named, options: options, family: detected))
        } else {
          results.append(reader.read(named, options))
        }
      }
      _ = try? Itinerary(parsing: text)
    }

    let schedule = Schedule(results)
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

  /// The readers, each called directly.
  enum Reader: CaseIterable {
    case card, markdownCard, notes, page

    func read(_ source: DumpSource, _ options: ReadOptions) -> ReadResult {
      switch self {
      case .card: CardReader.read(source, options: options)
      case .markdownCard: MarkdownCardReader.read(source, options: options)
      case .notes: NotesReader.read(source, options: options)
      case .page: PageReader.read(source, options: options)
      }
    }
  }
}
