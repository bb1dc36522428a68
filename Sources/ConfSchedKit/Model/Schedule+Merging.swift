/// Events two sources both describe: merged into one, with a note.
extension Schedule {
  /// How the note of events merged between two files ends: `3 events are also in b.txt;
  /// merged, not doubled`.
  static let mergeNote = "; merged, not doubled"

  /// The notes of events found in two files and merged: what the readers did not say.
  public var mergeNotes: [Diagnostic] {
    diagnostics.filter { $0.message.hasSuffix(Schedule.mergeNote) }
  }

  /// The first description, completed by what only the second says.
  static func merged(_ first: Event, _ second: Event) -> Event {
    var event = first
    if event.authors.isEmpty { event.authors = second.authors }
    if event.abstract == nil { event.abstract = second.abstract }
    if event.notes == nil { event.notes = second.notes }
    if event.session == nil { event.session = second.session }
    if event.track == nil { event.track = second.track }
    if event.language == nil { event.language = second.language }
    for sourceID in second.sourceIDs where !event.sourceIDs.contains(sourceID) {
      event.sourceIDs.append(sourceID)
    }
    for link in second.links where !event.links.contains(link) { event.links.append(link) }
    return event
  }
}
