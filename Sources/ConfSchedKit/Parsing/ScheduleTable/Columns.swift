/// What a schedule table's header row names its columns: which holds the talk, the speaker,
/// the room. A table without a header (or with names this does not know) has its cells after
/// the time read as one description.
struct Columns {
  private var title: Int?
  private var speaker: Int?
  private var affiliation: Int?
  private var room: Int?

  init(_ header: [String]) {
    for (index, cell) in header.enumerated() {
      let name = cell.filter { $0.isLetter || $0 == " " }.lowercased().trimmingSpaces()
      let words = Set(name.split(separator: " ").map(String.init))
      if title == nil, !words.isDisjoint(with: Self.titleWords) { title = index }
      if speaker == nil, !words.isDisjoint(with: Self.speakerWords) { speaker = index }
      if affiliation == nil,
        !words.isDisjoint(with: ["affiliation", "institution", "organization"])
      {
        affiliation = index
      }
      if room == nil, !words.isDisjoint(with: ["room", "location", "venue", "where"]) {
        room = index
      }
    }
  }

  /// A row's description (for `TableEntry`), speaker and room.
  func parts(of cells: [String], timeIndex: Int) -> (
    description: String, speaker: String?, room: String?
  ) {
    func cell(_ index: Int?) -> String? {
      guard let index, index != timeIndex, cells.indices.contains(index) else { return nil }
      let text = cells[index].trimmingSpaces()
      return text.isEmpty ? nil : text
    }
    var speakerText = cell(speaker)
    if let speakerText0 = speakerText, let affiliation = cell(affiliation) {
      speakerText = "\(speakerText0) (\(affiliation))"
    }
    if let titleText = cell(title) {
      return (titleText, speakerText, cell(room))
    }
    let used: Set<Int?> = [speaker, affiliation, room]
    let rest = cells.indices.filter { $0 != timeIndex && !used.contains($0) }.compactMap {
      cell($0)
    }
    let description = ([speakerText].compactMap { $0 } + rest).joined(separator: " - ")
    return (description, nil, cell(room))
  }

  private static let titleWords: Set<String> = [
    "title", "talk", "topic", "paper", "session", "event", "agenda", "program", "programme",
    "activity", "description", "what", "schedule", "item",
  ]
  private static let speakerWords: Set<String> = [
    "speaker", "speakers", "presenter", "presenters", "who", "author", "authors", "name",
  ]
}
