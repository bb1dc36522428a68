/// Walks a parsed `schedule.json` into a `FrabDocument`.
///
/// `JSONValue` keeps no positions, so the walk places events by counting objects: the n-th
/// object met in document order is the n-th `{` of the text outside strings
/// (`objectOffsets`), and every value is either read or skipped in order, so the count stays
/// true.
///
/// Values are taken leniently: numbers where strings are expected (`"id": 10386`), `null` for
/// absent, a person as an object (`public_name`, else `name`) or a string, a link as an object
/// (`url`, `title`) or a string, a text given per language (`{"en": ..., "de": ...}`) as its
/// English or first text. What has the wrong shape (an event that is not an object) is
/// reported and skipped.
struct FrabJSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let objectOffsets: [Int]
  /// The number of objects met so far.
  private var objectCount = 0
  private(set) var document = FrabDocument()
  private(set) var problems: [ParseProblem] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.objectOffsets = Self.objectOffsets(bytes)
  }

  /// Reads the whole document.
  mutating func read(_ root: JSONValue) {
    guard case .object(let members) = root else {
      problems.append(ParseProblem(0, "the JSON is not an object with a 'schedule'"))
      skip(root)
      return
    }
    _ = enter()
    var found = false
    for (key, value) in members {
      if key == "schedule", case .object = value {
        found = true
        readSchedule(value)
      } else {
        skip(value)
      }
    }
    if !found { problems.append(ParseProblem(0, "the JSON has no 'schedule' object")) }
  }

  // MARK: The structure

  private mutating func readSchedule(_ value: JSONValue) {
    guard case .object(let members) = value else { return }
    _ = enter()
    for (key, value) in members {
      switch key {
      case "conference": readConference(value)
      case "base_url": document.conference.baseURL = string(value)
      default: skip(value)
      }
    }
  }

  private mutating func readConference(_ value: JSONValue) {
    guard case .object(let members) = value else {
      skip(value)
      return
    }
    document.conference.offset = enter()
    for (key, value) in members {
      switch key {
      case "acronym": document.conference.acronym = string(value)
      case "title": document.conference.title = string(value)
      case "start": document.conference.start = string(value)
      case "time_zone_name":
        document.conference.timeZoneName = string(value)
        document.conference.timeZoneOffset = document.conference.offset
      case "day_change": document.conference.dayChange = string(value)
      case "city": document.conference.city = string(value)
      case "base_url": document.conference.baseURL = string(value)
      case "days":
        guard case .array(let days) = value else {
          problems.append(ParseProblem(document.conference.offset, "'days' is not an array"))
          skip(value)
          continue
        }
        for day in days { readDay(day) }
      default: skip(value)
      }
    }
  }

  private mutating func readDay(_ value: JSONValue) {
    guard case .object(let members) = value else {
      problems.append(
        ParseProblem(document.conference.offset, "a day that is not an object; skipped"))
      skip(value)
      return
    }
    // The day goes in first: its events refer to it, whichever order its members come in.
    let index = document.days.count
    let offset = enter()
    document.days.append(FrabDocument.Day(offset: offset))
    for (key, value) in members {
      switch key {
      case "index": document.days[index].index = string(value)
      case "date": document.days[index].date = string(value)
      case "day_start": document.days[index].start = string(value)
      case "day_end": document.days[index].end = string(value)
      case "rooms": readRooms(value, day: index, at: offset)
      default: skip(value)
      }
    }
  }

  private mutating func readRooms(_ value: JSONValue, day: Int, at offset: Int) {
    guard case .object(let rooms) = value else {
      problems.append(
        ParseProblem(offset, "the day's 'rooms' is not an object of room names; skipped"))
      skip(value)
      return
    }
    _ = enter()
    for (room, events) in rooms {
      guard case .array(let events) = events else {
        problems.append(
          ParseProblem(offset, "the room '\(room)' is not an array of events; skipped"))
        skip(events)
        continue
      }
      for event in events { readEvent(event, day: day, room: room, near: offset) }
    }
  }

  private mutating func readEvent(_ value: JSONValue, day: Int, room: String, near offset: Int) {
    guard case .object(let members) = value else {
      problems.append(ParseProblem(offset, "an event of '\(room)' that is not an object; skipped"))
      skip(value)
      return
    }
    var event = FrabDocument.Event(offset: enter())
    event.day = day
    event.listedRoom = room
    for (key, value) in members {
      switch key {
      case "id": event.id = string(value)
      case "guid": event.guid = string(value)
      case "code": event.code = string(value)
      case "date": event.date = string(value)
      case "start": event.start = string(value)
      case "duration": event.duration = string(value)
      case "end": event.end = string(value)
      case "room": event.room = string(value)
      case "title": event.title = string(value)
      case "track": event.track = string(value)
      case "type": event.type = string(value)
      case "language": event.language = string(value)
      case "abstract": event.abstract = string(value)
      case "description": event.description = string(value)
      case "url": event.url = string(value)
      case "persons": event.persons = people(value)
      case "links": event.links += links(value, label: "")
      case "attachments": event.links += links(value, label: "Attachment")
      default: skip(value)
      }
    }
    document.events.append(event)
  }

  // MARK: Values

  private mutating func people(_ value: JSONValue) -> [String] {
    guard case .array(let items) = value else {
      skip(value)
      return []
    }
    var names: [String] = []
    for item in items {
      if case .object(let members) = item {
        _ = enter()
        var name: String?
        var publicName: String?
        for (key, value) in members {
          switch key {
          case "public_name": publicName = string(value)
          case "name", "full_public_name": name = name ?? string(value)
          default: skip(value)
          }
        }
        if let found = publicName ?? name { names.append(found) }
      } else if let name = string(item) {
        names.append(name)
      }
    }
    return names
  }

  private mutating func links(_ value: JSONValue, label: String) -> [Link] {
    guard case .array(let items) = value else {
      skip(value)
      return []
    }
    var links: [Link] = []
    for item in items {
      if case .object(let members) = item {
        _ = enter()
        var url: String?
        var title: String?
        for (key, value) in members {
          switch key {
          case "url", "href": url = url ?? string(value)
          case "title": title = string(value)
          default: skip(value)
          }
        }
        if let url { links.append(Link(label: title ?? label, url: url)) }
      } else if let url = string(item) {
        links.append(Link(label: label, url: url))
      }
    }
    return links
  }

  /// A value as text: a string, a number as written, nil for `null`, `false` and the rest; a
  /// text per language gives its English or first text.
  private mutating func string(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    case .object(let members):
      skip(value)
      let texts = members.compactMap { key, value -> (String, String)? in
        if case .string(let text) = value { return (key, text) }
        return nil
      }
      return (texts.first { $0.0 == "en" } ?? texts.first)?.1
    case .array:
      skip(value)
      return nil
    default: return nil
    }
  }

  // MARK: Counting objects

  /// Counts an object about to be read; returns its offset.
  private mutating func enter() -> Int {
    defer { objectCount += 1 }
    return objectCount < objectOffsets.count ? objectOffsets[objectCount] : 0
  }

  /// Counts the objects of a value not read.
  private mutating func skip(_ value: JSONValue) {
    switch value {
    case .object(let members):
      objectCount += 1
      for (_, member) in members { skip(member) }
    case .array(let items):
      for item in items { skip(item) }
    default:
      break
    }
  }

  /// The offset of every `{` outside strings, in order.
  static func objectOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var offsets: [Int] = []
    var index = 0
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "{") {
        offsets.append(index)
      }
      index += 1
    }
    return offsets
  }
}
