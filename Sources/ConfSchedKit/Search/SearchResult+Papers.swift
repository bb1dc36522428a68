extension SearchResult {
  /// The hits as papers: each hit with the other slots of the same paper that matched too (its
  /// spotlight and its poster, `Event.alsoPresented`), in time order, each paper where its best
  /// slot ranked. `isKept` leaves out hits (a filter) before they are grouped.
  public func papers(in events: [Event], keeping isKept: (Event) -> Bool = { _ in true })
    -> [[Event]]
  {
    var kept: [Int] = []
    var position: [EventID: Int] = [:]
    for hit in hits where isKept(events[hit.eventIndex]) {
      position[events[hit.eventIndex].id] = kept.count
      kept.append(hit.eventIndex)
    }
    var taken = [Bool](repeating: false, count: kept.count)
    var papers: [[Event]] = []
    for (rank, index) in kept.enumerated() where !taken[rank] {
      taken[rank] = true
      var slots = [events[index]]
      for twin in events[index].alsoPresented {
        guard let other = position[twin], !taken[other] else { continue }
        taken[other] = true
        slots.append(events[kept[other]])
      }
      slots.sort { $0.chronologicalKey < $1.chronologicalKey }
      papers.append(slots)
    }
    return papers
  }
}
