import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An independent reading of a frab file's events, with Foundation's XML and JSON parsers and
/// its ISO 8601 formatter, to check the readers against: what the file itself says, field by
/// field, in file order.
struct IndependentEvent {
  var guid = ""
  var id = ""
  var date = ""
  var start = ""
  var duration = ""
  var room = ""
  var title = ""
  var track = ""
  var type = ""
  var language = ""
  var persons: [String] = []

  /// The instant of `date`, in whole minutes since the epoch.
  var instantMinutes: Int? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: date).map { Int($0.timeIntervalSince1970) / 60 }
  }
}

/// The events of a `schedule.xml`, read by Foundation's `XMLParser`.
func independentXMLEvents(_ path: String) throws -> [IndependentEvent] {
  let data = try Data(contentsOf: URL(fileURLWithPath: path))
  let parser = XMLParser(data: data)
  let collector = XMLEventCollector()
  parser.delegate = collector
  guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
  return collector.events
}

private final class XMLEventCollector: NSObject, XMLParserDelegate {
  var events: [IndependentEvent] = []
  private var current: IndependentEvent?
  private var text = ""
  private var depth = 0
  private var eventDepth = 0

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    depth += 1
    text = ""
    if name == "event" {
      current = IndependentEvent(guid: attributes["guid"] ?? "", id: attributes["id"] ?? "")
      eventDepth = depth
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    text += String(decoding: block, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    defer { depth -= 1 }
    guard var event = current else { return }
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if depth == eventDepth + 1 {
      switch name {
      case "date": event.date = value
      case "start": event.start = value
      case "duration": event.duration = value
      case "room": event.room = value
      case "title": event.title = value
      case "track": event.track = value
      case "type": event.type = value
      case "language": event.language = value
      default: break
      }
    } else if name == "person" {
      event.persons.append(value)
    }
    current = event
    if name == "event", depth == eventDepth {
      events.append(event)
      current = nil
    }
  }
}

/// The events of a `schedule.json`, read by Foundation's `JSONSerialization` (which forgets
/// the order of the rooms: match them by guid).
func independentJSONEvents(_ path: String) throws -> [IndependentEvent] {
  let data = try Data(contentsOf: URL(fileURLWithPath: path))
  let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
  let schedule = root?["schedule"] as? [String: Any]
  let conference = schedule?["conference"] as? [String: Any]
  let days = conference?["days"] as? [[String: Any]] ?? []
  var events: [IndependentEvent] = []
  for day in days {
    for (_, items) in day["rooms"] as? [String: [[String: Any]]] ?? [:] {
      for item in items {
        var event = IndependentEvent()
        event.guid = item["guid"] as? String ?? ""
        event.id = (item["id"] as? Int).map(String.init) ?? ""
        event.date = item["date"] as? String ?? ""
        event.start = item["start"] as? String ?? ""
        event.duration = item["duration"] as? String ?? ""
        event.room = item["room"] as? String ?? ""
        event.title = (item["title"] as? String ?? "").trimmingCharacters(in: .whitespaces)
        event.track = item["track"] as? String ?? ""
        event.type = item["type"] as? String ?? ""
        event.language = item["language"] as? String ?? ""
        event.persons = (item["persons"] as? [[String: Any]] ?? []).compactMap {
          $0["public_name"] as? String ?? $0["name"] as? String
        }
        events.append(event)
      }
    }
  }
  return events
}
