/// What sort of event a schedule entry is: an open vocabulary.
///
/// The common kinds have names (`.oral`, `.poster`); any other kind found in a dump is kept as
/// written (`Invited Talk (Posner Lecture)`) and still compares, prints and round-trips.
public struct EventKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The kind as written in the dump, such as `Invited Talk`.
  public let rawValue: String
  /// The lowercased kind, used to compare kinds written differently (`ORAL`, `Oral`).
  public let key: String

  /// Creates a kind from its written form.
  public init(rawValue: String) {
    self.rawValue = rawValue
    self.key = rawValue.lowercased()
  }

  /// A contributed talk.
  public static let oral = EventKind(rawValue: "Oral")
  /// A short talk.
  public static let spotlight = EventKind(rawValue: "Spotlight")
  /// A poster at a board.
  public static let poster = EventKind(rawValue: "Poster")
  /// A demonstration at a booth.
  public static let demonstration = EventKind(rawValue: "Demonstration")
  /// A coffee break, lunch, or town hall.
  public static let breakTime = EventKind(rawValue: "Break")
  /// A keynote.
  public static let invitedTalk = EventKind(rawValue: "Invited Talk")
  /// A tutorial.
  public static let tutorial = EventKind(rawValue: "Tutorial")
  /// A workshop.
  public static let workshop = EventKind(rawValue: "Workshop")
  /// An evening social.
  public static let social = EventKind(rawValue: "Social")
  /// A kind the dump does not say.
  public static let unknown = EventKind(rawValue: "Event")

  /// The kinds every schedule tends to have, in the order listings prefer.
  public static let common: [EventKind] = [
    .invitedTalk, .oral, .spotlight, .poster, .demonstration, .tutorial, .workshop, .social,
    .breakTime,
  ]

  /// A talk given in a room at a set time: orals, spotlights, invited talks, tutorials.
  public var isTalk: Bool {
    let key = self.key
    return key == "oral" || key == "spotlight" || key.hasPrefix("invited talk")
      || key == "tutorial" || key == "talk" || key == "keynote"
  }

  /// A poster or demonstration: presented at a board for a whole session.
  public var isBoardPresentation: Bool {
    key == "poster" || key == "demonstration" || key == "demo"
  }

  /// A break, lunch or town hall: no paper behind it.
  public var isBreak: Bool { key == "break" }

  /// The written form.
  public var description: String { rawValue }

  /// Whether two values are the same.
  public static func == (lhs: EventKind, rhs: EventKind) -> Bool { lhs.key == rhs.key }
  /// Hashes the parts that `==` compares.
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
