/// An event of a notes dump as the pass reads it, before the calendar and the day's order settle
/// its date and times.
struct NotesDraft {
  /// Where an event's times come from.
  enum Time {
    /// A time line in the notes form, by index into the pass's time lines.
    case written(Int)
    /// A card header, whose date and times are final.
    case header(CardHeader, Line)
  }

  /// The section's kind; nil when no section said one.
  var kind: EventKind?
  /// The title; nil for a session with a time and no title.
  var title: String?
  /// The title line, or the time line of an untitled session.
  var anchor: Line
  /// Offset where the title starts.
  var anchorOffset: Int
  /// The day heading the event stands under, by index.
  var day: Int?
  var time: Time?
  var room: String?
  var board: String?
  var authors: [Author] = []
  var links: [Link] = []
  /// The lines of its notes, by index into the dump's lines.
  var notes: Range<Int>?

  init(kind: EventKind?, anchor: Line, anchorOffset: Int, day: Int?) {
    self.kind = kind
    self.anchor = anchor
    self.anchorOffset = anchorOffset
    self.day = day
  }
}
