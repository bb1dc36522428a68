/// What readers write instead of a title, tried when the words alone find no paper and do not
/// leave two in doubt. Each rule takes the paper only when it is the one paper the rule allows.
extension Matcher {
  /// The score a title stated after a label must reach: the title itself, give or take a typo.
  static let afterLabelScore = 0.88
  /// What an author's paper must score with the rest of the mention, and how far ahead of the
  /// author's next paper.
  static let authorScore = 0.3
  static let authorMargin = 0.1

  /// The paper one of the rules finds, if exactly one: the title's name (`TAPE`), its short
  /// name (`Bayesian Layers`), the title with its acronyms read out (`Practical DL with
  /// Bayes`), the title after a label (`The NTK paper by Arora: ...`), or an author and words
  /// of the title (`Duvenaud Graph autoregressive network`).
  func alternative(for mention: String) -> MatchCandidate? {
    byName(mention) ?? byHead(mention) ?? byAcronyms(mention) ?? afterLabel(mention)
      ?? byAuthor(mention)
  }

  /// `TAPE`, `Phyre: FAIR`: one word (before a colon, if any) that one title gives as the
  /// work's name (`MatchClues.names`) and no other title has at all. A known acronym (`VAE`)
  /// names a method, not a paper.
  func byName(_ mention: String) -> MatchCandidate? {
    let head = mention.split(separator: ":", maxSplits: 1).first.map(String.init) ?? mention
    let words = TextFolding.words(head)
    guard words.count == 1, let word = words.first.map(String.init), word.count >= 3,
      head.first?.isUppercase == true,
      let found = clues.names[word], Set(found).count == 1, let paper = found.first,
      clues.titleCount(holding: word) == 1,
      clues.acronyms.expansions[WordForms.key(word)] == nil,
      Acronyms.commonExpansions(of: WordForms.key(word)) == nil
    else { return nil }
    return candidate(paper, 1, reason: .name(head.trimmingSpaces()))
  }

  /// `Bayesian Layers`: the whole part of one title before its colon, and no other title has
  /// those words together.
  func byHead(_ mention: String) -> MatchCandidate? {
    let folded = TextFolding.fold(mention)
    guard folded.contains(" "), let found = clues.heads[folded], found.count == 1,
      let paper = found.first, clues.titleCount(holding: folded) == 1
    else { return nil }
    return candidate(paper, Matcher.headFactor, reason: .titleHead)
  }

  /// `Practical DL with Bayes`, `MMD gradient flow`: a mention of three significant words or
  /// more, with the acronyms it writes in capitals read as what they stand for (as the events
  /// define them, or the common ones).
  func byAcronyms(_ mention: String) -> MatchCandidate? {
    var readings: [String] = []
    var words: [String] = []
    for token in mention.split(separator: " ") {
      let bare = token.trimmingCharacters { !$0.isLetter && !$0.isNumber }
      let key = WordForms.key(TextFolding.fold(String(bare)))
      guard SearchQuery.isCapitalized(bare),
        let phrase = clues.acronyms.expansions[key]?.first
          ?? Acronyms.commonExpansions(of: key)?.first
      else {
        words.append(String(token))
        continue
      }
      var reading = phrase
      // The plural of the acronym (`GPs`) is that of the last word, unless it is one already.
      if bare.hasSuffix("s"), let last = reading.last, !last.hasSuffix("s") || last.hasSuffix("ss")
      {
        reading[reading.count - 1] =
          last + (last.hasSuffix("s") || last.hasSuffix("x") ? "es" : "s")
      }
      readings.append("\(bare) as \(reading.joined(separator: " "))")
      words += reading
    }
    // A mention of one or two words (`GAN`, `Wasserstein GAN`) names a topic, however long
    // its acronyms read.
    guard !readings.isEmpty, TitleWords(mention).contentCount >= 3,
      case .matched(let found) = similarityVerdict(words.joined(separator: " "))
    else { return nil }
    return MatchCandidate(
      event: found.event, slots: found.slots, score: found.score,
      reason: .expandedAcronyms(readings))
  }

  /// `The NTK paper by Arora: On Exact Computation with an Infinitely Wide Neural Net`: what
  /// follows the first colon is a title of three significant words or more, matched closely.
  func afterLabel(_ mention: String) -> MatchCandidate? {
    guard let colon = mention.firstIndex(of: ":") else { return nil }
    let label = mention[..<colon].trimmingSpaces()
    let rest = String(mention[mention.index(after: colon)...])
    guard !label.isEmpty, TitleWords(rest).contentCount >= 3,
      case .matched(let found) = similarityVerdict(rest), found.score >= Matcher.afterLabelScore
    else { return nil }
    return MatchCandidate(
      event: found.event, slots: found.slots, score: found.score, reason: .afterLabel(label))
  }

  /// `Duvenaud Graph autoregressive network`: a capitalized word is the surname of authors (and
  /// no title's word), the given name before it, if any, agrees, and the rest of the mention
  /// is closer to one of their papers' titles than to the others.
  func byAuthor(_ mention: String) -> MatchCandidate? {
    let tokens = mention.split(separator: " ").map {
      $0.trimmingCharacters { !$0.isLetter && !$0.isNumber }
    }
    for (index, token) in tokens.enumerated() where token.first?.isUppercase == true {
      let surname = TextFolding.fold(String(token))
      guard surname.count >= 4, !surname.contains(" "), let entries = clues.surnames[surname],
        clues.titleCount(holding: surname) == 0
      else { continue }
      var nameStart = index
      var authored = entries
      if index > 0, tokens[index - 1].first?.isUppercase == true,
        clues.titleCount(holding: TextFolding.fold(String(tokens[index - 1]))) == 0
      {
        let given = TextFolding.fold(String(tokens[index - 1]))
        authored = entries.filter {
          $0.given == given || (given.count == 1 && $0.given.hasPrefix(given))
        }
        nameStart = index - 1
      }
      let rest = (tokens[..<nameStart] + tokens[(index + 1)...]).joined(separator: " ")
      let words = TitleWords(rest)
      guard words.contentCount >= 1 else { continue }
      var scores = Set(authored.map(\.paper)).map { paper in
        (paper: paper, score: TitleSimilarity.score(words, papers[paper].words))
      }
      scores.sort { ($0.score, -$0.paper) > ($1.score, -$1.paper) }
      guard let best = scores.first, best.score >= Matcher.authorScore,
        scores.count == 1 || scores[1].score <= best.score - Matcher.authorMargin
      else { continue }
      let name = tokens[nameStart...index].joined(separator: " ")
      return candidate(best.paper, best.score, reason: .author(name))
    }
    return nil
  }
}

extension Substring {
  /// The substring without leading and trailing characters that match.
  fileprivate func trimmingCharacters(_ isTrimmed: (Character) -> Bool) -> Substring {
    var text = self
    while let first = text.first, isTrimmed(first) { text = text.dropFirst() }
    while let last = text.last, isTrimmed(last) { text = text.dropLast() }
    return text
  }
}
