/// Walks the tokens of a `schedule.xml` into a `FrabDocument`, keeping what the format says and
/// reporting what is malformed.
///
///     schedule   := <schedule> [generator] [url] version conference day* </schedule>
///     conference := <conference> (acronym | title | start | end | days | time_zone_name |
///                   day_change | city | base_url | track | ...)* </conference>
///     day        := <day date start end index> room* </day>
///     room       := <room name guid> event* </room>
///     event      := <event id guid code> (date | start | duration | room | title | subtitle |
///                   track | type | language | abstract | description | url | persons |
///                   links | attachments | ...)* </event>
///
/// Elements are told by their name without namespace prefix, in any case, and by where they
/// stand: an event's `<room>` is its room, a day's is a room of events; an event's `<url>` is
/// its page, a `<url>` inside its `<recording>` is not. The text of an element is all the text
/// inside it (markup in a description included), references decoded, CDATA as written.
///
/// Elements may nest `maximumDepth` deep; deeper ones are read as text of the element that
/// holds them. An end tag that closes an element further out closes the ones in between (and
/// says so); one that closes nothing is ignored. An event the file ends inside is left out.
struct FrabXMLParser {
  /// How deep elements may nest before the deeper ones stop counting as structure.
  static let maximumDepth = 256
  /// How many problems of the XML itself are reported before the rest are only counted: a
  /// large broken file must not give a diagnostic per tag.
  static let maximumProblems = 20

  private var scanner: XMLScanner
  private let bytes: UnsafeBufferPointer<UInt8>
  private(set) var document = FrabDocument()
  /// Problems of the XML, at byte offsets, in the order found.
  private(set) var problems: [ParseProblem] = []
  private var problemCount = 0

  private var stack: [Open] = []
  /// Elements opened beyond `maximumDepth`, not on the stack.
  private var overflow = 0
  private var event: FrabDocument.Event?
  private var day: Int?
  private var room: String?
  private var capture: Capture?
  private var text = XMLText()
  private var reportedUndecoded = false

  /// An element on the stack: its name and what it is to the schedule.
  private struct Open {
    var name: Range<Int>
    var start: Int
    var role: Role
  }

  /// What an element is to the schedule.
  private enum Role {
    case schedule, conference, day, room, event, persons, links, attachments
    /// A field whose text is wanted.
    case field(Field)
    /// A link or attachment, with its address.
    case link(href: String?, isAttachment: Bool)
    /// Anything else: its text is not wanted (unless it stands inside a field).
    case other
  }

  private enum Field {
    case acronym, conferenceTitle, conferenceStart, timeZone, dayChange, city, baseURL
    case date, start, duration, end, room, title, subtitle, track, type, language, abstract
    case description, url, person
  }

  /// The element whose text is being gathered, and how deep it stands.
  private struct Capture {
    var depth: Int
    var start: Int
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.scanner = XMLScanner(bytes)
  }

  /// Reads the whole document.
  mutating func run() {
    while let token = scanner.next() {
      switch token {
      case .startTag(let tag): open(tag)
      case .endTag(let name, let start): close(name, at: start)
      case .text(let range):
        if capture != nil {
          text.append(text: range, of: bytes)
          if let offset = text.firstUndecoded, !reportedUndecoded {
            reportedUndecoded = true
            report(
              offset, "an '&' that starts no known reference; kept as written (write it as &amp;)")
          }
        } else if stack.isEmpty, overflow == 0, !bytes.isXMLBlank(range) {
          report(range.lowerBound, "text outside the root element; ignored")
        }
      case .cdata(let range):
        if capture != nil { text.append(cdata: range, of: bytes) }
      }
    }
    for problem in scanner.problems { report(problem.offset, problem.message) }
    finish()
  }

  // MARK: Elements

