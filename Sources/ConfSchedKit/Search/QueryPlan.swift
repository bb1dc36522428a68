/// A query resolved against an index's vocabulary: for each clause, the phrases that satisfy it,
/// each a sequence of slots, each slot the keys a word may match and how well.
///
/// A plain word is a one-slot phrase: its key (every form of the word, quality 1), the words it
/// begins (0.8; `optim` finds `optimization`; 0.15 when it is a word itself) and, from five letters, the words one typo away
/// (0.6); when the word is in the data too, only far more common words a letter longer,
/// shorter or swapped (`optimzation` finds `optimization` even if one abstract misspells it so;
/// never its own forms, which are variants, not typos). Then alternatives:
///
/// - an acronym (`gan`; a learnt one typed in capitals, `NTK`) also matches the phrases it stands
///   for, and a run of plain words that spells out an acronym also matches the acronym;
/// - a compound matches its other spellings: `metalearning` the phrase `meta learning` (a split
///   into two known words of four letters or more), `meta-learning` and the two words `meta learning` the word
///   `metalearning` when the data has it.
struct QueryPlan {
  /// A word's possible keys.
  struct Slot {
    var keys: [Int] = []
    var qualities: [Float] = []

    mutating func add(_ key: Int, _ quality: Float) {
      if let index = keys.firstIndex(of: key) {
        qualities[index] = Swift.max(qualities[index], quality)
      } else {
        keys.append(key)
        qualities.append(quality)
      }
    }
  }

  /// Consecutive slots that must match consecutive positions of one field.
  struct Phrase {
    var slots: [Slot]
  }

  /// What satisfies one clause of the query.
  struct Clause {
    var phrases: [Phrase] = []
    var isExcluded = false
    /// The slot of the clause's plain word, for the bonus of adjacent words.
    var word: Slot?
  }

  /// The clauses, in the query's order.
  var clauses: [Clause] = []
  /// Alternatives that span several consecutive clauses (`ntk` for `neural tangent kernel`,
  /// `metalearning` for `meta learning`): the first clause and the number of clauses.
  var spans: [(first: Int, count: Int, phrase: Phrase)] = []
  /// The keys of everything the query may match, for highlighting.
  var keys: Set<Int> = []

  /// The quality of a word's own forms, of a word it begins, and of a word a typo away.
  static let exact: Float = 1
  static let prefix: Float = 0.8
  /// The quality of a word that a query word begins when the query word is a word itself: `meta`
  /// finds `MetaAnchor`, but well below `meta learning`.
  static let prefixOfAWord: Float = 0.15
  static let typo: Float = 0.6

  /// How many distinct words of a query may match as prefixes and with a typo. Looking either
  /// up can read the whole vocabulary, so a pasted abstract (thousands of words) would take
  /// seconds; past this many words a query is text, not typing, and its further words match
  /// their own forms only.
  static let expandedWordLimit = 16

  init(_ query: SearchQuery, index: SearchIndex, postings: inout PostingCache) {
    var expandedWords: Set<String> = []
    for clause in query.clauses {
      var resolved = Clause(isExcluded: clause.isExcluded)
      for term in clause.terms {
        var expands = true
        for word in term.words where !expandedWords.contains(word) {
          if expandedWords.count < QueryPlan.expandedWordLimit {
            expandedWords.insert(word)
          } else {
            expands = false
          }
        }
        resolved.phrases += QueryPlan.phrases(for: term, index, expands: expands, &postings)
      }
      if clause.terms.count == 1, let term = clause.terms.first, term.words.count == 1,
        !term.isQuoted, let first = resolved.phrases.first, first.slots.count == 1
      {
        resolved.word = first.slots[0]
      }
      clauses.append(resolved)
    }
    addSpans(query, index)
    for clause in clauses where !clause.isExcluded {
      for phrase in clause.phrases {
        for slot in phrase.slots { keys.formUnion(slot.keys) }
      }
    }
    for span in spans {
      for slot in span.phrase.slots { keys.formUnion(slot.keys) }
    }
  }

  /// The phrases that satisfy a term.
  private static func phrases(
    for term: SearchQuery.Term, _ index: SearchIndex, expands: Bool,
    _ postings: inout PostingCache
  ) -> [Phrase] {
    guard term.words.count == 1, let word = term.words.first else {
      // A quoted phrase or a compound: its words in order, the last one as typed so far.
      var slots: [Slot] = []
      for (position, word) in term.words.enumerated() {
        let isLast = position == term.words.count - 1
        slots.append(
          index.slot(
            for: word, prefixes: expands && isLast && !term.isQuoted, typos: expands, &postings))
      }
      var phrases = [Phrase(slots: slots)]
      if !term.isQuoted, term.words.count == 2, let joined = index.exactKey(term.words.joined()) {
        phrases.append(Phrase(slots: [Slot(keys: [joined], qualities: [exact])]))
      }
      return phrases
    }
    var phrases: [Phrase] = []
    let expansions = index.expansions(of: word, capitalized: term.isCapitalized)
    let isAcronym = !expansions.isEmpty || term.isCapitalized
    phrases.append(
      Phrase(slots: [
        index.slot(
          for: word, prefixes: expands && !isAcronym, typos: expands && !isAcronym, &postings)
      ]))
    var seen: Set<[Int]> = []
    for expansion in expansions {
      let content = expansion.filter { !SearchStopwords.contains($0.utf8) }
      let keys = content.compactMap { index.exactKey($0) }
      guard keys.count == content.count, !keys.isEmpty, seen.insert(keys).inserted else { continue }
      phrases.append(Phrase(slots: keys.map { Slot(keys: [$0], qualities: [exact]) }))
    }
    if !term.isQuoted {
      for (left, right) in index.splits(of: word) {
        phrases.append(
          Phrase(slots: [
            Slot(keys: [left], qualities: [exact]), Slot(keys: [right], qualities: [exact]),
          ]))
      }
    }
    return phrases.filter { $0.slots.allSatisfy { !$0.keys.isEmpty } }
  }

