import Testing

@testable import ConfSchedKit

/// A thawed vocabulary finds a word's typos through ranges of its sorted terms: it must find
/// exactly the terms one edit away, each once and in id order, as a walk over every term does.
@Suite("Typos in a sorted vocabulary")
struct TermTableTyposTests {
  @Test func findsWhatAWalkOverEveryTermFinds() throws {
    let terms = try #require(bundledData).index.terms
    #expect(terms.isSorted)
    #expect(terms.count > 5000)
    let words = [
      "neural", "nueral", "eural", "tangent", "atngent", "performace", "reinforcement",
      "xylophone", "zzzzz", "learning", "elarning", "bayesian", "baysian", "2018", "gan",
      "ab", "a", "réseau", "kernel", "kernels", "ekrnel", "qqqqqq", "optimisation",
    ]
    var found = 0
    for word in words.map({ Array($0.utf8) }) {
      var ids: [Int] = []
      terms.forEachTerm(withinOneEditOf: word) { ids.append($0) }
      let expected = (0..<terms.count).filter {
        EditDistance.isWithinOne(terms.term($0), word[...])
      }
      #expect(ids == expected, "\(String(decoding: word, as: UTF8.self))")
      found += ids.count
    }
    #expect(found > 20)
  }

  @Test func findsTheTermsStartingWithAPrefix() throws {
    let terms = try #require(bundledData).index.terms
    for prefix in ["ne", "neural", "z", "\u{FF}", "a", "tangentzz"].map({ Array($0.utf8) }) {
      let range = terms.prefixRange(prefix)
      let expected = (0..<terms.count).filter { terms.term($0).starts(with: prefix) }
      #expect(Array(range) == expected)
    }
  }
}
