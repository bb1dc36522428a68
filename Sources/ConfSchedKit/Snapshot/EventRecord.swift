/// What a snapshot keeps of an event besides its summary (`EventArchive.Row`): everything a view
/// shows, decoded only for the events a command shows (`EventArchive`).
///
/// Its layout, in order: id, title, authors (count, then name and affiliation each), board,
/// session, track, language, source ids (count, then each), abstract, notes, links (count,
/// then label and address each), the source file (a number into the snapshot's file table),
/// line and column, and the twins (count, then each one's position in the schedule).
struct EventRecord {
  var id: EventID
  var title: String
  var authors: [Author]
  var board: String?
  var session: String?
  var track: String?
  var language: String?
  var sourceIDs: [String]
  var abstract: String?
  var notes: String?
  var links: [Link]
  var source: SourceLocation
  /// The positions of the other slots of the same paper.
  var twins: [Int]

  /// Writes an event's record; `file` is its source file's number, `twins` its twins'
  /// positions.
  static func encode(
    _ event: Event, file: Int, twins: [Int], into writer: inout SnapshotWriter
  ) {
    writer.string(event.id.rawValue)
    writer.string(event.title)
    writer.int(event.authors.count)
    for author in event.authors {
      writer.string(author.name)
      writer.optional(author.affiliation)
    }
    writer.optional(event.board)
    writer.optional(event.session)
    writer.optional(event.track)
    writer.optional(event.language)
    writer.int(event.sourceIDs.count)
    for sourceID in event.sourceIDs { writer.string(sourceID) }
    writer.optional(event.abstract)
    writer.optional(event.notes)
    writer.int(event.links.count)
    for link in event.links {
      writer.string(link.label)
      writer.string(link.url)
    }
    writer.int(file)
    writer.int(event.source.line)
    writer.int(event.source.column)
    writer.int(twins.count)
    for twin in twins { writer.int(twin) }
  }

  /// About how many bytes `encode` writes for an event, without its twins: the text of its
  /// strings and five bytes for each count and number (what a number below 2^25 takes). Only
  /// to make room for the records before they are written.
  static func estimatedLength(_ event: Event) -> Int {
    var length = 5 * 16 + event.id.rawValue.utf8.count + event.title.utf8.count
    for author in event.authors {
      length += 10 + author.name.utf8.count + (author.affiliation?.utf8.count ?? 0)
    }
    for text in [event.board, event.session, event.track, event.language, event.abstract] {
      length += text?.utf8.count ?? 0
    }
    length += event.notes?.utf8.count ?? 0
    for sourceID in event.sourceIDs { length += 5 + sourceID.utf8.count }
    for link in event.links { length += 10 + link.label.utf8.count + link.url.utf8.count }
    return length
  }

  /// Reads a record where `reader` stands; `files` is the snapshot's file table.
  init(decoding reader: inout SnapshotReader, files: [String]) throws(SnapshotReader.Failure) {
    id = EventID(rawValue: try reader.string())
    title = try reader.string()
    let authorCount = try reader.count()
    authors = []
    authors.reserveCapacity(authorCount)
    for _ in 0..<authorCount {
      authors.append(Author(name: try reader.string(), affiliation: try reader.optional()))
    }
    board = try reader.optional()
    session = try reader.optional()
    track = try reader.optional()
    language = try reader.optional()
    sourceIDs = []
    for _ in 0..<(try reader.count()) { sourceIDs.append(try reader.string()) }
    abstract = try reader.optional()
    notes = try reader.optional()
    links = []
    for _ in 0..<(try reader.count()) {
      links.append(Link(label: try reader.string(), url: try reader.string()))
    }
    let file = try reader.int()
    guard files.indices.contains(file) else { throw .badTag }
    source = SourceLocation(file: files[file], line: try reader.int(), column: try reader.int())
    twins = []
    for _ in 0..<(try reader.count()) { twins.append(try reader.int()) }
  }

  /// Steps over a record where `reader` stands, checking its lengths, without making its
  /// strings.
  static func skip(_ reader: inout SnapshotReader, files: Int) throws(SnapshotReader.Failure) {
    try reader.skipString()  // id
    try reader.skipString()  // title
    for _ in 0..<(try reader.count()) {
      try reader.skipString()
      try reader.skipOptional()
    }
    for _ in 0..<4 { try reader.skipOptional() }  // board, session, track, language
    for _ in 0..<(try reader.count()) { try reader.skipString() }
    try reader.skipOptional()  // abstract
    try reader.skipOptional()  // notes
    for _ in 0..<(try reader.count()) {
      try reader.skipString()
      try reader.skipString()
    }
    guard (0..<files).contains(try reader.int()) else { throw .badTag }
    _ = try reader.int()
    _ = try reader.int()
    for _ in 0..<(try reader.count()) { _ = try reader.int() }
  }

  /// Fills in what the record says of an event made from its summary, its twins not yet
  /// named.
  func fill(_ event: inout Event) {
    event.id = id
    event.title = title
    event.authors = authors
    event.board = board
    event.session = session
    event.track = track
    event.language = language
    event.sourceIDs = sourceIDs
    event.abstract = abstract
    event.notes = notes
    event.links = links
    event.source = source
  }
}
