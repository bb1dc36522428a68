#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Acronyms and what they stand for: `NTK` for "neural tangent kernel", `GAN` for "generative
/// adversarial network". A search for either form finds both (see `SearchIndex.search`).
///
/// Two sources: a short list of the field's common acronyms (`common`), matched however the user
/// types them, and the definitions the loaded data writes out, "neural tangent kernel (NTK)",
/// learnt when the index is built and matched when the user types the acronym in capitals (a
/// data set may define `MAP` or `TAPE`, which are also words).
public struct Acronyms: Sendable, Hashable {
  /// Each acronym (folded, singular: `gan`) and the phrases it stands for, as folded words,
  /// the best attested first.
  public private(set) var expansions: [String: [[String]]] = [:]
  /// How often each acronym's expansions were seen while learning.
  private var counts: [String: [[String]: Int]] = [:]

  /// An empty table.
  public init() {}

  /// The field's common acronyms, each with the work that named or popularized it where there is
  /// one: the list the issue tracker asked for (RL, GAN, VAE, GNN, NTK, LLM, NLP, CNN, RNN, SGD,
  /// MCMC), and a few as common at NeurIPS. None is an English word, so they are matched in any
  /// case (`gan` finds "Generative Adversarial Networks").
  public static let common: [(acronym: String, phrases: [String])] = [
    // Sutton and Barto, Reinforcement Learning: An Introduction (1998).
    ("rl", ["reinforcement learning"]),
    ("marl", ["multi agent reinforcement learning"]),
    ("irl", ["inverse reinforcement learning"]),
    // Goodfellow et al., Generative Adversarial Nets (NeurIPS 2014).
    ("gan", ["generative adversarial network", "generative adversarial net"]),
    // Kingma and Welling, Auto-Encoding Variational Bayes (ICLR 2014).
    ("vae", ["variational autoencoder", "variational auto encoder"]),
    // Scarselli et al., The Graph Neural Network Model (IEEE TNN 2009).
    ("gnn", ["graph neural network"]),
    // Kipf and Welling, Semi-Supervised Classification with Graph Convolutional Networks (2017).
    ("gcn", ["graph convolutional network"]),
    // Jacot, Gabriel and Hongler, Neural Tangent Kernel (NeurIPS 2018).
    ("ntk", ["neural tangent kernel"]),
    ("llm", ["large language model"]),
    ("nlp", ["natural language processing"]),
    // LeCun et al., Gradient-Based Learning Applied to Document Recognition (1998).
    ("cnn", ["convolutional neural network"]),
    ("rnn", ["recurrent neural network"]),
    // Hochreiter and Schmidhuber, Long Short-Term Memory (1997).
    ("lstm", ["long short term memory"]),
    ("dnn", ["deep neural network"]),
    ("bnn", ["bayesian neural network"]),
    ("mlp", ["multilayer perceptron", "multi layer perceptron"]),
    ("sgd", ["stochastic gradient descent"]),
    ("mcmc", ["markov chain monte carlo"]),
    // Bellman, A Markovian Decision Process (1957).
    ("mdp", ["markov decision process"]),
    // Rasmussen and Williams, Gaussian Processes for Machine Learning (2006).
    ("gp", ["gaussian process"]),
    // Gretton et al., A Kernel Two-Sample Test (JMLR 2012).
    ("mmd", ["maximum mean discrepancy"]),
    ("rkhs", ["reproducing kernel hilbert space"]),
    // Zoph and Le, Neural Architecture Search with Reinforcement Learning (ICLR 2017).
    ("nas", ["neural architecture search"]),
    // Mnih et al., Human-Level Control through Deep Reinforcement Learning (2015).
    ("dqn", ["deep q network"]),
    // Schulman et al., Proximal Policy Optimization Algorithms (2017).
    ("ppo", ["proximal policy optimization"]),
    ("pca", ["principal component analysis"]),
    // Cortes and Vapnik, Support-Vector Networks (1995).
    ("svm", ["support vector machine"]),
    ("ode", ["ordinary differential equation"]),
    ("sde", ["stochastic differential equation"]),
    ("ood", ["out of distribution"]),
    ("nmt", ["neural machine translation"]),
    ("dl", ["deep learning"]),
    ("ml", ["machine learning"]),
  ]

  /// What a common acronym (folded) stands for, as folded words, or nil. Looked up in `common`
  /// itself: a hashed table of it cost every search about 300,000 instructions to build, more
  /// than all its lookups.
  static func commonExpansions(of acronym: String) -> [[String]]? {
    guard let entry = common.first(where: { $0.acronym == acronym }) else { return nil }
    return entry.phrases.map(words(ofCommon:))
  }

