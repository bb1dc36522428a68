extension SearchResultList {
  /// The when and where of the paper's other slots, one line each, under the first's, with
  /// their ids: `also Poster · 17:00-19:00 · Room 210 & 230 AB · board 9 · rcpyps` (the day
  /// when it is another).
  func slotLines(_ event: Event, indent: String, width: Int?) -> [String] {
    var lines: [String] = []
    for slot in otherSlots[event.id] ?? [] {
      var parts = ["also " + slot.kind.rawValue]
      if let date = slot.date, date != event.date {
        parts.append("\(date.shortDescription) \(date.year)")
      }
      parts.append(slot.timeRange.isEmpty ? "time not given" : slot.timeRange)
      if let room = slot.room { parts.append(room) }
      if let board = slot.board { parts.append("board \(board)") }
      parts.append(slot.id.rawValue)
      let text = DisplayText.printable(parts.joined(separator: " · "))
      for line in DisplayText.wrapped(text, to: width) { lines.append(indent + line) }
    }
    return lines
  }

  /// The words around the match in the abstract or notes, in quotes, its words highlighted.
  func snippetLines(_ event: Event, indent: String, width: Int?) -> [String] {
    guard let snippet = snippets[event.id] else { return [] }
    return DisplayText.wrapped("“" + snippet + "”", to: width).map {
      indent + (highlighter?.apply($0) ?? $0)
    }
  }
}
