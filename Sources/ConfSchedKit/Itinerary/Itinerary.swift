/// A personal itinerary: the events someone plans to attend, in the order they were added.
///
/// Each event appears once. Entries keep a snapshot of their event, so the itinerary still
/// reads when the dumps change; `resolve(against:)` matches them with what is loaded.
public struct Itinerary: Hashable, Sendable {
  /// The format version this code writes and reads.
  public static let version = 1

  /// The entries, in insertion order, one per event id.
  public private(set) var entries: [ItineraryEntry] = []
  /// The entries' ids, so that `contains` and `add` do not walk every entry (adding all 1,854
  /// bundled events at once compared each with all the others).
  private var ids: Set<EventID> = []
  /// Members of the file's top-level object that this version does not know, in order:
  /// written back after `version` and `entries`. Always a JSON object.
  public var extraMembers: JSONValue = .object([])

  /// Creates an empty itinerary.
  public init() {}

  /// Creates an itinerary from entries; a repeated id keeps its first entry.
  public init(entries: [ItineraryEntry]) {
    var seen: Set<EventID> = []
    self.entries = entries.filter { seen.insert($0.id).inserted }
    ids = seen
  }

  /// Whether there are no entries.
  public var isEmpty: Bool { entries.isEmpty }

  /// The number of entries.
  public var count: Int { entries.count }

  /// Whether an event is in the itinerary.
  public func contains(_ id: EventID) -> Bool {
    ids.contains(id)
  }

  /// The entry of an event, if it is in the itinerary.
  public func entry(_ id: EventID) -> ItineraryEntry? {
    guard contains(id) else { return nil }
    return entries.first { $0.id == id }
  }

  /// Adds an event at the end, unless its id is already there, in which case nothing changes.
  ///
  /// - Returns: whether it was added, and the entry now in the itinerary (the earlier one when
  ///   it was already there), like `Set.insert(_:)`.
  @discardableResult
  public mutating func add(_ event: Event, addedAt: String) -> (
    inserted: Bool, entry: ItineraryEntry
  ) {
    if let existing = entry(event.id) { return (false, existing) }
    let entry = ItineraryEntry(event, addedAt: addedAt)
    entries.append(entry)
    ids.insert(entry.id)
    return (true, entry)
  }

  /// Removes an event's entry; returns it, or nil when the id was not there.
  @discardableResult
  public mutating func remove(_ id: EventID) -> ItineraryEntry? {
    guard contains(id), let index = entries.firstIndex(where: { $0.id == id }) else { return nil }
    ids.remove(id)
    return entries.remove(at: index)
  }

  /// Removes every entry; returns what was removed.
  @discardableResult
  public mutating func clear() -> [ItineraryEntry] {
    defer {
      entries = []
      ids = []
    }
    return entries
  }

  /// Every entry, in order, with its live event when the id is loaded, else its snapshot
  /// marked as missing: an entry is never dropped.
  public func resolve(against schedule: Schedule) -> [ResolvedEntry] {
    entries.map { entry in
      if let event = schedule.event(entry.id) {
        return ResolvedEntry(entry: entry, event: event, isMissing: false)
      }
      return ResolvedEntry(entry: entry, event: entry.snapshotEvent, isMissing: true)
    }
  }
}
