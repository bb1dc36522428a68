/// The filters every listing shares: day, kind, room, author, time window, conference.
///
/// Text filters fold case and accents. An empty filter keeps every event.
public struct EventFilter: Sendable {
  /// Keep events on one of these days.
  public var days: [DaySpec] = []
  /// Keep events of one of these kinds: `oral`, `Posters`, `demo`, `invited talk`.
  public var kinds: [String] = []
  /// Keep events in a room matching one of these: `220 cd` matches `Room 220 CD`, not
  /// `Rooms 220 CDE`.
  public var rooms: [String] = [] {
    didSet { roomWords = rooms.map(TextFolding.words) }
  }
  /// The folded words of each of `rooms`, folded once for every room they are matched with.
  private var roomWords: [[Substring]] = []
  /// Keep events with an author matching this: every word starts a word of one author's name
  /// (`kolter`, `J. Kolter`, `gaetan`).
  public var author: String?
  /// Keep events that run after this time (ending later).
  public var from: LocalTime?
  /// Keep events that run before this time (starting earlier).
  public var to: LocalTime?
  /// Keep events of this conference: an id (`neurips-2018`) or a year (`2018`).
  public var conference: String?
  /// Keep events of a session whose name has these words (`generative models`).
  public var sessions: [String] = []

  /// Creates an empty filter.
  public init() {}

  /// Whether the filter keeps everything.
  public var isEmpty: Bool {
    days.isEmpty && kinds.isEmpty && rooms.isEmpty && author == nil && from == nil && to == nil
      && conference == nil && sessions.isEmpty
  }

  /// Whether an event passes every filter.
  public func matches(_ event: Event) -> Bool {
    passes(date: event.date, start: event.start, end: event.end) && passes(kind: event.kind)
      && passes(room: event.room) && passes(conference: event.conference)
      && passesDetails(event)
  }

  /// What a summary does not say: the people and the session.
  private func passesDetails(_ event: Event) -> Bool {
    if let author, !event.authors.contains(where: { EventFilter.name($0.name, matches: author) }) {
      return false
    }
    if !sessions.isEmpty {
      guard let session = event.session,
        sessions.contains(where: { EventFilter.name(session, matches: $0) })
      else { return false }
    }
    return true
  }

  /// `oral` matches Oral; `posters` matches Poster; `demo` matches Demonstration; `talk` and
  /// `invited` match Invited Talk; `posner` matches `Invited Talk (Posner Lecture)`.
  public static func kind(_ kind: EventKind, matches text: String) -> Bool {
    var wanted = TextFolding.fold(text)
    let have = TextFolding.fold(kind.rawValue)
    if wanted == have { return true }
    if wanted.count > 3, wanted.hasSuffix("s") { wanted.removeLast() }
    if wanted == have || (wanted.count >= 3 && have.hasPrefix(wanted)) { return true }
    return !wanted.contains(" ") && wanted.count >= 3
      && have.split(separator: " ").contains { $0.hasPrefix(wanted) }
  }

  /// Every word of `text` is a word of the room (`220 cd` in `Room 220 CD`).
  public static func room(_ room: String, matches text: String) -> Bool {
    EventFilter.room(TextFolding.words(room), matches: TextFolding.words(text))
  }

  /// Every wanted word is one of the room's words (both folded).
  static func room(_ words: [Substring], matches wanted: [Substring]) -> Bool {
    !wanted.isEmpty && wanted.allSatisfy { words.contains($0) }
  }

  /// Whether a room matches one of `rooms`, its words folded once.
  func roomMatches(_ room: String) -> Bool {
    let words = TextFolding.words(room)
    return roomWords.contains { EventFilter.room(words, matches: $0) }
  }

  /// Every word of `text` begins a word of the name: `kolter`, `j kolter`, `zico`.
  public static func name(_ name: String, matches text: String) -> Bool {
    let words = TextFolding.words(name)
    let wanted = TextFolding.words(text)
    return !wanted.isEmpty && wanted.allSatisfy { part in words.contains { $0.hasPrefix(part) } }
  }
}