  /// Alternatives over runs of plain words: a compound joined, an acronym spelt out.
  private mutating func addSpans(_ query: SearchQuery, _ index: SearchIndex) {
    // The plain word of each clause, if it is one.
    let words: [String?] = query.clauses.map { clause in
      guard !clause.isExcluded, clause.terms.count == 1, let term = clause.terms.first,
        !term.isQuoted, term.words.count == 1
      else { return nil }
      return term.words.first
    }
    // A span is two plain words in a row at least.
    guard zip(words, words.dropFirst()).contains(where: { $0 != nil && $1 != nil }) else { return }
    let wordKeys = words.map { $0.map { WordForms.key($0) } }
    // Every spelt-out acronym that may start at a word of the query, by the key of its first
    // word: each word looks up the few that begin with it, so a long query costs its length,
    // not length times acronyms. A word's forms share its first letter (`WordForms` changes
    // endings only), so only phrases whose first word starts as a query word does are keyed.
    let firstBytes = ByteMask(words.compactMap { $0?.utf8.first })
    var expansionsByFirstKey: [String: [(acronym: String, keys: [String])]] = [:]
    for (acronym, expansion) in index.allExpansions(startingWithOneOf: firstBytes)
    where expansion.count >= 2 {
      let keys = expansion.map { WordForms.key($0) }
      expansionsByFirstKey[keys[0], default: []].append((acronym, keys))
    }
    for first in words.indices {
      guard let word = words[first] else { continue }
      if first + 1 < words.count, let next = words[first + 1],
        let joined = index.exactKey(word + next)
      {
        spans.append(
          (first, 2, Phrase(slots: [Slot(keys: [joined], qualities: [QueryPlan.exact])])))
      }
      guard let firstKey = wordKeys[first] else { continue }
      for (acronym, keys) in expansionsByFirstKey[firstKey] ?? [] {
        let end = first + keys.count
        guard end <= words.count,
          (0..<keys.count).allSatisfy({ wordKeys[first + $0] == keys[$0] }),
          let key = index.exactKey(acronym)
        else { continue }
        spans.append(
          (first, keys.count, Phrase(slots: [Slot(keys: [key], qualities: [QueryPlan.exact])])))
      }
    }
  }
}

extension SearchIndex {
  /// The key id of a word's forms, if any event has one of them.
  func exactKey(_ word: String) -> Int? {
    let key = WordForms.key(Array(word.utf8))
    guard !SearchStopwords.contains(word.utf8) else { return nil }
    return keys.id(of: key)
  }

  /// The keys a word may match: its forms, the words it begins, the words a typo away.
  func slot(
    for word: String, prefixes: Bool, typos: Bool, _ postings: inout PostingCache
  ) -> QueryPlan.Slot {
    var slot = QueryPlan.Slot()
    let exact = exactKey(word)
    if let exact { slot.add(exact, QueryPlan.exact) }
    let bytes = Array(word.utf8)
    if prefixes && bytes.count >= 3 {
      forEachTerm(beginning: bytes) { id in
        let key = key(ofTerm: id)
        if key >= 0 && key != exact {
          slot.add(key, exact == nil ? QueryPlan.prefix : QueryPlan.prefixOfAWord)
        }
      }
    }
    guard typos, bytes.count >= 5 else { return slot }
    // When the word is in the data too, only a far more common word a letter longer, shorter or
    // swapped counts (`performace` is `performance`): a letter replaced makes other real words
    // too often (`prevent`, `present`), and a rarer word is the misspelt one.
    let ownCount = exact.map { postings.documentFrequency($0, in: self) } ?? 0
    let slice = bytes[...]
    terms.forEachTerm(withinOneEditOf: bytes) { id in
      let term = terms.term(id)
      let key = key(ofTerm: id)
      guard key >= 0, !slot.keys.contains(key) else { return }
      if ownCount == 0
        || (!EditDistance.isSubstitution(term, slice)
          && postings.documentFrequency(key, in: self) >= 5 * ownCount)
      {
        slot.add(key, QueryPlan.typo)
      }
    }
    return slot
  }

  /// Calls `body` with every word longer than `prefix` that begins with it.
  private func forEachTerm(beginning prefix: [UInt8], _ body: (Int) -> Void) {
    if terms.isSorted {
      // Terms that begin with the word sit together after it.
      var id = terms.lowerBound(prefix)
      while id < terms.count, terms.term(id).starts(with: prefix) {
        if terms.term(id).count > prefix.count { body(id) }
        id += 1
      }
    } else {
      for id in 0..<terms.count {
        let term = terms.term(id)
        if term.count > prefix.count, term.starts(with: prefix) { body(id) }
      }
    }
  }
}
