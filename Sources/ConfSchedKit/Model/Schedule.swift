/// Everything loaded: the events of all dumps with their ids and twins, the conferences they
/// belong to, and what the readers reported.
public struct Schedule: Sendable {
  /// Every event, in load order (dump by dump, in each dump's order). A schedule thawed from
  /// a snapshot makes them on first use; `events(where:summary:)` and `event(_:)` thaw only the
  /// ones they return.
  public var events: [Event] { archive?.all ?? stored }
  /// The events of a schedule built from parts (or narrowed); set only here.
  private(set) var stored: [Event] = []
  /// The events of a schedule thawed from a snapshot, left frozen until asked for.
  private(set) var archive: EventArchive?
  /// The conferences, by year.
  public private(set) var conferences: [Conference] = []
  /// What the readers reported, and the merges of events described twice.
  public private(set) var diagnostics: [Diagnostic] = []
  /// What each dump contributed, in load order.
  public private(set) var sources: [SourceSummary] = []
  private(set) var indexByID: [EventID: Int] = [:]
  /// Events by the file's own ids (frab's `guid` and `id`, iCalendar's `UID`).
  private(set) var indexBySourceID: [String: Int] = [:]
  private var indexByHash: [UInt64: Int] = [:]

  /// A schedule from parts already built (ids and twins assigned), as a snapshot keeps them.
  init(
    restoring events: [Event], conferences: [Conference], diagnostics: [Diagnostic],
    sources: [SourceSummary]
  ) {
    self.stored = events
    self.conferences = conferences
    self.diagnostics = diagnostics
    self.sources = sources
    indexByID.reserveCapacity(events.count)
    for index in events.indices { indexByID[events[index].id] = index }
    indexSourceIDs()
  }

  /// A schedule whose events stay frozen in a snapshot until a command asks for them.
  init(
    archive: EventArchive, conferences: [Conference], diagnostics: [Diagnostic],
    sources: [SourceSummary]
  ) {
    self.archive = archive
    self.conferences = conferences
    self.diagnostics = diagnostics
    self.sources = sources
  }

  /// What one source gives a schedule: its events, the conferences they belong to, and what
  /// its reader said. Built by whatever read the source (a reader's `ReadResult.part`).
  public struct Part: Sendable {
    /// The source's name (a path, or the bundled file's name).
    public var file: String
    /// The family it was read as.
    public var family: DumpFamily?
    /// The conferences its events belong to.
    public var conferences: [Conference]
    /// The events, in the source's order, without ids.
    public var events: [Event]
    /// What its reader reported.
    public var diagnostics: [Diagnostic]
    /// How many papers it mentions without scheduling them (a reading list), for the summary.
    public var mentionCount: Int
    /// The groups of its events (indices into `events`) that the source says are one paper's
    /// slots; nil when it says nothing, and its events are linked by title.
    public var slotGroups: [[Int]]?

    /// Creates a part.
    public init(
      file: String, family: DumpFamily?, conferences: [Conference], events: [Event],
      diagnostics: [Diagnostic], mentionCount: Int = 0, slotGroups: [[Int]]? = nil
    ) {
      self.file = file
      self.family = family
      self.conferences = conferences
      self.events = events
      self.diagnostics = diagnostics
      self.mentionCount = mentionCount
      self.slotGroups = slotGroups
    }
  }