  private mutating func open(_ tag: XMLTag) {
    if stack.count >= Self.maximumDepth || overflow > 0 {
      if overflow == 0 {
        report(
          tag.start,
          "elements nested more than \(Self.maximumDepth) deep; the deeper ones are read as text")
      }
      if !tag.isSelfClosing { overflow += 1 }
      return
    }
    let role = capture == nil ? self.role(of: tag) : .other
    switch role {
    case .event:
      var opened = FrabDocument.Event(offset: tag.start)
      opened.day = day
      opened.listedRoom = room
      opened.id = attribute("id", of: tag)
      opened.guid = attribute("guid", of: tag)
      opened.code = attribute("code", of: tag)
      event = opened
    case .day:
      day = document.days.count
      document.days.append(
        FrabDocument.Day(
          offset: tag.start, index: attribute("index", of: tag), date: attribute("date", of: tag),
          start: attribute("start", of: tag), end: attribute("end", of: tag)))
    case .room:
      room = attribute("name", of: tag)
    case .conference:
      document.conference.offset = tag.start
    case .field, .link:
      capture = Capture(depth: stack.count + 1, start: tag.start)
      text.removeAll()
    default:
      break
    }
    if tag.isSelfClosing {
      closed(Open(name: tag.name, start: tag.start, role: role))
    } else {
      stack.append(Open(name: tag.name, start: tag.start, role: role))
    }
  }

  private mutating func close(_ name: Range<Int>, at start: Int) {
    if overflow > 0 {
      overflow -= 1
      return
    }
    guard let match = stack.lastIndex(where: { scanner.sameName($0.name, name) }) else {
      report(start, "</\(bytes.string(name))> closes no open element; ignored")
      return
    }
    if match < stack.count - 1 {
      let unclosed = stack[stack.count - 1]
      report(
        start,
        "</\(bytes.string(name))> closes <\(bytes.string(unclosed.name))>, which was never closed")
    }
    while stack.count > match {
      let element = stack.removeLast()
      closed(element)
    }
  }

  /// What closing an element does: a field takes its text, an event is kept.
  private mutating func closed(_ element: Open) {
    switch element.role {
    case .field(let field):
      if capture != nil { store(field, text.string, at: element.start) }
      capture = nil
    case .link(let href, let isAttachment):
      if capture != nil { storeLink(href: href, title: text.string, isAttachment: isAttachment) }
      capture = nil
    case .event:
      if let event { document.events.append(event) }
      event = nil
    case .day:
      day = nil
    case .room:
      room = nil
    default:
      break
    }
  }

  /// The end of the document: what is still open was cut off.
  private mutating func finish() {
    guard !stack.isEmpty || overflow > 0 else { return }
    if let open = stack.last(where: { if case .event = $0.role { true } else { false } }) {
      report(
        bytes.count,
        "the file ends inside the <event> of line \(lineNumber(of: open.start)), which is left out: truncated?"
      )
    } else if let outermost = stack.first {
      report(
        bytes.count, "the file ends before </\(bytes.string(outermost.name))>: truncated?")
    }
  }

  // MARK: Roles

  private func role(of tag: XMLTag) -> Role {
    let parent = stack.last?.role
    let name = tag.name
    switch parent {
    case nil:
      return scanner.localName(name, is: "schedule") ? .schedule : .other
    case .schedule?:
      if scanner.localName(name, is: "conference") { return .conference }
      if scanner.localName(name, is: "day") { return .day }
      if scanner.localName(name, is: "event") { return .event }
      return .other
    case .conference?:
      return conferenceRole(name)
    case .day?:
      if scanner.localName(name, is: "room") { return .room }
      if scanner.localName(name, is: "event") { return .event }
      return .other
    case .room?:
      return scanner.localName(name, is: "event") ? .event : .other
    case .event?:
      return eventRole(name)
    case .persons?:
      return scanner.localName(name, is: "person") ? .field(.person) : .other
    case .links?:
      guard scanner.localName(name, is: "link") else { return .other }
      return .link(href: attribute("href", of: tag), isAttachment: false)
    case .attachments?:
      guard scanner.localName(name, is: "attachment") else { return .other }
      return .link(href: attribute("href", of: tag), isAttachment: true)
    default:
      return .other
    }
  }

