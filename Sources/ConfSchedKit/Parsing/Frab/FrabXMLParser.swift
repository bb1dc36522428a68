/// Walks the tokens of a `schedule.xml` into a `FrabDocument`, keeping what the format says and
/// reporting what is malformed.
///
///     schedule   := <schedule> [generator] [url] version conference day* </schedule>
///     conference := <conference> (acronym | title | start | end | days | time_zone_name |
///                   day_change | city | base_url | track | ...)* </conference>
///     day        := <day date start end index> room* </day>
///     room       := <room name guid> event* </room>
///     event      := <event id guid code> (date | start | duration | room | title | track |
///                   type | language | abstract | description | url | persons | links |
///                   attachments | ...)* </event>
///
/// Elements are told by their name without namespace prefix, in any case, and by where they
/// stand: an event's `<room>` is its room, a day's is a room of events; an event's `<url>` is
/// its page, a `<url>` inside its `<recording>` is not. The text of an element is all the text
/// inside it (markup in a description included), references decoded, CDATA as written.
///
/// Markup inside a text field (HTML in a description) is part of its text, however deep; an
/// end tag of an element further out closes the field. Elsewhere elements may nest
/// `maximumDepth` deep; deeper ones are skipped, and said to be once. An end tag that closes an
/// element further out closes the ones in between (and says so); one that closes nothing is
/// ignored; an `<event>` inside an event closes the one before. An event the file ends inside
/// is left out.
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
  private let source: String
  private var text = XMLText()
  /// The text of the field so far when it is one run of character data with no reference:
  /// taken from the source as it is.
  private var plainText: Range<Int>?
  /// The `href` of the link being read.
  private var linkAddress: String?
  private var reportedUndecoded = false
  private var lineCache = (offset: 0, line: 1)

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
    /// A link or attachment (its address is `linkAddress`).
    case link(isAttachment: Bool)
    /// Anything else: its text is not wanted (unless it stands inside a field).
    case other
  }

  private enum Field {
    case acronym, conferenceTitle, conferenceStart, timeZone, dayChange, city, baseURL
    case date, start, duration, end, room, title, track, type, language, abstract
    case description, url, person
    /// Text that is not wanted (a description after an abstract), markup and all.
    case ignored
  }

  /// The element whose text is being gathered: where it starts, and whether its text is
  /// wanted at all.
  private struct Capture {
    var start: Int
    var keepsText: Bool
  }

  /// A parser of `source`, whose UTF-8 bytes are `bytes`: the strings it makes are slices of
  /// the source where they need no decoding, which spares validating them again.
  init(_ bytes: UnsafeBufferPointer<UInt8>, source: String) {
    self.bytes = bytes
    self.source = source
    self.scanner = XMLScanner(bytes)
  }

  /// Reads the whole document.
  mutating func run() {
    while let token = scanner.next() {
      switch token {
      case .startTag(let tag): open(tag)
      case .endTag(let name, let start): close(name, at: start)
      case .text(let range):
        if let capture {
          guard capture.keepsText else { continue }
          if text.bytes.isEmpty, plainText == nil,
            bytes.firstIndex(of: UInt8(ascii: "&"), in: range) == nil
          {
            plainText = range
            continue
          }
          flushPlainText()
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
        if capture?.keepsText == true {
          flushPlainText()
          text.append(cdata: range, of: bytes)
        }
      }
    }
    for problem in scanner.problems { report(problem.offset, problem.message) }
    finish()
  }

  // MARK: Elements

  private mutating func open(_ tag: XMLTag) {
    // Markup inside a text field (HTML in a description) is part of its text.
    guard capture == nil else { return }
    if stack.count >= Self.maximumDepth || overflow > 0 {
      if overflow == 0 {
        report(
          tag.start,
          "elements nested more than \(Self.maximumDepth) deep; the deeper ones are skipped")
      }
      if !tag.isSelfClosing { overflow += 1 }
      return
    }
    // Events never nest: an <event> inside one means the one before was never closed.
    if scanner.localName(tag.name, is: "event"),
      let open = stack.lastIndex(where: { if case .event = $0.role { true } else { false } })
    {
      if isReporting {
        report(
          tag.start,
          "an <event> inside the <event> of line \(lineNumber(of: stack[open].start)), which was never closed; closed it here"
        )
      }
      while stack.count > open { closed(stack.removeLast()) }
    }
    let role = self.role(of: tag)
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
    case .field(.ignored):
      startCapture(at: tag.start, keepingText: false)
    case .link:
      linkAddress = attribute("href", of: tag)
      startCapture(at: tag.start, keepingText: true)
    case .field:
      startCapture(at: tag.start, keepingText: true)
      text.removeAll()
      plainText = nil
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
    // Most end tags close the innermost element.
    if let last = stack.last, scanner.sameName(last.name, name) {
      closed(stack.removeLast())
      return
    }
    guard let match = stack.lastIndex(where: { scanner.sameName($0.name, name) }) else {
      // Inside a text field, it closes markup of the text.
      if capture == nil {
        report(start, "</\(bytes.string(name))> closes no open element; ignored")
      }
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
      if capture?.keepsText == true { store(field, capturedText(), at: element.start) }
      capture = nil
    case .link(let isAttachment):
      if capture != nil {
        storeLink(href: linkAddress, title: capturedText(), isAttachment: isAttachment)
      }
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
    if let open = stack.last(where: { if case .event = $0.role { true } else { false } }),
      isReporting
    {
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
    let name = scanner.localPart(of: tag.name)
    func named(_ literal: StaticString) -> Bool { scanner.name(name, is: literal) }
    switch parent {
    case nil:
      return named("schedule") ? .schedule : .other
    case .schedule?:
      if named("conference") { return .conference }
      if named("day") { return .day }
      if named("event") { return .event }
      return .other
    case .conference?:
      return conferenceRole(name)
    case .day?:
      if named("room") { return .room }
      if named("event") { return .event }
      return .other
    case .room?:
      return named("event") ? .event : .other
    case .event?:
      return eventRole(name)
    case .persons?:
      return named("person") ? .field(.person) : .other
    case .links?:
      guard named("link") else { return .other }
      return .link(isAttachment: false)
    case .attachments?:
      guard named("attachment") else { return .other }
      return .link(isAttachment: true)
    default:
      return .other
    }
  }

  private static let conferenceFields: [(StaticString, Field)] = [
    ("acronym", .acronym), ("title", .conferenceTitle), ("start", .conferenceStart),
    ("time_zone_name", .timeZone), ("day_change", .dayChange), ("city", .city),
    ("base_url", .baseURL),
  ]

  /// The role of a child of `<conference>`, by its local name.
  private func conferenceRole(_ name: Range<Int>) -> Role {
    for (fieldName, field) in Self.conferenceFields where scanner.name(name, is: fieldName) {
      return .field(field)
    }
    return .other
  }

  /// The role of a child of `<event>`, by its local name: told by its length first, as most
  /// children of most events are met (some 20 per event).
  private func eventRole(_ name: Range<Int>) -> Role {
    func named(_ literal: StaticString) -> Bool { scanner.name(name, is: literal) }
    switch name.count {
    case 3:
      if named("url") { return .field(.url) }
      if named("end") { return .field(.end) }
    case 4:
      if named("date") { return .field(.date) }
      if named("room") { return .field(.room) }
      if named("type") { return .field(.type) }
    case 5:
      if named("title") { return .field(.title) }
      if named("start") { return .field(.start) }
      if named("track") { return .field(.track) }
      if named("links") { return .links }
    case 7:
      if named("persons") { return .persons }
    case 8:
      if named("duration") { return .field(.duration) }
      if named("language") { return .field(.language) }
      if named("abstract") { return .field(.abstract) }
    case 11:
      if named("description") {
        // The description is the abstract only when there is none.
        return event?.abstract.map(FrabText.isBlank) == false
          ? .field(.ignored) : .field(.description)
      }
      if named("attachments") { return .attachments }
    default:
      break
    }
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
    case .track: event?.track = value
    case .type: event?.type = value
    case .language: event?.language = value
    case .abstract: event?.abstract = value
    case .description: event?.description = value
    case .url: event?.url = value
    case .person: event?.persons.append(value)
    case .ignored: break
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
    guard let value = scanner.attribute(name, of: tag) else { return nil }
    guard bytes.firstIndex(of: UInt8(ascii: "&"), in: value) != nil else { return slice(value) }
    return XMLText.decode(value, of: bytes).text
  }

  /// Starts gathering the text of a field.
  private mutating func startCapture(at start: Int, keepingText: Bool) {
    capture = Capture(start: start, keepsText: keepingText)
    text.removeAll()
    plainText = nil
  }

  /// The text of the field being closed.
  private func capturedText() -> String {
    if let plainText { return slice(plainText) }
    return text.string
  }

  /// Moves the plain text kept aside into the decoded text, before more comes.
  private mutating func flushPlainText() {
    guard let range = plainText else { return }
    text.append(text: range, of: bytes)
    plainText = nil
  }

  /// A copy of part of the source. Its ends stand at ASCII delimiters (`>`, `<`, quotes), so
  /// the slice is whole characters and needs no validating.
  private func slice(_ range: Range<Int>) -> String {
    let utf8 = source.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return String(source[lower..<upper])
  }

  private mutating func report(_ offset: Int, _ message: String) {
    problemCount += 1
    if problemCount <= Self.maximumProblems {
      problems.append(ParseProblem(offset, message))
    } else if problemCount == Self.maximumProblems + 1 {
      problems.append(ParseProblem(offset, "more problems with the XML from here on; not reported"))
    }
  }

  /// Whether another problem would be reported rather than only counted.
  private var isReporting: Bool { problemCount < Self.maximumProblems }

  /// The line of an offset, counted on from the last one asked for when it is further on.
  private mutating func lineNumber(of offset: Int) -> Int {
    let target = Swift.min(offset, bytes.count)
    if target < lineCache.offset { lineCache = (0, 1) }
    var line = lineCache.line
    for position in lineCache.offset..<target where bytes[position] == 0x0A { line += 1 }
    lineCache = (target, line)
    return line
  }
}