  /// Builds a schedule from the parts of its sources, in order.
  ///
  /// Ids: six symbols of a hash of the event's content. An exact duplicate within one dump (the
  /// two `Lunch on your own` cards) gets the hash of its content and its ordinal; the same
  /// event in a second dump is merged into the first, and the merge is reported; a different
  /// event whose six symbols are taken gets eight, then ten.
  ///
  /// The events keep the parts' order and every field a search indexes (title, authors,
  /// session, abstract, notes) unless two are merged: `CompiledSchedule.compile` indexes the
  /// parts' events while this runs, and builds the index again only when a source reports a
  /// merge. Whatever else this comes to change in an event must not be indexed.
  public init(_ parts: [Part]) {
    var seenHashes: [UInt64: (file: String, count: Int)] = [:]
    var titleKeys: [String] = []
    var twinKeys: [UInt64?] = []
    var hashing = EventHashing()
    var linked = LinkedSlots()
    // Room for every event at once: grown by doubling, each table was hashed again a dozen
    // times over for a large schedule.
    let count = parts.reduce(0) { $0 + $1.events.count }
    seenHashes.reserveCapacity(count)
    indexByHash.reserveCapacity(count)
    indexByID.reserveCapacity(count)
    stored.reserveCapacity(count)
    titleKeys.reserveCapacity(count)
    twinKeys.reserveCapacity(count)
    for result in parts {
      for conference in result.conferences where !conferences.contains(conference) {
        conferences.append(conference)
      }
      diagnostics += result.diagnostics
      let firstNew = stored.count
      var merges: [String: (count: Int, first: SourceLocation)] = [:]
      // Where each of the part's events went: its own index, or the one it was merged into.
      var placed: [Int?] = []
      placed.reserveCapacity(result.events.count)
      for var event in result.events {
        let titleKey = TextFolding.key(event.title)
        var hash = hashing.contentHash(event, titleKey: titleKey)
        if let seen = seenHashes[hash] {
          if seen.file != event.source.file {
            if let index = indexByHash[hash] {
              let first = stored[index]
              let earlier = merges[first.source.file]
              merges[first.source.file] = (
                (earlier?.count ?? 0) + 1, earlier?.first ?? event.source
              )
              stored[index] = Schedule.merged(first, event)
            }
            placed.append(indexByHash[hash])
            continue
          }
          seenHashes[hash] = (seen.file, seen.count + 1)
          var hasher = StableHasher(value: hash)
          hasher.combine(seen.count + 1)
          hash = hasher.value
        } else {
          seenHashes[hash] = (event.source.file, 1)
        }
        var length = 6
        var id = EventID(rawValue: EventID.encode(hash, length: length))
        while indexByID[id] != nil && length < 13 {
          length += 2
          id = EventID(rawValue: EventID.encode(hash, length: length))
        }
        event.id = id
        indexByID[id] = stored.count
        indexByHash[hash] = stored.count
        placed.append(stored.count)
        stored.append(event)
        titleKeys.append(titleKey)
        twinKeys.append(EventHashing.twinKey(event, titleKey: titleKey))
      }
      if let groups = result.slotGroups { linked.add(groups, placed: placed) }
      for (file, merge) in merges.sorted(by: { $0.value.first < $1.value.first }) {
        let what = merge.count == 1 ? "1 event is" : "\(merge.count) events are"
        diagnostics.append(
          Diagnostic(.warning, at: merge.first, "\(what) also in \(file)" + Schedule.mergeNote))
      }
      let added = stored[firstNew...]
      var summary = SourceSummary(
        file: result.file, family: result.family, conferences: result.conferences,
        days: Array(Set(result.events.compactMap(\.date))).sorted(), eventCount: added.count,
        mergedCount: merges.values.reduce(0) { $0 + $1.count },
        warningCount: result.diagnostics.count)
      summary.mentionCount = result.mentionCount
      sources.append(summary)
    }
    conferences.sort { ($0.year, $0.id) < ($1.year, $1.id) }
    linkTwins(titleKeys, twinKeys: twinKeys, linked: linked)
    indexSourceIDs()
  }

  /// The schedule of some conferences only (`--conference`, `--year`): their events, with the
  /// same ids and twins, and what the readers said about them.
  public func narrowed(to keep: (Conference) -> Bool) -> Schedule {
    let kept = events.filter { $0.conference.map(keep) ?? false }
    let files = Set(kept.map(\.source.file))
    return Schedule(
      restoring: kept, conferences: conferences.filter(keep),
      diagnostics: diagnostics.filter { files.contains($0.location.file) },
      sources: sources.filter { source in
        // A reading list stays when it is about a kept conference, or names none.
        files.contains(source.file)
          || (source.eventCount == 0 && source.mentionCount > 0
            && (source.conferences.isEmpty || source.conferences.contains(where: keep)))
      })
  }

