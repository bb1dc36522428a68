/// What an element is to the schedule, told by its name and its parent's role: the part of
/// `FrabXMLParser` that knows the shape of `schedule.xml`.
///
/// Every start tag outside a text field asks (some 20 per event), so the names are compared as
/// bytes against static ones, told apart by length first, by functions that take the document's
/// bytes rather than the parser (whose state they need not copy).
extension FrabXMLParser {
  /// The role of an element whose local name is `name`, under a parent of role `parent`. A
  /// `<description>` after an abstract is the caller's to set aside.
  static func role(
    of name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, parent: Role?
  ) -> Role {
    func named(_ literal: StaticString) -> Bool { bytes.isName(name, literal) }
    switch parent {
    case nil:
      return named("schedule") ? .schedule : .other
    case .schedule?:
      if named("conference") { return .conference }
      if named("day") { return .day }
      if named("event") { return .event }
      return .other
    case .conference?:
      return conferenceRole(name, in: bytes)
    case .day?:
      if named("room") { return .room }
      if named("event") { return .event }
      return .other
    case .room?:
      return named("event") ? .event : .other
    case .event?:
      return eventRole(name, in: bytes)
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

  /// The role of a child of `<conference>`, by its local name.
  private static func conferenceRole(_ name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
    -> Role
  {
    func named(_ literal: StaticString) -> Bool { bytes.isName(name, literal) }
    if named("acronym") { return .field(.acronym) }
    if named("title") { return .field(.conferenceTitle) }
    if named("start") { return .field(.conferenceStart) }
    if named("time_zone_name") { return .field(.timeZone) }
    if named("day_change") { return .field(.dayChange) }
    if named("city") { return .field(.city) }
    if named("base_url") { return .field(.baseURL) }
    return .other
  }

  /// The role of a child of `<event>`, by its local name: told by its length first. A
  /// `<description>` is said to be one even after an abstract; `role(of:)` decides.
  private static func eventRole(_ name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Role {
    func named(_ literal: StaticString) -> Bool { bytes.isName(name, literal) }
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
      if named("description") { return .field(.description) }
      if named("attachments") { return .attachments }
    default:
      break
    }
    return .other
  }
}
