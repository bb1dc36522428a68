/// People as lines for the terminal: the number of events, right-aligned, then the name, with
/// the other spellings grouped under it: `   6  Yoshua Bengio`.
public struct PeopleList: Sendable {
  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// One line per person, ending in a newline; empty for no one.
  public func render(_ people: [Person]) -> String {
    guard !people.isEmpty else { return "" }
    let countWidth = String(people.map(\.events.count).max() ?? 0).count
    return people.map { person in
      let count = String(person.events.count)
      let lead = String(repeating: " ", count: 2 + countWidth - count.count) + count + "  "
      let name = DisplayText.printable(person.name)
      let others = person.spellings.dropFirst().map(DisplayText.printable)
      guard others.isEmpty else {
        return lead + name + style.dim(" (also " + others.joined(separator: ", ") + ")")
      }
      return lead + DisplayText.fitted(name, to: width.map { $0 - DisplayText.width(lead) })
    }.joined(separator: "\n") + "\n"
  }
}
