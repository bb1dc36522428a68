/// One event of the virtual site's JSON as the file gives it (the fields are described in
/// `../shared/formats/virtual-site-json.md`), with the byte offsets warnings point at.
///
/// Fields are read leniently, as the issue asks: any may be missing or null; a number where a
/// string is expected (an `id` of `119718` or `"119718"`) is read as its digits; a value of
/// another type is left out. Strings are kept as written: entities and markup are the reader's
/// to clean.
///
/// A class, not a struct: a program's 6,000 records of two dozen strings each are handed from
/// pass to pass, and copying a struct retains every string (an eighth of the read's time).
final class VirtualSiteRecord {
  /// The offset of the event's `{`.
  var offset: Int
  var id: String?
  var uid: String?
  var name: String?
  var nameOffset: Int?
  /// `(fullname, institution)` of each author, in order (read by `VirtualSiteDocument`).
  var authors: [(name: String, institution: String?)] = []
  /// The first author's own address (`http://neurips.cc/api/miniconf/users/1`), which names
  /// the site.
  var authorURL: String?
  var abstract: String?
  var topic: String?
  var decision: String?
  var session: String?
  var eventType: String?
  var eventTypeOffset: Int?
  /// `event_type`: a display label, sometimes a template (`{location} Poster`).
  var eventTypeLabel: String?
  var room: String?
  var start: String?
  var startOffset: Int?
  var end: String?
  var endOffset: Int?
  var board: String?
  var siteURL: String?
  var paperURL: String?
  var pdfURL: String?
  var sourceURL: String?
  var url: String?
  var related: [String] = []
  /// `visible: false` events are not part of the program.
  var isVisible = true

  init(offset: Int) {
    self.offset = offset
  }

  /// The keys `set` takes (and `authors`); the others are checked and skipped.
  static let fields: Set<String> = [
    "id", "uid", "name", "authors", "abstract", "topic", "decision", "session", "eventtype",
    "event_type", "room_name", "starttime", "endtime", "poster_position", "virtualsite_url",
    "paper_url", "paper_pdf_url", "sourceurl", "url", "related_events_ids", "visible",
  ]

  /// Takes one member of the event's object.
  func set(_ key: String, _ value: JSONValue, at offset: Int) {
    switch key {
    case "id": id = Self.text(value)
    case "uid": uid = Self.text(value)
    case "name":
      name = Self.text(value)
      nameOffset = offset
    case "abstract": abstract = Self.text(value)
    case "topic": topic = Self.text(value)
    case "decision": decision = Self.text(value)
    case "session": session = Self.text(value)
    case "eventtype":
      eventType = Self.text(value)
      eventTypeOffset = offset
    case "event_type": eventTypeLabel = Self.text(value)
    case "room_name": room = Self.text(value)
    case "starttime":
      start = Self.text(value)
      startOffset = offset
    case "endtime":
      end = Self.text(value)
      endOffset = offset
    case "poster_position": board = Self.text(value)
    case "virtualsite_url": siteURL = Self.text(value)
    case "paper_url": paperURL = Self.text(value)
    case "paper_pdf_url": pdfURL = Self.text(value)
    case "sourceurl": sourceURL = Self.text(value)
    case "url": url = Self.text(value)
    case "related_events_ids":
      if case .array(let items) = value { related = items.compactMap(Self.text) }
    case "visible":
      if case .bool(let visible) = value { isVisible = visible }
    default:
      break
    }
  }

  /// A string, or an integer's digits; nil for null, an empty string and other values.
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text.isEmpty ? nil : text
    case .int(let number): return String(number)
    default: return nil
    }
  }
}
