/// An itinerary's events that can clash, sorted by day, start and end, so that clashes are
/// found by one sweep and "does this slot clash with anything planned?" by a binary search,
/// instead of comparing every pair (10,000 entries took 8 s that way).
///
/// What clashes stays `Conflicts.overlap(_:_:)`'s to say: the timeline only narrows the pairs
/// it is asked about to those that share a day and hours, which every clash does.
struct ClashTimeline {
  /// One event with what the sweep compares, worked out once.
  struct Slot {
    var event: Event
    /// The event's place in the list the timeline was made from.
    var offset: Int
    var day: Int
    var start: Int
    var end: Int
    /// Board presentations of one session share a key; nil for everything else.
    var session: SessionKey?
  }

  /// What makes board presentations one session (`Conflicts.isSameSession(_:_:)`): day, hours
  /// and folded hall.
  struct SessionKey: Hashable {
    var day: Int
    var start: Int
    var end: Int
    var room: String
  }

  /// The events with a span, by day, start, end, then input order.
  private(set) var slots: [Slot] = []
  /// For each slot, the latest end among the slots of its day up to it: a search walking back
  /// from a slot stops as soon as nothing earlier can reach into the hours it asks about.
  private var reachOfDay: [Int] = []

  /// The events that have a span (day, start, later end); the rest never clash.
  init(_ events: [Event]) {
    for (offset, event) in events.enumerated() {
      guard let span = Conflicts.span(event) else { continue }
      slots.append(
        Slot(
          event: event, offset: offset, day: span.date.daysSinceEpoch, start: span.start.minutes,
          end: span.end.minutes, session: ClashTimeline.sessionKey(event)))
    }
    slots.sort { ($0.day, $0.start, $0.end, $0.offset) < ($1.day, $1.start, $1.end, $1.offset) }
    reachOfDay.reserveCapacity(slots.count)
    for (index, slot) in slots.enumerated() {
      let sameDay = index > 0 && slots[index - 1].day == slot.day
      reachOfDay.append(sameDay ? Swift.max(reachOfDay[index - 1], slot.end) : slot.end)
    }
  }

  /// The session of a board presentation, or nil.
  static func sessionKey(_ event: Event) -> SessionKey? {
    guard event.kind.isBoardPresentation, let room = event.room, let span = Conflicts.span(event)
    else { return nil }
    return SessionKey(
      day: span.date.daysSinceEpoch, start: span.start.minutes, end: span.end.minutes,
      room: TextFolding.key(room))
  }

  /// Calls `body` with every pair of events that share a day and overlap in time, except
  /// board presentations of one session (which never clash), the earlier-sorted one first.
  ///
  /// The events still running are kept grouped by session, so a session of a thousand posters
  /// costs one comparison per newcomer, not a thousand: the work is the number of events plus
  /// the number of pairs reported.
  func forEachOverlappingPair(_ body: (Slot, Slot) -> Void) {
    var running: [(session: SessionKey?, end: Int, members: [Int])] = []
    var day = Int.min
    for (index, slot) in slots.enumerated() {
      if slot.day != day {
        running.removeAll(keepingCapacity: true)
        day = slot.day
      }
      running.removeAll { $0.end <= slot.start }
      var joined = false
      for group in running.indices {
        if let session = slot.session, running[group].session == session {
          running[group].members.append(index)
          joined = true
          continue
        }
        for member in running[group].members { body(slots[member], slot) }
      }
      if !joined { running.append((slot.session, slot.end, [index])) }
    }
  }

  /// Whether an event clashes with a slot other than the ones `excluding` names.
  func hasClash(with event: Event, excluding: (EventID, EventID)) -> Bool {
    guard let span = Conflicts.span(event) else { return false }
    let day = span.date.daysSinceEpoch
    let start = span.start.minutes
    // The first slot starting at or after the event's end: only those before it can overlap.
    let low = slots.partitioningIndex { ($0.day, $0.start) >= (day, span.end.minutes) }
    var index = low - 1
    while index >= 0, slots[index].day == day, reachOfDay[index] > start {
      let kept = slots[index].event
      if slots[index].end > start, kept.id != excluding.0, kept.id != excluding.1,
        Conflicts.clash(event, kept)
      {
        return true
      }
      index -= 1
    }
    return false
  }
}
