/// The names schedules of every form give kinds of events, and what they mean: `Orals`,
/// `Poster Session`, `Keynote`, `Coffee break`. A name this vocabulary does not know is kept as
/// printed (`Lightning talk`, `Meetup`): kinds are an open vocabulary.
enum KindVocabulary {
  /// The common kind a name stands for (any case, singular or plural), or nil.
  static func kind(named name: String) -> EventKind? {
    var words = name.lowercased().split { !$0.isLetter }.map(String.init)
    if words.first == "expo" { words.removeFirst() }
    return names[words.joined(separator: " ")]
  }

  /// The kind of a plenary item known by its title (`Opening Remarks`, `Coffee Break`, `Opening
  /// Reception`), or nil when the title names none.
  static func plenaryKind(_ title: String) -> EventKind? {
    let words = Set(title.lowercased().split { !$0.isLetter }.map(String.init))
    guard words.count <= 6 else { return nil }
    if !words.isDisjoint(with: ["reception", "social", "party", "mixer"]) { return .social }
    if !words.isDisjoint(with: ["break", "lunch", "coffee", "breakfast"]) { return .breakTime }
    if words.contains("town") && words.contains("hall") { return .breakTime }
    if !words.isDisjoint(with: ["remarks", "welcome"]) { return talk }
    return nil
  }

  /// Whether a name a file gives (a category, a type) reads as a kind of event rather than a
  /// topic: it has a word such as `talk`, `session`, `meetup` (`Lightning talk`, `Meetup`),
  /// while `Deep Learning` or `Security` is a track.
  static func isKindName(_ name: String) -> Bool {
    if kind(named: name) != nil { return true }
    let words = name.lowercased().split { !$0.isLetter }.map(String.init)
    guard (1...4).contains(words.count) else { return false }
    return words.contains { kindWords.contains($0) }
  }

  private static let kindWords: Set<String> = [
    "talk", "talks", "session", "sessions", "keynote", "lecture", "panel", "meetup", "meeting",
    "workshop", "tutorial", "break", "lunch", "dinner", "breakfast", "social", "party",
    "reception", "demo", "demonstration", "poster", "posters", "bof", "hackathon", "ceremony",
    "presentation", "spotlight", "oral", "orals", "assembly", "concert", "performance",
    "discussion", "qa", "interview", "screening", "game", "lightning",
  ]

  /// A talk that is neither an oral nor an invited talk: an expo talk, opening remarks.
  static let talk = EventKind(rawValue: "Talk")

  private static let names: [String: EventKind] = {
    var table: [String: EventKind] = [:]
    let names: [(EventKind, [String])] = [
      (.oral, ["oral", "orals", "oral session", "oral sessions", "oral presentation"]),
      (.spotlight, ["spotlight", "spotlights", "spotlight talk", "spotlight talks"]),
      (.poster, ["poster", "posters", "poster session", "poster sessions", "poster presentation"]),
      (.demonstration, ["demo", "demos", "demonstration", "demonstrations"]),
      (.tutorial, ["tutorial", "tutorials"]),
      (.workshop, ["workshop", "workshops"]),
      (talk, ["talk", "talks", "talk panel", "talk panels"]),
      (.invitedTalk, ["invited talk", "invited talks", "keynote", "keynotes", "keynote talk"]),
      (.social, ["social", "socials"]),
      (.breakTime, ["break", "breaks", "coffee break", "lunch break", "lunch"]),
    ]
    for (kind, words) in names {
      for word in words { table[word] = kind }
    }
    return table
  }()
}
