/// What the matcher's rules other than similarity look up, per paper (in the matcher's order):
/// the names titles give their subject in capitals, the titles' parts before a colon, the
/// authors' surnames, and the acronyms the events define.
struct MatchClues: Sendable {
  /// Each title folded, with a space before and after, to find words and runs of words.
  let titles: [String]
  /// The names titles give the work itself, folded, and the papers that do: a word in capitals
  /// or with an inner capital before the title's colon (`PHYRE: ...`, `MetaInit: ...`), or in
  /// capitals at its end after `with`, `using` or `via` (`... with TAPE`). A name elsewhere
  /// is what the work is about (`Visualizing and Measuring the Geometry of BERT`).
  let names: [String: [Int]]
  /// The folded part of each title before its first colon, and the papers whose title it is.
  let heads: [String: [Int]]
  /// Each author's folded surname, with the paper and the folded given name.
  let surnames: [String: [(paper: Int, given: String)]]
  /// The acronyms the events define, learnt as search learns them.
  let acronyms: Acronyms

  init(_ events: [Event]) {
    var titles: [String] = []
    var names: [String: [Int]] = [:]
    var heads: [String: [Int]] = [:]
    var surnames: [String: [(paper: Int, given: String)]] = [:]
    var acronyms = Acronyms()
    for (paper, event) in events.enumerated() {
      titles.append(" " + TextFolding.fold(event.title) + " ")
      let words = event.title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      if let colon = event.title.firstIndex(of: ":") {
        let head = event.title[..<colon].trimmingSpaces()
        heads[TextFolding.fold(String(head)), default: []].append(paper)
        if !head.contains(" "), MatchClues.isName(Substring(head)) {
          names[TextFolding.fold(String(head)), default: []].append(paper)
        }
      }
      // `Evaluating Protein Transfer Learning with TAPE`: the work's own name, at the end.
      if words.count >= 3, let last = words.last, MatchClues.isName(last),
        last.allSatisfy({ $0.isUppercase || $0.isNumber }),
        ["with", "using", "via"].contains(words[words.count - 2].lowercased())
      {
        names[TextFolding.fold(String(last)), default: []].append(paper)
      }
      for author in event.authors {
        let parts = TextFolding.words(author.name)
        guard let last = parts.last, parts.count >= 2 else { continue }
        surnames[String(last), default: []].append((paper, String(parts[0])))
      }
      acronyms.learn(from: event.title)
      if let abstract = event.abstract { acronyms.learn(from: abstract) }
    }
    acronyms.finishLearning()
    self.titles = titles
    self.names = names
    self.heads = heads
    self.surnames = surnames
    self.acronyms = acronyms
  }

  /// How many titles hold the folded words `phrase` one after another.
  func titleCount(holding phrase: String) -> Int {
    let needle = " " + phrase + " "
    return titles.filter { $0.contains(needle) }.count
  }

  /// A word written as a name: three letters or more, all capitals (digits allowed), or a
  /// capital inside (`MetaInit`).
  static func isName(_ word: Substring) -> Bool {
    let letters = word.filter(\.isLetter)
    guard letters.count >= 3 else { return false }
    if letters.allSatisfy(\.isUppercase) { return true }
    return word.dropFirst().contains(where: \.isUppercase) && word.contains(where: \.isLowercase)
  }
}
