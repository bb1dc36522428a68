/// Finding events in a schedule: by id, by the file's own id, by what a listing filters on;
/// of a schedule thawed from a snapshot, only the events returned are thawed.
extension Schedule {
  /// How many events it holds, without making them.
  public var eventCount: Int { archive?.count ?? stored.count }

  /// The events whose summary passes `summary` (a cheap test of day, time, kind and room)
  /// and that then pass `keep`, in load order: of a frozen schedule, only those are thawed.
  public func events(
    where keep: (Event) -> Bool, summary: (EventSummary) -> Bool
  ) -> [Event] {
    guard let archive else { return stored.filter { summary(EventSummary($0)) && keep($0) } }
    let positions = archive.summaries.indices.filter { summary(archive.summaries[$0]) }
    return archive.events(at: positions).filter(keep)
  }

  /// The rooms events are in, each once, sorted.
  public var rooms: [String] {
    let all = archive.map { $0.summaries.compactMap(\.room) } ?? stored.compactMap(\.room)
    return Set(all).sorted()
  }

  /// The kinds of its events, each once, in order of first appearance.
  public var kinds: [EventKind] {
    var seen: Set<String> = []
    let all = archive.map { $0.summaries.map(\.kind) } ?? stored.map(\.kind)
    return all.filter { seen.insert($0.rawValue).inserted }
  }

  /// The event with an id, if loaded.
  public func event(_ id: EventID) -> Event? {
    guard let archive else { return indexByID[id].map { stored[$0] } }
    return archive.position(of: id).map(archive.event(at:))
  }

  /// The event with an id typed by a user: exact, else case-insensitive, else one of the file's
  /// own ids (a frab `guid` or `id`, an iCalendar `UID`).
  public func event(matching text: String) -> Event? {
    event(EventID(rawValue: text)) ?? event(EventID(rawValue: text.lowercased()))
      ?? sourceIDPosition(text).map { archive?.event(at: $0) ?? stored[$0] }
  }

  private func sourceIDPosition(_ sourceID: String) -> Int? {
    guard let archive else { return indexBySourceID[sourceID] }
    return archive.position(ofSourceID: sourceID)
  }

  /// The other slots of the same paper, in time order.
  public func twins(of event: Event) -> [Event] {
    event.alsoPresented.compactMap { self.event($0) }
  }
}
