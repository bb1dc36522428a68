extension Itinerary {
  /// The itinerary as JSON: `{"version": 1, "entries": [...]}`, entries in order, each with
  /// the keys `id, title, kind, date, start, end, timeZone, room, board, source ({file, line}),
  /// addedAt`; null for what the event does not say.
  public var json: JSONValue {
    .object(
      [("version", .int(Itinerary.version)), ("entries", .array(entries.map(\.json)))]
        + (extraMembers.members ?? []))
  }

  /// The file's text: `json`, pretty-printed, with a final newline.
  public func serialized() -> String {
    json.serialized(pretty: true) + "\n"
  }

  /// Reads an itinerary from its JSON text.
  public init(parsing text: String) throws(ItineraryDecodingError) {
    let value: JSONValue
    do throws(JSONParseError) {
      value = try JSONValue.parse(text)
    } catch {
      throw .invalidJSON(error)
    }
    try self.init(json: value)
  }

  /// Reads an itinerary from UTF-8 bytes.
  init(utf8 bytes: [UInt8]) throws(ItineraryDecodingError) {
    let value: JSONValue
    do throws(JSONParseError) {
      value = try JSONValue.parse(utf8: bytes)
    } catch {
      throw .invalidJSON(error)
    }
    try self.init(json: value)
  }

  /// Reads an itinerary from a JSON value: the version first (an unknown version is reported
  /// as such, whatever else the document holds), then every entry. Members this version does
  /// not know are kept, to be written back. A repeated event id is an error, but ids that
  /// differ only in case are one event (ids are lower case; an entry saved as `3EQXA8` could
  /// not be removed, and adding `3eqxa8` made a twin of it): the first entry is kept.
  public init(json: JSONValue) throws(ItineraryDecodingError) {
    let fields = try JSONFields(json, path: "")
    let version = try fields.int("version")
    guard version == Itinerary.version else { throw .unknownVersion(version) }
    guard case .array(let items) = try fields.required("entries") else {
      throw .invalidValue(path: "entries", expected: "an array")
    }
    var entries: [ItineraryEntry] = []
    var spellings: [EventID: String] = [:]
    for (index, item) in items.enumerated() {
      let path = "entries[\(index)]"
      let (entry, spelling) = try ItineraryEntry.read(json: item, path: path)
      if let earlier = spellings[entry.id] {
        guard earlier != spelling else { throw .duplicateEntry(path: path, id: entry.id) }
        continue
      }
      spellings[entry.id] = spelling
      entries.append(entry)
    }
    self.init(entries: entries)
    extraMembers = fields.unknownMembers(known: ["version", "entries"])
  }
}

extension ItineraryEntry {
  /// The entry as the JSON object of an itinerary file.
  public var json: JSONValue {
    .object(
      [
        ("id", .string(id.rawValue)),
        ("title", .string(title)),
        ("kind", .string(kind.rawValue)),
        ("date", .optional(date?.description)),
        ("start", .optional(start?.extended)),
        ("end", .optional(end?.extended)),
        ("timeZone", .optional(timeZone)),
        ("room", .optional(room)),
        ("board", .optional(board)),
        ("source", .object([("file", .string(source.file)), ("line", .int(source.line))])),
        ("addedAt", .string(addedAt)),
      ] + (extraMembers.members ?? []))
  }

  /// The keys an entry's object has in this version.
  static let knownKeys: Set<String> = [
    "id", "title", "kind", "date", "start", "end", "timeZone", "room", "board", "source",
    "addedAt",
  ]

  /// Reads an entry and the id as the file spells it (the entry's id is in lower case).
  static func read(json: JSONValue, path: String) throws(ItineraryDecodingError) -> (
    ItineraryEntry, String
  ) {
    var entry = try ItineraryEntry(json: json, path: path)
    let spelling = entry.id.rawValue
    entry.id = EventID(rawValue: spelling.lowercased())
    return (entry, spelling)
  }

  /// Reads an entry, checking members in the order they are written.
  init(json: JSONValue, path: String) throws(ItineraryDecodingError) {
    let fields = try JSONFields(json, path: path)
    let id = try fields.string("id")
    guard !id.isEmpty else { throw .invalidValue(path: fields.path("id"), expected: "an event id") }
    let title = try fields.string("title")
    let kind = EventKind(rawValue: try fields.string("kind"))
    let date = try fields.optional("date", "a date YYYY-MM-DD or null") { CalendarDate(iso: $0) }
    let start = try fields.optional("start", "a time HH:MM or null") { LocalTime(extended: $0) }
    let end = try fields.optional("end", "a time HH:MM or null") { LocalTime(extended: $0) }
    let timeZone = try fields.optionalString("timeZone")
    let room = try fields.optionalString("room")
    let board = try fields.optionalString("board")
    let source = try JSONFields(try fields.required("source"), path: fields.path("source"))
    let file = try source.string("file")
    let line = try source.int("line")
    guard line >= 1 else {
      throw .invalidValue(path: source.path("line"), expected: "a line number from 1")
    }
    self.init(
      id: EventID(rawValue: id), addedAt: try fields.string("addedAt"), title: title, kind: kind,
      date: date, start: start, end: end, room: room, board: board,
      source: SourceLocation(file: file, line: line), timeZone: timeZone)
    extraMembers = fields.unknownMembers(known: ItineraryEntry.knownKeys)
  }
}
