/// A person as the loaded data credits them: every spelling of a name that folds to the same
/// key (`TextFolding.key`), so `J. Zico Kolter` and `J Zico Kolter`, or `Gaëtan` and `Gaetan`,
/// are one person.
public struct Person: Hashable, Sendable {
  /// The folded key the spellings share: `jzicokolter`.
  public var key: String
  /// The spelling used most (the first seen of those used as often).
  public var name: String
  /// Every spelling, the most used first.
  public var spellings: [String]
  /// The affiliations the dumps give, the most used first.
  public var affiliations: [String]
  /// The events that credit the person, in time order.
  public var events: [Event]

  /// Creates a person.
  public init(
    key: String, name: String, spellings: [String], affiliations: [String], events: [Event]
  ) {
    self.key = key
    self.name = name
    self.spellings = spellings
    self.affiliations = affiliations
    self.events = events
  }

  /// Whether a query names the person: every word of it begins a word of one of the spellings
  /// (`kolter`, `J. Kolter`, `gaetan`), as `EventFilter.name(_:matches:)` reads it.
  public func matches(_ query: String) -> Bool {
    spellings.contains { EventFilter.name($0, matches: query) }
  }

  /// Whether folded query words (`TextFolding.words`) name the person: each begins a word of
  /// one spelling. The words are folded once by the caller, not once per person.
  func matches(words wanted: [Substring]) -> Bool {
    spellings.contains { spelling in
      let words = TextFolding.words(spelling)
      return wanted.allSatisfy { part in words.contains { $0.hasPrefix(part) } }
    }
  }
}
