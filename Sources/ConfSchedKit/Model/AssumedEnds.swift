/// The one rule for an event with a start and no end (the notes dumps give talks a start
/// only), used wherever an end is needed: the itinerary's clashes and free time, the timetable,
/// now and next, the calendar export.
///
/// Such an event lasts until the next event starts in its room on its day, and
/// `Event.assumedMinutesWithoutEnd` (30) minutes at most; without a room, those 30 minutes.
/// A 10:05 oral followed at 10:20 in its room ends at 10:20; the last talk of a session ends
/// 30 minutes after it starts, not when the room's evening event begins.
public struct AssumedEnds: Sendable {
  /// The starts of the events of each day and room that holds an event without an end.
  private var starts: [Key: [Int]] = [:]

  private struct Key: Hashable {
    var day: Int
    var room: String
  }

  /// The rule over `context` (the schedule, or a day of it) for the events in `targets` (by
  /// default, the context itself). Only the rooms of targets without an end are looked at.
  public init(for targets: [Event]? = nil, in context: [Event]) {
    var keys: Set<Key> = []
    for event in targets ?? context {
      guard event.end == nil, event.start != nil, let key = AssumedEnds.key(event) else {
        continue
      }
      keys.insert(key)
    }
    guard !keys.isEmpty else { return }
    for event in context {
      guard let start = event.start, let key = AssumedEnds.key(event), keys.contains(key) else {
        continue
      }
      starts[key, default: []].append(start.minutes)
    }
    for key in starts.keys { starts[key]?.sort() }
  }

  /// The end of an event: its own, else the rule's; nil without a start.
  public func end(of event: Event) -> LocalTime? {
    guard let start = event.start else { return nil }
    if let end = event.end { return end }
    let longest = start.minutes + Event.assumedMinutesWithoutEnd
    guard let key = AssumedEnds.key(event), let list = starts[key] else {
      return LocalTime(clamping: longest)
    }
    // The first start after this one: a binary search in the sorted starts.
    let after = list.partitioningIndex { $0 > start.minutes }
    let next = after < list.count ? list[after] : longest
    return LocalTime(clamping: Swift.min(next, longest))
  }

  /// What a view says under times with an assumed end.
  public static let note =
    "~ end not given: until the next event in its room, \(Event.assumedMinutesWithoutEnd) minutes at most"

  /// The events with the rule's end set (and marked assumed) where they had none.
  public func filling(_ events: [Event]) -> [Event] {
    events.map { event in
      guard event.end == nil, let end = end(of: event) else { return event }
      var filled = event
      filled.end = end
      filled.isEndAssumed = true
      return filled
    }
  }

  private static func key(_ event: Event) -> Key? {
    guard let date = event.date, let room = event.room else { return nil }
    return Key(day: date.daysSinceEpoch, room: TextFolding.key(room))
  }
}
