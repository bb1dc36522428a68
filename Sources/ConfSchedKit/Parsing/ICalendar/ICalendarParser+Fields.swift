/// What an iCalendar event says besides its times: title, kind, track, room and board,
/// speakers, links, abstract, the file's id, the conference.
extension ICalendarParser {
  /// An event with every field but its day and times.
  mutating func eventTemplate(_ event: RawEvent, conference: Conference?) -> Event {
    let summary = event.first("SUMMARY")
    var title = summary.map { Markup.cleanTitle(ICalendarValue.text($0.value)) } ?? ""
    if title.isEmpty {
      diagnostics.warn(
        summary?.line ?? event.begin, "an event with no title (SUMMARY); kept as '(untitled event)'"
      )
      title = "(untitled event)"
    }
    // CATEGORIES: a kind when one names it, the rest the track.
    let categories = event.all("CATEGORIES").flatMap { ICalendarValue.textList($0.value) }
    var kind: EventKind?
    var tracks: [String] = []
    for category in categories {
      if kind == nil, KindVocabulary.isKindName(category) {
        kind = KindVocabulary.kind(named: category) ?? EventKind(rawValue: category)
      } else if !tracks.contains(category) {
        tracks.append(category)
      }
    }
    let description = ICalendarDescription(
      event.first("DESCRIPTION").map { ICalendarValue.text($0.value) }
        ?? event.first("X-ALT-DESC").map { ICalendarValue.text($0.value) } ?? "")
    var links = description.links
    if let url = event.first("URL")?.value.trimmingSpaces(), !url.isEmpty,
      !links.contains(where: { $0.url == url })
    {
      links.insert(Link(label: "Event page", url: url), at: 0)
    }
    let attendees = event.all("ATTENDEE").compactMap { line -> Author? in
      guard let name = line.parameter("CN").map(ICalendarValue.text), !name.isEmpty else {
        return nil
      }
      return Author(name: Markup.collapsingSpaces(name))
    }
    let (room, board) = Self.roomAndBoard(
      event.first("LOCATION").map { ICalendarValue.text($0.value) })
    let uid = event.first("UID")?.value.trimmingSpaces()
    let anchor = summary?.line ?? event.begin
    return Event(
      kind: kind ?? KindVocabulary.plenaryKind(title) ?? .unknown, title: title,
      authors: attendees.isEmpty ? description.speakers : attendees, conference: conference,
      room: room, board: board, track: tracks.isEmpty ? nil : tracks.joined(separator: ", "),
      language: summary?.parameter("LANGUAGE"), sourceIDs: uid.map { $0.isEmpty ? [] : [$0] } ?? [],
      abstract: description.abstract, links: links,
      source: diagnostics.location(anchor))
  }

  /// `Room 510 ABCD #D4` is room `Room 510 ABCD` and board `D4`; blank is no room.
  static func roomAndBoard(_ location: String?) -> (String?, String?) {
    guard let location = location.map(Markup.collapsingSpaces), !location.isEmpty else {
      return (nil, nil)
    }
    if let hash = location.lastIndex(of: "#"), hash > location.startIndex,
      location[location.index(before: hash)] == " "
    {
      let board = location[location.index(after: hash)...]
      if !board.isEmpty, board.count <= 8, board.allSatisfy({ $0.isLetter || $0.isNumber }) {
        let room = String(location[..<hash]).trimmingSpaces()
        return (room.isEmpty ? nil : room, String(board))
      }
    }
    return (location, nil)
  }

  /// The conference: NeurIPS when the calendar's name says so (with the edition's city), else
  /// what the calendar is called (or the file), in the zone found for it.
  func makeConference(zone: ZoneRule?, days: [CalendarDate]) -> Conference? {
    guard let first = days.min() else { return nil }
    let name = calendarName ?? Self.stem(file)
    if let year = Self.neurIPSYear(name) {
      let edition = Conference.neurIPS(year: year)
      return Conference(
        id: edition.id, name: edition.name, year: year, city: edition.city,
        zone: zone ?? edition.zone)
    }
    return Conference(id: Self.slug(name), name: name, year: first.year, city: nil, zone: zone)
  }

  /// `NeurIPS 2018`, `NIPS 2017`: the year.
  static func neurIPSYear(_ name: String) -> Int? {
    let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }
    guard let index = words.firstIndex(where: { $0 == "neurips" || $0 == "nips" }),
      index + 1 < words.count, words[index + 1].count == 4, let year = Int(words[index + 1]),
      (1987...2099).contains(year)
    else { return nil }
    return year
  }

  /// `38C3: Illegal Instructions` is `38c3-illegal-instructions`: lowercase letters and digits,
  /// other runs as one hyphen, at most 40 characters.
  static func slug(_ name: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in name.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingHyphen, !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
      if slug.count >= 40 { break }
    }
    return slug.isEmpty ? "calendar" : slug
  }

  /// A file's name without its folders and extension.
  static func stem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
