extension SearchResult {
  /// The hits as papers: each hit with the other slots of the same paper that matched too (its
  /// spotlight and its poster, `Event.alsoPresented`), in time order, each paper where its best
  /// slot ranked. `isKept` leaves out hits (a filter) before they are grouped.
  public func papers(in events: [Event], keeping isKept: (Event) -> Bool = { _ in true })
    -> [[Event]]
  {
    papers(keeping: isKept) { events[$0] }
  }

  /// `papers(in:keeping:)` on a schedule: of a frozen one, only the hits are thawed (each once:
  /// the schedule keeps what it thawed).
  public func papers(in schedule: Schedule, keeping isKept: (Event) -> Bool = { _ in true })
    -> [[Event]]
  {
    papers(keeping: isKept) { schedule.event(at: $0) }
  }

  private func papers(keeping isKept: (Event) -> Bool, event: (Int) -> Event) -> [[Event]] {
    var kept: [Int] = []
    var position: [EventID: Int] = [:]
    for hit in hits where isKept(event(hit.eventIndex)) {
      position[event(hit.eventIndex).id] = kept.count
      kept.append(hit.eventIndex)
    }
    var taken = [Bool](repeating: false, count: kept.count)
    var papers: [[Event]] = []
    for (rank, index) in kept.enumerated() where !taken[rank] {
      taken[rank] = true
      var slots = [event(index)]
      for twin in event(index).alsoPresented {
        guard let other = position[twin], !taken[other] else { continue }
        taken[other] = true
        slots.append(event(kept[other]))
      }
      papers.append(slots.inTimeOrder())
    }
    return papers
  }
}
