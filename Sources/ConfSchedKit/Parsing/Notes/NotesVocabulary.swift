/// The words of the notes family: which headings name a kind of event, which unlinked titles
/// are plenary items rather than the section's papers, which link labels are resources.
enum NotesVocabulary {
  /// The kind a section heading names: `Orals`, `Spotlights`, `Demo`, `Expo Talks`, `Socials`;
  /// nil for any other heading (`Spotlight 1: ...`, `Notes`).
  static func sectionKind(_ heading: String) -> EventKind? {
    var words = heading.lowercased().split(separator: " ")
    if words.first == "expo" { words.removeFirst() }
    var name = words.joined(separator: " ")
    if name.hasSuffix(":") { name.removeLast() }
    return sectionKinds[name]
  }

  /// The kind of a plenary item written without a link under a section of papers
  /// (`Opening Remarks`, `Opening Reception`), or nil when the title names none.
  static func plenaryKind(_ title: String) -> EventKind? {
    let words = Set(title.lowercased().split { !$0.isLetter }.map(String.init))
    if !words.isDisjoint(with: ["reception", "social", "party", "mixer"]) { return .social }
    if !words.isDisjoint(with: ["break", "lunch", "coffee", "breakfast"]) { return .breakTime }
    if words.contains("town") && words.contains("hall") { return .breakTime }
    if !words.isDisjoint(with: ["remarks", "welcome"]) { return talk }
    return nil
  }

  /// Whether a link label names a resource of an event rather than an event: `Slides`,
  /// `3 min video`, `Poster`, `Code`.
  static func isResourceLabel(_ label: String) -> Bool {
    let words = label.lowercased().split(separator: " ")
    guard let last = words.last, words.count <= 3 else { return false }
    return resourceWords.contains(String(last))
  }

  /// A talk that is neither an oral nor an invited talk: an expo talk, opening remarks.
  static let talk = EventKind(rawValue: "Talk")

  private static let sectionKinds: [String: EventKind] = {
    var table: [String: EventKind] = [:]
    let names: [(EventKind, [String])] = [
      (.oral, ["oral", "orals", "oral session", "oral sessions"]),
      (.spotlight, ["spotlight", "spotlights"]),
      (.poster, ["poster", "posters", "poster session", "poster sessions"]),
      (.demonstration, ["demo", "demos", "demonstration", "demonstrations"]),
      (.tutorial, ["tutorial", "tutorials"]),
      (.workshop, ["workshop", "workshops"]),
      (talk, ["talk", "talks", "talk panel", "talk panels"]),
      (.invitedTalk, ["invited talk", "invited talks", "keynote", "keynotes"]),
      (.social, ["social", "socials"]),
      (.breakTime, ["break", "breaks"]),
    ]
    for (kind, words) in names {
      for word in words { table[word] = kind }
    }
    return table
  }()

  private static let resourceWords: Set<String> = [
    "poster", "slides", "slide", "video", "code", "paper", "pdf", "blog", "post", "website",
    "page", "arxiv", "github", "recording", "flyer", "book",
  ]
}
