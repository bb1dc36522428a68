/// The hashes `Schedule.init` gives each event: the one its id is cut from, and the one its
/// twins are grouped by.
///
/// The content hash is `Schedule.contentHash`'s to the bit, with the short texts that repeat
/// from event to event (days, times, rooms) formatted once each rather than for every event:
/// formatting them was a third of building a large schedule.
struct EventHashing {
  private var dates: [CalendarDate: String] = [:]
  private var times: [LocalTime: String] = [:]
  private var rooms: [String: String] = [:]

  /// `Schedule.contentHash(event, titleKey:)`.
  mutating func contentHash(_ event: Event, titleKey: String) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(event.conference?.id ?? "")
    hasher.combine(event.kind.key)
    hasher.combine(titleKey)
    hasher.combine(text(of: event.date))
    hasher.combine(text(of: event.start))
    hasher.combine(text(of: event.end))
    hasher.combine(roomKey(event.room ?? ""))
    hasher.combine(event.board ?? "")
    return hasher.value
  }

  /// The hash of what makes two events twins (their conference and title key), for this run
  /// only; nil for an event that never has one: a break, or a placeholder title (`(untitled
  /// poster)`). The standard library's, as its strings compare: two keys that `==` calls equal
  /// (one precomposed, one not) hash alike.
  static func twinKey(_ event: Event, titleKey: String) -> UInt64? {
    guard !event.kind.isBreak, !event.title.hasPrefix("(untitled") else { return nil }
    var hasher = Hasher()
    hasher.combine(event.conference?.id ?? "")
    hasher.combine(titleKey)
    return UInt64(bitPattern: Int64(hasher.finalize()))
  }

  private mutating func text(of date: CalendarDate?) -> String {
    Self.remembered(date, in: &dates)
  }

  private mutating func text(of time: LocalTime?) -> String {
    Self.remembered(time, in: &times)
  }

  /// A value's description, made once and then looked up; empty for nil.
  private static func remembered<Value: Hashable & CustomStringConvertible>(
    _ value: Value?, in table: inout [Value: String]
  ) -> String {
    guard let value else { return "" }
    if let text = table[value] { return text }
    let text = value.description
    table[value] = text
    return text
  }

  /// An ASCII room's key is remembered; any other is folded each time, for two strings that
  /// `==` calls equal (one precomposed, one not) need not fold to the same key.
  private mutating func roomKey(_ room: String) -> String {
    guard room.utf8.allSatisfy({ $0 < 0x80 }) else { return TextFolding.key(room) }
    if let key = rooms[room] { return key }
    let key = TextFolding.key(room)
    rooms[room] = key
    return key
  }
}

extension Schedule {
  /// The hash an id is cut from: what the event is, not where it was read. `EventHashing`
  /// gives the same, faster; this is its definition.
  static func contentHash(_ event: Event, titleKey: String) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(event.conference?.id ?? "")
    hasher.combine(event.kind.key)
    hasher.combine(titleKey)
    hasher.combine(event.date?.description ?? "")
    hasher.combine(event.start?.description ?? "")
    hasher.combine(event.end?.description ?? "")
    hasher.combine(TextFolding.key(event.room ?? ""))
    hasher.combine(event.board ?? "")
    return hasher.value
  }
}
