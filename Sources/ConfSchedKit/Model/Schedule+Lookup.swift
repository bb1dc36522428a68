/// Finding events in a schedule: by id, by the file's own id, by what a listing filters on;
/// of a schedule thawed from a snapshot, only the events returned are thawed.
extension Schedule {
  /// How many events it holds, without making them.
  public var eventCount: Int { archive?.count ?? stored.count }

  /// The events that pass `keep`, in load order, where `keep` fails every event `summary`
  /// fails: of a frozen schedule, only the events whose summary passes are thawed.
  public func events(where keep: (Event) -> Bool, summary: some SummaryTest) -> [Event] {
    guard let archive else { return stored.filter(keep) }
    return archive.events(at: archive.positions(passing: summary)).filter(keep)
  }

  /// The rooms events are in, each once, sorted.
  public var rooms: [String] {
    (archive?.rooms ?? Array(Set(stored.compactMap(\.room)))).sorted()
  }

  /// The kinds of its events, each once, in order of first appearance.
  public var kinds: [EventKind] {
    if let archive { return archive.kinds }
    var seen: Set<String> = []
    return stored.map(\.kind).filter { seen.insert($0.rawValue).inserted }
  }

  /// The positions of the events that carry an attendee's notes, in load order: a search of
  /// notes thaws these, not every event.
  public var positionsWithNotes: [Int] {
    guard let archive else { return stored.indices.filter { stored[$0].notes != nil } }
    return archive.positionsWithNotes
  }

  /// The event at a position of `events` (`0..<eventCount`), thawed alone if need be.
  public func event(at position: Int) -> Event {
    archive?.event(at: position) ?? stored[position]
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
