/// The kinds of events the virtual site has, as its `eventtype`, `data-event-type` and card
/// labels write them. A kind is kept as written (`Expo Talk Panel`, `Spotlight Poster`); one
/// this list does not know, and that names no kind the readers know (`KindVocabulary`), is
/// still kept, with a warning: it may be a new label, or a field read wrong.
enum VirtualSiteKinds {
  /// Whether a kind is one the site is known to use, or reads as a kind of event.
  static func isKnown(_ kind: String) -> Bool {
    let words = kind.lowercased().split { !$0.isLetter }.joined(separator: " ")
    return known.contains(words) || KindVocabulary.isKindName(kind)
  }

  /// The kind a `/virtual/YYYY/poster/123` address gives, for an event that states none.
  static func kind(ofVirtualURL url: String) -> EventKind? {
    guard let start = url.withUTF8Bytes(VirtualSiteEdition.virtualPathEnd) else { return nil }
    let parts = url.utf8.dropFirst(start).split(separator: UInt8(ascii: "/")).map {
      String(decoding: $0, as: UTF8.self)
    }
    guard parts.count >= 3, let segment = parts.dropFirst().first else { return nil }
    let words = segment.removingPercentSpaces.lowercased()
    return pathKinds[words]
  }

  /// The kind a decision gives: `Accept (oral)` is an oral.
  static func kind(ofDecision decision: String) -> EventKind? {
    let lower = decision.lowercased()
    if lower.contains("oral") { return .oral }
    if lower.contains("spotlight") { return .spotlight }
    if lower.contains("poster") { return .poster }
    return nil
  }

  private static let known: Set<String> = [
    "poster", "spotlight poster", "oral", "spotlight", "invited talk", "keynote", "tutorial",
    "workshop", "expo talk panel", "expo demonstration", "expo workshop", "affinity event",
    "affinity workshop", "social", "competition", "break", "town hall", "panel", "talk",
    "session", "remarks", "opening remarks", "closing remarks", "meetup", "mentorship",
    "creative ai", "demonstration", "demo", "poster session", "oral session",
    "datasets and benchmarks",
    "position paper", "journal", "highlighted", "test of time", "award", "lightning talk",
    "breakout session", "q a", "sponsor", "education", "careers", "ethics", "invited talks",
  ]

  private static let pathKinds: [String: EventKind] = [
    "poster": .poster, "oral": .oral, "spotlight": .spotlight, "workshop": .workshop,
    "tutorial": .tutorial, "invited-talk": .invitedTalk, "invited talk": .invitedTalk,
    "social": .social, "affinity-event": EventKind(rawValue: "Affinity Event"),
    "competition": EventKind(rawValue: "Competition"),
  ]
}

extension StringProtocol {
  /// `%20` read as a space, as addresses write spaces.
  fileprivate var removingPercentSpaces: String {
    String(self).replacing("%20", with: " ")
  }
}
