/// The forms of a word that researchers treat as one: British and American spellings, plurals
/// and simple inflections. Search indexes and looks up every folded word (`TextFolding`) by its
/// key, so `optimisation`, `optimization` and `optimizations` find each other, as do `GAN` and
/// `GANs`, `modelling` and `modeled`, `embedding` and `embedded`.
///
/// A key is not a word (`optimize` gives `optimiz`), only the same for every form. The rules,
/// in order, on lowercase ASCII words of four letters or more (words with digits or other
/// letters are their own key, as are shorter words but for the plural of a two-letter acronym:
/// `gps`, `nns`):
///
/// 1. Spelling (after VarCon, Kevin Atkinson's table of British and American variants): `-ise`,
///    `-ised`, `-ises`, `-ising`, `-isation(s)`, `-iser(s)` become `-iz...` and `-yse...` becomes
///    `-yze...` after at least two letters (not `rise`, not `Ising`); `-our` becomes `-or` after
///    b, d, g, i, l, m, n, p or v and a letter (`colour`, `behaviour`, `tumour`; not `four`,
///    `hour`, `your`, `contour`); `-tre(s)` and `-bre(s)` become `-ter`, `-ber` (`centre`,
///    `fibre`); `-logue` becomes `-log`; and a few words (`defence`, `programme`, `learnt`).
/// 2. Plurals and the third person, after Harman's S-stemmer ("How effective is suffixing?",
///    JASIS 42(1), 1991): `-ies` becomes `-y`, `-es` becomes `-e`, and a final `s` goes, except
///    after `s`, `u`, `i` (`loss`, `corpus`, `analysis`) or in `-ias` (`bias`), and in a few
///    invariant words (`series`, `species`); a few Latin plurals map to their singular
///    (`matrices`, `vertices`, `hypotheses`).
/// 3. `-ed` and `-ing` go when what stays has a vowel, as in step 1b of Porter's "An algorithm
///    for suffix stripping" (Program 14(3), 1980): `learned`, `learning` give `learn`; `-ied`
///    becomes `-y`; `-eed` loses its `d` only after a vowel and a consonant (`agreed`, not
///    `need`); a doubled final consonant left behind is undoubled (`embedded`, `mapping`), except
///    `l`, `s` and `z`, and a short stem gets its `e` back (`rated`: `rate`, not `rat`).
/// 4. A final `e` goes as in Porter's step 5 (`optimize`, `optimized` and `optimizing` all give
///    `optimiz`; `rate` keeps it), and so does the second `l` of a final `ll` in a long enough
///    word (`modelling` and `modeling`, `install` and `instal`).
public enum WordForms {
  /// The key of a folded word (see the type's rules).
  public static func key(_ word: some Collection<UInt8>) -> [UInt8] {
    var bytes = Array(word)
    guard bytes.count >= 3, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return bytes }
    guard bytes.count >= 4 else {
      // The plural of a two-letter acronym: `GPs`, `NNs` (not `has`, `its`, `gas`).
      if bytes[2] == s, isConsonant(bytes, 0), isConsonant(bytes, 1) { bytes.removeLast() }
      return bytes
    }
    if let fixed = irregularForm(of: bytes) {
      bytes = fixed
    } else {
      respell(&bytes)
      singularize(&bytes)
      stripInflection(&bytes)
    }
    // Step 4.
    if bytes.last == e {
      let stem = bytes.count - 1
      let m = measure(bytes, stem)
      if m > 1 || (m == 1 && !endsConsonantVowelConsonant(bytes, stem)) { bytes.removeLast() }
    }
    if bytes.count >= 4, bytes[bytes.count - 1] == l, bytes[bytes.count - 2] == l,
      measure(bytes, bytes.count - 1) > 1
    {
      bytes.removeLast()
    }
    return bytes
  }

  /// The key of a folded word given as a string.
  public static func key(_ word: String) -> String {
    String(decoding: key(Array(word.utf8)), as: UTF8.self)
  }

  private static let suffixAt: [UInt8] = Array("at".utf8)
  private static let ourLetters: [UInt8] = Array("bdgilmnpv".utf8)
  private static let suffixBl: [UInt8] = Array("bl".utf8)
  private static let suffixEd: [UInt8] = Array("ed".utf8)
  private static let suffixEed: [UInt8] = Array("eed".utf8)
  private static let suffixIas: [UInt8] = Array("ias".utf8)
  private static let suffixIed: [UInt8] = Array("ied".utf8)
  private static let suffixIes: [UInt8] = Array("ies".utf8)
  private static let suffixIng: [UInt8] = Array("ing".utf8)
  private static let suffixIz: [UInt8] = Array("iz".utf8)
  private static let suffixLogue: [UInt8] = Array("logue".utf8)
  private static let e = UInt8(ascii: "e")
  private static let l = UInt8(ascii: "l")
  private static let s = UInt8(ascii: "s")

  /// Words the rules would get wrong, and what they are the same as (before step 4). Static
  /// strings, looked through in place: a hashed table of them cost a search more to build
  /// (about 350,000 instructions, hashing and the runtime's type lookups) than every lookup of
  /// a run together.
  private static let irregular: [(word: StaticString, same: StaticString)] = [
    ("series", "series"), ("species", "species"), ("news", "news"), ("atlas", "atlas"),
    ("canvas", "canvas"), ("lens", "lens"), ("chaos", "chaos"), ("matrices", "matrix"),
    ("vertices", "vertex"),
    ("indices", "index"), ("hypotheses", "hypothesis"), ("analyses", "analysis"),
    ("evening", "evening"), ("morning", "morning"), ("ceiling", "ceiling"),
    ("nothing", "nothing"), ("something", "something"), ("anything", "anything"),
    ("everything", "everything"), ("defence", "defense"), ("defences", "defense"),
    ("offence", "offense"), ("offences", "offense"), ("licence", "license"),
    ("licences", "license"), ("programme", "program"), ("programmes", "program"),
    ("learnt", "learn"), ("embed", "embed"), ("embeds", "embed"), ("ising", "ising"),
    ("spelt", "spell"), ("burnt", "burn"),
  ]

  /// What an irregular word is the same as, or nil.
  private static func irregularForm(of bytes: [UInt8]) -> [UInt8]? {
    for (word, same) in irregular where word.utf8CodeUnitCount == bytes.count {
      if word.withUTF8Buffer({ $0.elementsEqual(bytes) }) {
        return same.withUTF8Buffer { Array($0) }
      }
    }
    return nil
  }

  /// Step 1: British spellings to American ones.
  private static func respell(_ bytes: inout [UInt8]) {
    // Where the suffixes below may start: an `is`/`ys`, an `our`, in the last eight letters.
    var hasSibilant = false
    var hasOur = false
    for index in Swift.max(1, bytes.count - 8)..<bytes.count {
      if bytes[index] == s
        && (bytes[index - 1] == UInt8(ascii: "i") || bytes[index - 1] == UInt8(ascii: "y"))
      {
        hasSibilant = true
      } else if index >= 2, bytes[index] == UInt8(ascii: "r"),
        bytes[index - 1] == UInt8(ascii: "u"),
        bytes[index - 2] == UInt8(ascii: "o")
      {
        hasOur = true
      }
    }
    // -ise, -ised, -isation..., -yse...: the `s` becomes `z`.
    for suffix in sibilantSuffixes where hasSibilant && bytes.count >= suffix.count + 3 {
      guard bytes.ends(with: suffix) else { continue }
      let sAt = bytes.count - suffix.count
      if bytes[sAt - 1] == UInt8(ascii: "i") || bytes[sAt - 1] == UInt8(ascii: "y") {
        bytes[sAt] = UInt8(ascii: "z")
        return
      }
    }
    // -our after b, d, g, i, l, m, n, p or v and one letter more: the `u` goes.
    for suffix in ourSuffixes where hasOur && bytes.count >= suffix.count + 2 {
      guard bytes.ends(with: suffix) else { continue }
      let before = bytes[bytes.count - suffix.count - 1]
      if Self.ourLetters.contains(before) {
        bytes.remove(at: bytes.count - suffix.count + 1)
        return
      }
    }
    // -tre(s), -bre(s) after three letters: `re` becomes `er`; -logue(s): the `ue` goes.
    let plural = bytes.last == s ? 1 : 0
    let end = bytes.count - plural
    if end >= 5, bytes[end - 2] == UInt8(ascii: "r"), bytes[end - 1] == e,
      bytes[end - 3] == UInt8(ascii: "t") || bytes[end - 3] == UInt8(ascii: "b")
    {
      bytes.swapAt(end - 2, end - 1)
    } else if end >= 7, bytes[..<end].ends(with: Self.suffixLogue) {
      bytes.removeSubrange((end - 2)..<end)
    }
  }

  /// What follows `is`/`ys` in a British `-ise` word, with the `s` itself first.
  private static let sibilantSuffixes: [[UInt8]] = [
    "sations", "sation", "sing", "sers", "ser", "sed", "ses", "se",
  ].map { Array($0.utf8) }

  /// What follows the letter before `-our`, with `our` itself first.
  private static let ourSuffixes: [[UInt8]] = [
    "ourites", "ourite", "ourhoods", "ourhood", "ourable", "ourably", "ourally", "oural",
    "ouring", "oured", "ourers", "ourer", "ourful", "ourless", "ours", "our",
  ].map { Array($0.utf8) }

  /// Step 2: plurals and the third person.
  private static func singularize(_ bytes: inout [UInt8]) {
    guard bytes.last == s, bytes.count >= 4 else { return }
    let before = bytes[bytes.count - 2]
    if bytes.ends(with: Self.suffixIes), bytes.count >= 5 {
      let third = bytes[bytes.count - 4]
      if third != e && third != UInt8(ascii: "a") {
        bytes.removeLast(3)
        bytes.append(UInt8(ascii: "y"))
        return
      }
    }
    if before == s || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return }
    if bytes.ends(with: Self.suffixIas) { return }
    bytes.removeLast()
  }

  /// Step 3: `-ed` and `-ing`.
  private static func stripInflection(_ bytes: inout [UInt8]) {
    if bytes.count >= 5, bytes.ends(with: Self.suffixIed) {
      bytes.removeLast(3)
      bytes.append(UInt8(ascii: "y"))
      return
    }
    if bytes.ends(with: Self.suffixEed) {
      if measure(bytes, bytes.count - 3) > 0 { bytes.removeLast() }
      return
    }
    let suffix =
      bytes.ends(with: Self.suffixEd) ? 2 : bytes.ends(with: Self.suffixIng) ? 3 : 0
    let stem = bytes.count - suffix
    guard suffix > 0, (0..<stem).contains(where: { !isConsonant(bytes, $0) }) else { return }
    bytes.removeLast(suffix)
    if bytes.ends(with: Self.suffixEed) {  // proceeding: proceed, then as above
      if measure(bytes, bytes.count - 3) > 0 { bytes.removeLast() }
      return
    }
    let last = bytes[stem - 1]
    if bytes.ends(with: Self.suffixAt) || bytes.ends(with: Self.suffixBl)
      || bytes.ends(with: Self.suffixIz)
    {
      bytes.append(e)
    } else if stem >= 2, last == bytes[stem - 2], isConsonant(bytes, stem - 1),
      last != l, last != s, last != UInt8(ascii: "z")
    {
      bytes.removeLast()
    } else if measure(bytes, stem) == 1, endsConsonantVowelConsonant(bytes, stem) {
      bytes.append(e)
    }
  }

  /// Whether `bytes[index]` is a consonant in Porter's sense: not a vowel, and not a `y` after
  /// a consonant.
  private static func isConsonant(_ bytes: [UInt8], _ index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "a"), e, UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
    case UInt8(ascii: "y"): return index == 0 || !isConsonant(bytes, index - 1)
    default: return true
    }
  }

  /// Porter's measure of `bytes[..<end]`: how many times a vowel run is followed by a consonant
  /// run.
  private static func measure(_ bytes: [UInt8], _ end: Int) -> Int {
    var count = 0
    var previousIsVowel = false
    for index in 0..<end {
      let isVowel = !isConsonant(bytes, index)
      if previousIsVowel && !isVowel { count += 1 }
      previousIsVowel = isVowel
    }
    return count
  }

  /// Whether `bytes[..<end]` ends consonant, vowel, consonant, the last not `w`, `x` or `y`
  /// (`rat`, `hop`): a short stem whose `e` belongs to it.
  private static func endsConsonantVowelConsonant(_ bytes: [UInt8], _ end: Int) -> Bool {
    guard end >= 3 else { return false }
    let last = bytes[end - 1]
    return isConsonant(bytes, end - 1) && !isConsonant(bytes, end - 2)
      && isConsonant(bytes, end - 3) && last != UInt8(ascii: "w") && last != UInt8(ascii: "x")
      && last != UInt8(ascii: "y")
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}

extension ArraySlice where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
  }
}
