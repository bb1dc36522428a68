/// The fields of an event that every export writes, in the one order they all share: the keys
/// of the `--json` object and the columns of the CSV.
enum EventField: String, CaseIterable, Sendable {
  case id, kind, title, authors, conference, date, start, end, timeZone, startsAt, endsAt
  case assumedEnd, room, board, session, track, language, sourceIds, abstract, notes, links
  case alsoPresented, source

  /// The JSON key and CSV column name.
  var name: String { rawValue }

  /// The field as JSON: null for what the dump does not say.
  func json(of event: Event) -> JSONValue {
    switch self {
    case .id: return .string(event.id.rawValue)
    case .kind: return .string(event.kind.rawValue)
    case .title: return .string(event.title)
    case .authors: return .array(event.authors.map(Self.json(of:)))
    case .conference: return .optional(event.conference?.id)
    case .date: return .optional(event.date?.description)
    case .start: return .optional(event.start?.description)
    case .end: return .optional(event.isEndAssumed ? nil : event.end?.description)
    case .timeZone: return .optional(event.timeZone)
    case .startsAt: return .optional(event.startsAt)
    case .endsAt: return .optional(event.endsAt)
    case .assumedEnd: return .optional(event.isEndAssumed ? event.end?.description : nil)
    case .room: return .optional(event.room)
    case .board: return .optional(event.board)
    case .session: return .optional(event.session)
    case .track: return .optional(event.track)
    case .language: return .optional(event.language)
    case .sourceIds: return .array(event.sourceIDs.map { .string($0) })
    case .abstract: return .optional(event.abstract)
    case .notes: return .optional(event.notes)
    case .links: return .array(event.links.map(Self.json(of:)))
    case .alsoPresented: return .array(event.alsoPresented.map { .string($0.rawValue) })
    case .source:
      return .object([("file", .string(event.source.file)), ("line", .int(event.source.line))])
    }
  }

  /// Writes `json(of:)` at `depth`: the lists an element at a time, so that an event of
  /// 600,000 authors never has them all as `JSONValue`s at once.
  func write(of event: Event, into writer: inout JSONWriter, depth: Int) {
    switch self {
    case .authors:
      writer.array(event.authors, depth: depth) { $0.write(Self.json(of: $1), depth: $2) }
    case .links:
      writer.array(event.links, depth: depth) { $0.write(Self.json(of: $1), depth: $2) }
    case .sourceIds:
      writer.array(event.sourceIDs, depth: depth) { writer, id, _ in writer.string(id) }
    case .alsoPresented:
      writer.array(event.alsoPresented, depth: depth) { writer, id, _ in
        writer.string(id.rawValue)
      }
    default: writer.write(json(of: event), depth: depth)
    }
  }

  /// An author: `{name, affiliation}`.
  static func json(of author: Author) -> JSONValue {
    .object([("name", .string(author.name)), ("affiliation", .optional(author.affiliation))])
  }

  /// A link: `{label, url}`.
  static func json(of link: Link) -> JSONValue {
    .object([("label", .string(link.label)), ("url", .string(link.url))])
  }

  /// The field as one flat text: lists joined by `; `, an author as `name (affiliation)`, a
  /// link as `label <url>`, the source as `file:line`; empty for what the dump does not say.
  func text(of event: Event) -> String {
    switch self {
    case .id: return event.id.rawValue
    case .kind: return event.kind.rawValue
    case .title: return event.title
    case .authors:
      return event.authors.map { $0.name + ($0.affiliation.map { " (\($0))" } ?? "") }
        .joined(separator: "; ")
    case .conference: return event.conference?.id ?? ""
    case .date: return event.date?.description ?? ""
    case .start: return event.start?.description ?? ""
    case .end: return event.isEndAssumed ? "" : event.end?.description ?? ""
    case .timeZone: return event.timeZone ?? ""
    case .startsAt: return event.startsAt ?? ""
    case .endsAt: return event.endsAt ?? ""
    case .assumedEnd: return event.isEndAssumed ? event.end?.description ?? "" : ""
    case .room: return event.room ?? ""
    case .board: return event.board ?? ""
    case .session: return event.session ?? ""
    case .track: return event.track ?? ""
    case .language: return event.language ?? ""
    case .sourceIds: return event.sourceIDs.joined(separator: "; ")
    case .abstract: return event.abstract ?? ""
    case .notes: return event.notes ?? ""
    case .links: return event.links.map { "\($0.label) <\($0.url)>" }.joined(separator: "; ")
    case .alsoPresented: return event.alsoPresented.map(\.rawValue).joined(separator: "; ")
    case .source: return "\(event.source.file):\(event.source.line)"
    }
  }
}
