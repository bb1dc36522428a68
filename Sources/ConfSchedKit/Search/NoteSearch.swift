/// A place in the user's own notes that a search reached: a reading list's mention, or an
/// attendee's notes under an event.
public struct NoteHit: Hashable, Sendable {
  /// Where it stands.
  public var source: SourceLocation
  /// The line that matched (a mention's whole line, or the matching line of an event's notes).
  public var text: String
  /// The event whose notes matched, for notes under an event.
  public var event: EventID?
}

/// Finds a query's words in the notes of the loaded dumps: reading lists' mentions and the
/// notes under events. Every word of the query must be there (as a word or the start of one).
public enum NoteSearch {
  /// The note hits of a query, mentions first, in load order.
  public static func hits(_ query: SearchQuery, in schedule: Schedule) -> [NoteHit] {
    guard !query.isEmpty else { return [] }
    var hits: [NoteHit] = []
    for mention in schedule.mentions where matches(query, mention.context) {
      hits.append(
        NoteHit(source: mention.source, text: mention.context.trimmingSpaces(), event: nil))
    }
    for event in schedule.events {
      guard let notes = event.notes, matches(query, notes) else { continue }
      let lines = notes.split(separator: "\n").map(String.init)
      let line = lines.first {
        matches(SearchQuery(query.terms[0].words.joined(separator: " ")), $0)
      }
      hits.append(
        NoteHit(
          source: event.source, text: (line ?? lines.first ?? "").trimmingSpaces(), event: event.id)
      )
    }
    return hits
  }

  /// Whether every term of the query is in the text: each word a prefix of a word, a phrase's
  /// words one after another.
  static func matches(_ query: SearchQuery, _ text: String) -> Bool {
    let words = TextFolding.words(text)
    return query.terms.allSatisfy { term in
      guard let first = term.words.first else { return true }
      return words.indices.contains { start in
        guard words[start].hasPrefix(first) else { return false }
        for (offset, word) in term.words.enumerated().dropFirst() {
          guard start + offset < words.count, words[start + offset].hasPrefix(word) else {
            return false
          }
        }
        return true
      }
    }
  }
}
