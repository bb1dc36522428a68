/// What an element is to the schedule, told by its name and its parent's role: the part of
/// `FrabXMLParser` that knows the shape of `schedule.xml`.
extension FrabXMLParser {
  func role(of tag: XMLTag) -> Role {
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
}
