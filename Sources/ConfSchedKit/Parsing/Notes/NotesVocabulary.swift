/// The words of the notes family: which headings name a kind of event, which unlinked titles
/// are plenary items rather than the section's papers, which link labels are resources.
enum NotesVocabulary {
  /// The kind a section heading names: `Orals`, `Spotlights`, `Demo`, `Expo Talks`, `Socials`;
  /// nil for any other heading (`Spotlight 1: ...`, `Notes`).
  static func sectionKind(_ heading: String) -> EventKind? {
    var name = heading
    if name.hasSuffix(":") { name.removeLast() }
    // Only a heading that is all kind: `Spotlight 1: ...` names a session, not a kind.
    guard name.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
    return KindVocabulary.kind(named: name)
  }

  /// The kind of a plenary item written without a link under a section of papers
  /// (`Opening Remarks`, `Opening Reception`), or nil when the title names none.
  static func plenaryKind(_ title: String) -> EventKind? {
    KindVocabulary.plenaryKind(title)
  }

  /// Whether a link label names a resource of an event rather than an event: `Slides`,
  /// `3 min video`, `Poster`, `Code`.
  static func isResourceLabel(_ label: String) -> Bool {
    let words = label.lowercased().split(separator: " ")
    guard let last = words.last, words.count <= 3 else { return false }
    return resourceWords.contains(String(last))
  }

  /// A talk that is neither an oral nor an invited talk: an expo talk, opening remarks.
  static let talk = KindVocabulary.talk

  private static let resourceWords: Set<String> = [
    "poster", "slides", "slide", "video", "code", "paper", "pdf", "blog", "post", "website",
    "page", "arxiv", "github", "recording", "flyer", "book",
  ]
}