  /// The fields of an event, most common first.
  private static let eventFields: [(StaticString, Field)] = [
    ("title", .title), ("date", .date), ("start", .start), ("duration", .duration),
    ("room", .room), ("track", .track), ("type", .type), ("language", .language),
    ("abstract", .abstract), ("description", .description), ("subtitle", .subtitle),
    ("url", .url), ("end", .end),
  ]

  private func conferenceRole(_ name: Range<Int>) -> Role {
    if scanner.localName(name, is: "acronym") { return .field(.acronym) }
    if scanner.localName(name, is: "title") { return .field(.conferenceTitle) }
    if scanner.localName(name, is: "start") { return .field(.conferenceStart) }
    if scanner.localName(name, is: "time_zone_name") { return .field(.timeZone) }
    if scanner.localName(name, is: "day_change") { return .field(.dayChange) }
    if scanner.localName(name, is: "city") { return .field(.city) }
    if scanner.localName(name, is: "base_url") { return .field(.baseURL) }
    return .other
  }

  private func eventRole(_ name: Range<Int>) -> Role {
    for (fieldName, field) in Self.eventFields where scanner.localName(name, is: fieldName) {
      return .field(field)
    }
    if scanner.localName(name, is: "persons") { return .persons }
    if scanner.localName(name, is: "links") { return .links }
    if scanner.localName(name, is: "attachments") { return .attachments }
    return .other
  }

  // MARK: Values

  private mutating func store(_ field: Field, _ value: String, at offset: Int) {
    switch field {
    case .acronym: document.conference.acronym = value
    case .conferenceTitle: document.conference.title = value
    case .conferenceStart: document.conference.start = value
    case .timeZone:
      document.conference.timeZoneName = value
      document.conference.timeZoneOffset = offset
    case .dayChange: document.conference.dayChange = value
    case .city: document.conference.city = value
    case .baseURL: document.conference.baseURL = value
    case .date:
      event?.date = value
      event?.dateOffset = offset
    case .start:
      event?.start = value
      event?.startOffset = offset
    case .duration:
      event?.duration = value
      event?.durationOffset = offset
    case .end: event?.end = value
    case .room: event?.room = value
    case .title: event?.title = value
    case .subtitle: event?.subtitle = value
    case .track: event?.track = value
    case .type: event?.type = value
    case .language: event?.language = value
    case .abstract: event?.abstract = value
    case .description: event?.description = value
    case .url: event?.url = value
    case .person: event?.persons.append(value)
    }
  }

  private mutating func storeLink(href: String?, title: String, isAttachment: Bool) {
    // `<link href="...">Slides</link>`; without an href, the text is the address.
    guard let address = href ?? (title.isEmpty ? nil : title) else { return }
    var label = href == nil ? "" : title
    if label.isEmpty, isAttachment { label = "Attachment" }
    event?.links.append(Link(label: label, url: address))
  }

  /// An attribute's decoded value.
  private func attribute(_ name: StaticString, of tag: XMLTag) -> String? {
    scanner.attribute(name, of: tag).map { XMLText.decode($0, of: bytes).text }
  }

  private mutating func report(_ offset: Int, _ message: String) {
    problemCount += 1
    if problemCount <= Self.maximumProblems {
      problems.append(ParseProblem(offset, message))
    } else if problemCount == Self.maximumProblems + 1 {
      problems.append(ParseProblem(offset, "more problems with the XML from here on; not reported"))
    }
  }

  private func lineNumber(of offset: Int) -> Int {
    var line = 1
    for position in 0..<Swift.min(offset, bytes.count) where bytes[position] == 0x0A { line += 1 }
    return line
  }
}
