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
///
/// The walk is split by concern: elements opening and closing (`FrabXMLParser+Elements`), what
/// an element is to the schedule (`+Roles`) and the values kept (`+Values`); problems are
/// counted here. Its state is internal rather than private only so that those files reach it;
/// callers read `document` and `problems`.
struct FrabXMLParser {
  /// How deep elements may nest before the deeper ones stop counting as structure.
  static let maximumDepth = 256
  /// How many problems of the XML itself are reported before the rest are only counted: a
  /// large broken file must not give a diagnostic per tag.
  static let maximumProblems = 20

  private(set) var scanner: XMLScanner
  let bytes: UnsafeBufferPointer<UInt8>
  /// What the file says, filled in by the walk (set from its extensions, read by callers).
  var document = FrabDocument()
  /// Problems of the XML, at byte offsets, in the order found.
  private(set) var problems: [ParseProblem] = []
  private var problemCount = 0

  var stack: [Open] = []
  /// Elements opened beyond `maximumDepth`, not on the stack.
  var overflow = 0
  var event: FrabDocument.Event?
  var day: Int?
  var room: String?
  var capture: Capture?
  var text = XMLText()
  /// The text of the field so far when it is one run of character data with no reference:
  /// taken from the source as it is.
  var plainText: Range<Int>?
  /// The `href` of the link being read.
  var linkAddress: String?
  private var reportedUndecoded = false
  private var lineCache = (offset: 0, line: 1)

  /// An element on the stack: its name and what it is to the schedule.
  struct Open {
    var name: Range<Int>
    var start: Int
    var role: Role
  }

  /// What an element is to the schedule.
  enum Role {
    case schedule, conference, day, room, event, persons, links, attachments
    /// A field whose text is wanted.
    case field(Field)
    /// A link or attachment (its address is `linkAddress`).
    case link(isAttachment: Bool)
    /// Anything else: its text is not wanted (unless it stands inside a field).
    case other
  }

  enum Field {
    case acronym, conferenceTitle, conferenceStart, timeZone, dayChange, city, baseURL
    case date, start, duration, end, room, title, track, type, language, abstract
    case description, url, person
    /// Text that is not wanted (a description after an abstract), markup and all.
    case ignored
  }

  /// The element whose text is being gathered: where it starts, and whether its text is
  /// wanted at all.
  struct Capture {
    var start: Int
    var keepsText: Bool
  }

  /// A parser of a document's UTF-8 bytes.
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

  // MARK: Problems

  mutating func report(_ offset: Int, _ message: String) {
    problemCount += 1
    if problemCount <= Self.maximumProblems {
      problems.append(ParseProblem(offset, message))
    } else if problemCount == Self.maximumProblems + 1 {
      problems.append(ParseProblem(offset, "more problems with the XML from here on; not reported"))
    }
  }

  /// Whether another problem would be reported rather than only counted.
  var isReporting: Bool { problemCount < Self.maximumProblems }

  /// The line of an offset, counted on from the last one asked for when it is further on.
  mutating func lineNumber(of offset: Int) -> Int {
    let target = Swift.min(offset, bytes.count)
    if target < lineCache.offset { lineCache = (0, 1) }
    var line = lineCache.line
    for position in lineCache.offset..<target where bytes[position] == 0x0A { line += 1 }
    lineCache = (target, line)
    return line
  }
}