  /// A phrase of `common` as words: the phrases are written folded, one space apart.
  static func words(ofCommon phrase: String) -> [String] {
    phrase.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Learns the definitions a text writes out: a parenthesized acronym of two capitals or more
  /// (a final `s` allowed: `(GANs)`), and before it the words it abbreviates, found as in
  /// Schwartz and Hearst, "A simple algorithm for identifying abbreviation definitions in
  /// biomedical text" (PSB 2003): the acronym's letters are found right to left in at most
  /// `min(letters + 5, 2 × letters)` words before the parenthesis, its first letter at the start
  /// of a word, its last in the last word.
  mutating func learn(from text: String) {
    text.withUTF8Bytes { bytes in
      guard let base = bytes.baseAddress else { return }
      var index = 0
      while index < bytes.count {
        defer { index += 1 }
        // The next parenthesis, found by memchr: most text has none.
        guard let found = memchr(base + index, 0x28, bytes.count - index) else { return }
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        guard index > 0 else { continue }
        var close = index + 1
        while close < bytes.count, close - index <= 11, bytes[close].isASCIILetter { close += 1 }
        guard close < bytes.count, bytes[close] == UInt8(ascii: ")") else { continue }
        let inside = Array(bytes[(index + 1)..<close])
        guard let short = Acronyms.acronym(inside) else { continue }
        if let phrase = Acronyms.longForm(of: short, before: bytes, index) {
          counts[String(decoding: short, as: UTF8.self), default: [:]][phrase, default: 0] += 1
        }
        index = close
      }
    }
  }

  /// Takes in what another learner saw (of other texts), as if this one had seen it too.
  mutating func absorb(_ other: Acronyms) {
    for (acronym, phrases) in other.counts {
      for (phrase, count) in phrases { counts[acronym, default: [:]][phrase, default: 0] += count }
    }
  }

  /// Settles what `learn(from:)` saw: each acronym's phrases by how often they were seen (at most
  /// three; phrases that differ only in word forms count as one).
  mutating func finishLearning() {
    for (acronym, seen) in counts {
      // Per form: the spelling seen most (the first in byte order on a tie), and the total.
      var byKey: [[String]: (phrase: [String], count: Int, total: Int)] = [:]
      for (phrase, count) in seen {
        let key = phrase.map { WordForms.key($0) }
        guard let best = byKey[key] else {
          byKey[key] = (phrase, count, count)
          continue
        }
        let isBetter =
          count > best.count
          || (count == best.count && phrase.lexicographicallyPrecedes(best.phrase))
        byKey[key] = (
          isBetter ? phrase : best.phrase, isBetter ? count : best.count, best.total + count
        )
      }
      let ranked = byKey.values.sorted {
        $0.total != $1.total ? $0.total > $1.total : $0.phrase.lexicographicallyPrecedes($1.phrase)
      }
      expansions[acronym] = ranked.prefix(3).map(\.phrase)
    }
    counts = [:]
  }

  /// Adds a learnt acronym (a snapshot's).
  mutating func add(_ acronym: String, _ phrases: [[String]]) {
    expansions[acronym] = phrases
  }

  /// The folded acronym in a parenthesis, or nil: two to ten letters, two capitals or more, no
  /// small letter but a final `s` (dropped).
  private static func acronym(_ inside: [UInt8]) -> [UInt8]? {
    var letters = inside
    if letters.count > 2, letters.last == UInt8(ascii: "s") { letters.removeLast() }
    guard (2...10).contains(letters.count),
      letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
    else { return nil }
    let folded = letters.map { $0 | 0x20 }
    return SearchStopwords.contains(folded) ? nil : folded
  }

  /// The words before `bytes[end]` that `short` abbreviates, folded, or nil.
  private static func longForm(
    of short: [UInt8], before bytes: UnsafeBufferPointer<UInt8>, _ end: Int
  ) -> [String]? {
    let limit = Swift.min(short.count + 5, short.count * 2)
    // The words before the parenthesis, last first, within a sentence.
    var words: [[UInt8]] = []
    var index = end - 1
    while index >= 0, words.count < limit {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
      {
        break
      }
      guard byte.isASCIILetter || byte.isDigit || byte >= 0x80 else {
        index -= 1
        continue
      }
      var start = index
      while start > 0,
        bytes[start - 1].isASCIILetter || bytes[start - 1].isDigit
          || bytes[start - 1] >= 0x80
      {
        start -= 1
      }
      var folded: [UInt8] = []
      TextFolding.fold(UnsafeBufferPointer(rebasing: bytes[start...index]), into: &folded)
      if !folded.isEmpty { words.append(folded) }
      index = start - 1
    }
    guard let lastWord = words.first, let lastLetter = short.last, lastWord.contains(lastLetter)
    else { return nil }
    words.reverse()
    // Right to left: each letter in the words, the first at a word's start.
    var wordIndex = words.count - 1
    var letterIndex = words[wordIndex].count - 1
    for (position, letter) in short.enumerated().reversed() {
      while true {
        if letterIndex < 0 {
          wordIndex -= 1
          guard wordIndex >= 0 else { return nil }
          letterIndex = words[wordIndex].count - 1
          continue
        }
        let found = words[wordIndex][letterIndex] == letter
        letterIndex -= 1
        if found && (position > 0 || letterIndex < 0) { break }
      }
    }
    let phrase = words[wordIndex...].map { String(decoding: $0, as: UTF8.self) }
    return phrase.count >= 2 ? phrase : nil
  }
}
