/// The people credited in some events, the data behind `confsched authors` and `author`:
/// each with their events, sorted by number of events and then by name, found by name with
/// the author matcher (accents, case and initials forgiven), with their co-authors.
public struct AuthorDirectory: Sendable {
  /// Everyone, the most events first, then by folded name.
  public let people: [Person]
  private let indexByKey: [String: Int]

  /// What looking a name up found.
  public enum Lookup: Hashable, Sendable {
    /// One person.
    case found(Person)
    /// Several people, the most events first: the name needs to be more precise.
    case ambiguous([Person])
    /// No one; people with a close name, if any.
    case notFound(suggestions: [Person])
  }

  /// Someone who shares events with a person.
  public struct Coauthor: Hashable, Sendable {
    /// Their name, as their `Person` spells it.
    public var name: String
    /// Their key.
    public var key: String
    /// How many events they share.
    public var sharedEvents: Int

    /// Creates a co-author.
    public init(name: String, key: String, sharedEvents: Int) {
      self.name = name
      self.key = key
      self.sharedEvents = sharedEvents
    }
  }

  /// The people of some events; an event counts once per person however often it names them.
  ///
  /// Each event's authors are met together, so "already has this event" is a look at the
  /// person's last event, not a walk through all of them (60,000 cards by two people took
  /// over 20 s that way).
  public init(_ events: [Event]) {
    var builders: [String: Builder] = [:]
    var order: [String] = []
    var seen: Set<EventID> = []
    // Each event's time key is worked out once (its board key makes strings), and the
    // events are not moved while sorting: 60,000 cards spent most of their time here.
    let byTime = events.indices.map { (key: events[$0].chronologicalKey, index: $0) }
      .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
    for (_, index) in byTime where seen.insert(events[index].id).inserted {
      let event = events[index]
      for author in event.authors {
        let key = TextFolding.key(author.name)
        guard !key.isEmpty else { continue }
        if builders[key] == nil { order.append(key) }
        builders[key, default: Builder()].add(author, event)
      }
    }
    let people = order.compactMap { key in builders[key]?.person(key: key) }
      .map { (person: $0, folded: TextFolding.fold($0.name)) }
      .sorted {
        ($1.person.events.count, $0.folded, $0.person.name)
          < ($0.person.events.count, $1.folded, $1.person.name)
      }.map(\.person)
    self.people = people
    indexByKey = Dictionary(people.enumerated().map { ($1.key, $0) }) { first, _ in first }
  }

  /// The person with a key.
  public func person(key: String) -> Person? {
    indexByKey[key].map { people[$0] }
  }

  /// The people a query names (see `Person.matches(_:)`), in directory order.
  public func people(matching query: String) -> [Person] {
    let wanted = AuthorDirectory.distinctWords(query)
    guard !wanted.isEmpty else { return [] }
    return people.filter { $0.matches(words: wanted) }
  }

  /// A query's folded words, each once and the longest first: a 16 KB query of repeated or
  /// overlapping words is folded once, not once per person, and a word that begins another
  /// adds nothing to check.
  static func distinctWords(_ query: String) -> [Substring] {
    var seen: Set<Substring> = []
    return TextFolding.words(query).filter { seen.insert($0).inserted }
      .sorted { $0.count > $1.count }
  }

  /// One person by name: the one whose key is the name's, else the only one it matches.
  public func lookup(_ name: String) -> Lookup {
    if let exact = person(key: TextFolding.key(name)) { return .found(exact) }
    let matches = people(matching: name)
    switch matches.count {
    case 0: return .notFound(suggestions: suggestions(for: name))
    case 1: return .found(matches[0])
    default: return .ambiguous(matches)
    }
  }

