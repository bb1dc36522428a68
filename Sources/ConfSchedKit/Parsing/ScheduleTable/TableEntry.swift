/// What a schedule table's row says of its event, from its description cell:
///
///     **Invited Talk**: Johannes Brandstetter (*JKU Linz*)       kind, speaker, affiliation
///     **Keynote Talk** - Jane Doe: Learning to Learn              kind, speaker, title
///     **Contributed Talk**: Ada Lovelace, Alan Turing - "Engines" kind, speakers, title
///     **Coffee Break**                                           kind (and title)
///     Panel Discussion (Moderated by Philipp Hennig)             title
///
/// A leading label in bold is the kind when it names one (`Invited Talk`, `Poster Session`,
/// `Lunch`); what follows a `:` or a dash is people (`Name (Affiliation)`, joined by commas,
/// `and` or `&`), then a title after another `:` or dash. A row that has no title of its own
/// is titled by its label and speakers: `Invited Talk: Johannes Brandstetter`.
struct TableEntry: Equatable {
  var kind: EventKind
  var title: String
  var people: [Author]

  init(_ description: String) {
    var text = description.trimmingSpaces()
    var label: String?
    for mark in ["**", "__"] where text.hasPrefix(mark) {
      let rest = text.dropFirst(2)
      if let close = rest.firstRange(of: mark) {
        label = Markup.cleanTitle(String(rest[..<close.lowerBound]))
        text = String(rest[close.upperBound...])
        break
      }
    }
    text = Self.plain(Self.droppingSeparator(text))
    let labelKind = label.flatMap {
      KindVocabulary.isKindName($0)
        ? KindVocabulary.kind(named: $0) ?? EventKind(rawValue: $0) : nil
    }
    var people: [Author] = []
    var title = ""
    if let (names, rest) = Self.peopleThenTitle(text) {
      people = names
      title = Self.unquoted(rest)
    } else if let names = Self.people(text) {
      people = names
    } else {
      title = Self.unquoted(text)
    }
    if title.isEmpty {
      let names = people.map(\.name).joined(separator: ", ")
      title = [label, names.isEmpty ? nil : names].compactMap { $0 }.joined(separator: ": ")
    } else if let label, labelKind == nil {
      // A label that is no kind is part of the title: `**Panel Discussion** (Moderated by X)`.
      title = label + (title.hasPrefix("(") ? " " : ": ") + title
    }
    if title.isEmpty { title = "(untitled event)" }
    self.title = title
    self.people = people
    self.kind =
      labelKind ?? KindVocabulary.plenaryKind(title) ?? Self.leadingKind(title) ?? .unknown
  }

  /// The kind the title's first words name: `Panel Discussion with ...`, `Poster Session 2`.
  static func leadingKind(_ title: String) -> EventKind? {
    let words = title.split(separator: " ")
    for count in [2, 1] where words.count >= count {
      let name = words.prefix(count).joined(separator: " ")
      if KindVocabulary.isKindName(name), name.allSatisfy({ $0.isLetter || $0 == " " }) {
        return KindVocabulary.kind(named: name) ?? EventKind(rawValue: name)
      }
    }
    return nil
  }

  /// The text after a leading `:`, `-`, `–` or `—`.
  static func droppingSeparator(_ text: String) -> String {
    var rest = Substring(text.trimmingSpaces())
    while let first = rest.first, ":-–—".contains(first) { rest = rest.dropFirst() }
    return rest.trimmingSpaces()
  }

  /// The text without emphasis marks (`*`, and `_` at a word's edge) and markup, spaces
  /// collapsed.
  static func plain(_ text: String) -> String {
    let characters = Array(text)
    var kept = ""
    for (index, character) in characters.enumerated() {
      if character == "*" { continue }
      if character == "_" {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        if !before.isLetter || !after.isLetter { continue }
      }
      kept.append(character)
    }
    return Markup.cleanTitle(kept)
  }

  static func unquoted(_ text: String) -> String {
    var title = text.trimmingSpaces()
    let quotes: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("'", "'"), ("‘", "’")]
    for (open, close) in quotes where title.count >= 2 && title.first == open && title.last == close
    {
      title = String(title.dropFirst().dropLast()).trimmingSpaces()
    }
    return title
  }

  /// `Jane Doe (MIT): Learning to Learn` or `Jane Doe - Learning`: people, then a title.
  static func peopleThenTitle(_ text: String) -> ([Author], String)? {
    for separator in [": ", " - ", " – ", " — ", ", \"", ", “"] {
      guard let range = text.firstRange(of: separator) else { continue }
      let head = String(text[..<range.lowerBound])
      var tail = String(text[range.upperBound...])
      if separator.hasSuffix("\"") || separator.hasSuffix("“") {
        tail = String(separator.last ?? "\"") + tail
      }
      guard let names = people(head), !tail.trimmingSpaces().isEmpty else { continue }
      return (names, tail)
    }
    return nil
  }

  /// The people of a text, or nil when any part is not a name: `A (X), B and C & D`. A name
  /// is two to five words, each capitalised but for particles (`van`, `de`); one word only
  /// with an affiliation after it.
  static func people(_ text: String) -> [Author]? {
    let joined = text.replacing(" and ", with: ", ").replacing(" & ", with: ", ")
    guard !joined.isEmpty,
      let authors = joined.withUTF8Bytes({ NotesAuthorLine.parse($0, $0.trimmed(0..<$0.count)) })
    else { return nil }
    for author in authors {
      let words = author.name.split(separator: " ")
      guard (author.affiliation == nil ? 2 : 1)...5 ~= words.count,
        words.allSatisfy({ word in
          word.first.map { $0.isUppercase } ?? false || particles.contains(word.lowercased())
        })
      else { return nil }
    }
    return authors
  }

  private static let particles: Set<String> = [
    "van", "de", "der", "den", "von", "da", "di", "del", "della", "la", "le", "du", "dos", "das",
    "bin", "al", "el", "ten", "ter",
  ]
}
