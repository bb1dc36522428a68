/// One person for the terminal: the name and number of events, the other spellings and
/// affiliations, the events in time order as search results show them (kind, day, time, room
/// and board always, the person's name highlighted among the authors), and the co-authors with
/// the number of events they share.
public struct PersonDetail: Sendable {
  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The person's text, ending in a newline.
  public func render(_ person: Person, coauthors: [AuthorDirectory.Coauthor]) -> String {
    let count = person.events.count
    let name = DisplayText.printable(person.name)
    var lines = [style.bold(name) + " · \(count) event" + (count == 1 ? "" : "s")]
    if person.spellings.count > 1 {
      lines.append(
        "also written "
          + person.spellings.dropFirst().map(DisplayText.printable).joined(separator: ", "))
    }
    if !person.affiliations.isEmpty {
      lines.append(person.affiliations.map(DisplayText.printable).joined(separator: " · "))
    }
    lines.append("")
    var text = lines.joined(separator: "\n") + "\n"
    let names = Set(person.spellings.flatMap { TextFolding.words($0).map(String.init) })
    let list = SearchResultList(
      width: width, style: style, highlighter: Highlighter(words: names, style: style))
    text += list.render(person.events)
    guard !coauthors.isEmpty else { return text + "\nNo co-authors in the loaded data.\n" }
    let countWidth = String(coauthors.map(\.sharedEvents).max() ?? 0).count
    text += "\nCo-authors in the loaded data (\(coauthors.count)):\n"
    for coauthor in coauthors {
      let shared = String(coauthor.sharedEvents)
      text += String(repeating: " ", count: 2 + countWidth - shared.count) + shared + "  "
      text += DisplayText.printable(coauthor.name) + "\n"
    }
    return text
  }

  /// The lines that ask for a more precise name: each person with their number of events, at
  /// most `limit` of them.
  public static func candidates(_ people: [Person], limit: Int = 20) -> String {
    var lines = people.prefix(limit).map { person in
      "  \(DisplayText.printable(person.name)) (\(person.events.count) event\(person.events.count == 1 ? "" : "s"))"
    }
    if people.count > limit { lines.append("  … and \(people.count - limit) more") }
    return lines.joined(separator: "\n")
  }
}