  /// The people who share events with a person, the most shared first, then by name.
  public func coauthors(of person: Person) -> [Coauthor] {
    var counts: [String: Int] = [:]
    for event in person.events {
      let keys = Set(event.authors.map { TextFolding.key($0.name) })
      for key in keys where key != person.key && !key.isEmpty { counts[key, default: 0] += 1 }
    }
    return counts.compactMap { key, count in
      self.person(key: key).map { Coauthor(name: $0.name, key: key, sharedEvents: count) }
    }.sorted {
      ($1.sharedEvents, TextFolding.fold($0.name)) < ($0.sharedEvents, TextFolding.fold($1.name))
    }
  }

  /// Up to five people whose name is one typo from the query: each word of four letters or more
  /// within one edit of a word of theirs, each shorter word beginning one.
  func suggestions(for query: String) -> [Person] {
    let wanted = AuthorDirectory.distinctWords(query).map { Array($0.utf8)[...] }
    guard wanted.contains(where: { $0.count >= 4 }) else { return [] }
    // No name has a word longer than this: a longer query word cannot be one typo from it.
    let longest = people.lazy.flatMap { TextFolding.words($0.name) }.map(\.utf8.count).max() ?? 0
    guard wanted.allSatisfy({ $0.count <= longest + 1 }) else { return [] }
    var close: [Person] = []
    for person in people {
      let words = TextFolding.words(person.name).map { Array($0.utf8)[...] }
      let fits = wanted.allSatisfy { part in
        words.contains { word in
          part.count >= 4 ? EditDistance.isWithinOne(part, word) : word.starts(with: part)
        }
      }
      if fits {
        close.append(person)
        if close.count == 5 { break }
      }
    }
    return close
  }

  /// A person's spellings, affiliations and events as they are met.
  private struct Builder {
    var spellings: [(name: String, count: Int)] = []
    var affiliations: [(name: String, count: Int)] = []
    var events: [Event] = []
    /// Where each spelling and affiliation stands in its list: a hostile dump can spell one
    /// name in thousands of ways (`ALICE`, `alice`, `Alice` ...).
    var spellingIndex: [String: Int] = [:]
    var affiliationIndex: [String: Int] = [:]

    /// Counts an author of an event. The directory meets each event once, with all its
    /// authors together, so a repeat of the event can only be the last one added.
    mutating func add(_ author: Author, _ event: Event) {
      Builder.count(author.name, in: &spellings, index: &spellingIndex)
      if let affiliation = author.affiliation {
        Builder.count(affiliation, in: &affiliations, index: &affiliationIndex)
      }
      if events.last?.id != event.id { events.append(event) }
    }

    func person(key: String) -> Person? {
      let names = Builder.ranked(spellings, shoutingLast: true)
      guard let name = names.first else { return nil }
      return Person(
        key: key, name: name, spellings: names, affiliations: Builder.ranked(affiliations),
        events: events)
    }

    static func count(
      _ name: String, in list: inout [(name: String, count: Int)], index: inout [String: Int]
    ) {
      if let position = index[name] {
        list[position].count += 1
      } else {
        index[name] = list.count
        list.append((name, 1))
      }
    }

    /// The most used first; the first seen of those used as often. With `shoutingLast`, a
    /// name in capitals only (`HOLDEN LEE`, as some pages print authors) comes after any
    /// written in mixed case, however often it is used: it is not how the person writes it.
    static func ranked(_ list: [(name: String, count: Int)], shoutingLast: Bool = false)
      -> [String]
    {
      func rank(_ name: String) -> Int { shoutingLast && isShouting(name) ? 1 : 0 }
      return list.enumerated().sorted {
        (rank($0.element.name), $1.element.count, $0.offset)
          < (rank($1.element.name), $0.element.count, $1.offset)
      }.map(\.element.name)
    }

    /// Letters, all of them capitals.
    static func isShouting(_ name: String) -> Bool {
      var hasLetter = false
      for character in name where character.isLetter {
        if character.isLowercase { return false }
        hasLetter = true
      }
      return hasLetter
    }
  }
}