  /// Indexes the file's own ids; an id two events share names neither.
  private mutating func indexSourceIDs() {
    var seen: [String: Int] = [:]
    for index in stored.indices {
      for sourceID in stored[index].sourceIDs {
        seen[sourceID] = seen[sourceID] == nil ? index : -1
      }
    }
    indexBySourceID = seen.filter { $0.value >= 0 }
  }

  /// Links events that are the same paper in different slots: same conference, same title key,
  /// a different day, time or room. Breaks and placeholder titles (`(untitled poster)`) are never
  /// twins, nor are the members of a group larger than `maximumSlots`: that many events of one
  /// title are a recurring session's name, not one paper, and linking each to all the others
  /// would take time and memory in the square of the group (a notes dump read as cards gave 409
  /// untitled sessions, each listing the 408 others).
  ///
  /// The events of a source that links its own slots (the virtual site's `related_events_ids`)
  /// are linked by what it says instead, never by title: two papers of one title stay apart.
  private mutating func linkTwins(
    _ titleKeys: [String], twinKeys: [UInt64?], linked: LinkedSlots
  ) {
    // Grouped by a hash of conference and title key (`EventHashing.twinKey`), sorted: no
    // string is built per event, and no table of them grows. Each run of one hash is then
    // split by the keys themselves, compared as strings (as a table of them compared them).
    // An event is read only when its hash is shared: a copy retains each of its strings.
    var keyed: [(hash: UInt64, index: Int)] = []
    keyed.reserveCapacity(stored.count)
    for index in stored.indices where !linked.members.contains(index) {
      if let hash = twinKeys[index] { keyed.append((hash, index)) }
    }
    keyed.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
    var groups: [[Int]] = []
    var start = 0
    while start < keyed.count {
      var end = start + 1
      while end < keyed.count && keyed[end].hash == keyed[start].hash { end += 1 }
      var rest = end - start > 1 ? keyed[start..<end].map(\.index) : []
      while let first = rest.first {
        let conference = stored[first].conference?.id ?? ""
        var same: [Int] = []
        var other: [Int] = []
        for index in rest {
          if titleKeys[index] == titleKeys[first]
            && (stored[index].conference?.id ?? "") == conference
          {
            same.append(index)
          } else {
            other.append(index)
          }
        }
        groups.append(same)
        rest = other
      }
      start = end
    }
    for members in groups + linked.groups
    where (2...Self.maximumSlots).contains(members.count) {
      let ordered = members.sorted { stored[$0].chronologicalKey < stored[$1].chronologicalKey }
      for index in members {
        stored[index].alsoPresented = ordered.filter { other in
          other != index
            && (stored[other].date != stored[index].date
              || stored[other].start != stored[index].start
              || stored[other].room != stored[index].room)
        }.map { stored[$0].id }
      }
    }
  }

  /// The most slots one paper gets: an oral, a spotlight and posters come to a handful.
  static let maximumSlots = 8

  /// The slots sources link themselves, by schedule index.
  private struct LinkedSlots {
    /// Every event of such a source: none of them is linked by title.
    var members: Set<Int> = []
    var groups: [[Int]] = []

    /// A part's groups, its events at the indices they were `placed` at.
    mutating func add(_ partGroups: [[Int]], placed: [Int?]) {
      for case let index? in placed { members.insert(index) }
      for group in partGroups {
        var seen: Set<Int> = []
        let indices = group.compactMap { placed.indices.contains($0) ? placed[$0] : nil }.filter {
          seen.insert($0).inserted
        }
        if indices.count > 1 { groups.append(indices) }
      }
    }
  }
}
