import Testing

@testable import ConfSchedKit

/// A hashed vocabulary numbers each distinct term once, in the order it first met them, and finds
/// them again, whatever their length (its probe compares eight bytes at a time, then the rest
/// one by one), across growth of the table.
@Suite("The vocabulary's hash table")
struct TermTableTests {
  /// Numbers `words` in a table and in a dictionary, and checks the two agree word by word.
  private func numbersLikeADictionary(_ words: [[UInt8]], capacity: Int = 16) {
    var table = TermTable(capacity: capacity)
    var expected: [[UInt8]: Int] = [:]
    for word in words {
      let id = word.withUnsafeBufferPointer { table.insert($0, 0..<$0.count) }
      let wanted = expected[word] ?? expected.count
      expected[word] = wanted
      #expect(id == wanted, "\(String(decoding: word, as: UTF8.self))")
    }
    #expect(table.count == expected.count)
    for (word, id) in expected {
      #expect(table.id(of: word) == id)
      #expect(Array(table.term(id)) == word)
      // A collection that is not contiguous takes the same path.
      #expect(table.id(of: word.lazy.map { $0 }) == id)
    }
  }

  @Test func numbersTermsOfEveryLengthAroundEightBytes() {
    var words: [[UInt8]] = []
    for length in 0...24 {
      words.append([UInt8](repeating: 0x61, count: length))
      words.append((0..<length).map { UInt8(0x61 + $0 % 26) })
    }
    // Again, all of them met before.
    numbersLikeADictionary(words + words.reversed())
  }

  /// Terms that differ in one byte only, at every place of every length to 24: the probe's
  /// eight-byte reads and its reads of the rest each tell them apart.
  @Test func tellsApartTermsThatDifferInOneByte() {
    var words: [[UInt8]] = []
    for length in 1...24 {
      let base = [UInt8](repeating: 0x61, count: length)
      words.append(base)
      for place in 0..<length {
        var other = base
        other[place] = 0x62
        words.append(other)
      }
    }
    numbersLikeADictionary(words + words.reversed())
  }

  /// The hash, against its definition written out plainly (every byte read one at a time, eight
  /// bits above the last): eight-byte words, then the rest, at every length to 40.
  @Test func hashesAsTheByteByByteTailDid() {
    func oracle(_ key: [UInt8]) -> UInt64 {
      let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
      var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
      var offset = 0
      while offset + 8 <= key.count {
        var word: UInt64 = 0
        for index in 0..<8 { word |= UInt64(key[offset + index]) << (8 * UInt64(index)) }
        value = (value ^ word) &* multiplier
        value ^= value >> 29
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < key.count {
        tail |= UInt64(key[offset]) << shift
        shift += 8
        offset += 1
      }
      value = (value ^ tail) &* multiplier
      value ^= value >> 29
      value &*= 0xbf58_476d_1ce4_e5b9
      return value ^ (value >> 32)
    }
    for length in 0...40 {
      let key = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 200) }
      #expect(TermTable.hash(key) == oracle(key), "\(length) bytes")
    }
  }

  @Test func tellsApartLongTermsThatShareTheirFirstEightBytes() {
    let stems = ["reinforc", "represen", "optimisa"].map { Array($0.utf8) }
    var words: [[UInt8]] = []
    for stem in stems {
      words.append(stem)
      for suffix in ["e", "ement", "ed", "ing", "ation", "ations", "ationally", "x", "y", "z"] {
        words.append(stem + Array(suffix.utf8))
      }
    }
    // Same length, same first eight bytes, differing only in the last byte or the ninth.
    words += ["abcdefgh1234567X", "abcdefgh1234567Y", "abcdefghX2345678", "abcdefghY2345678"]
      .map { Array($0.utf8) }
    numbersLikeADictionary(words + words)
  }

  @Test func tellsApartShortTermsThatDifferOnlyInLengthOrLastByte() {
    // "ab" and "ab\0" hash apart but may meet in a probe: the length must decide; words of
    // other bytes cover the top bit.
    let words: [[UInt8]] = [
      [0x61, 0x62], [0x61, 0x62, 0x00], [0x61, 0x62, 0x00, 0x00], [0x61], [0x00], [],
      [0xC3, 0xA9], [0xC3, 0xA9, 0x74, 0xC3, 0xA9], [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
      [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
      [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
    ]
    numbersLikeADictionary(words + words)
    // Terms of zeros: in a table near its fullest, probes pass many of them, and only the
    // lengths (then the bytes) tell them apart.
    let zeros = (0...500).map { [UInt8](repeating: 0, count: $0) }
    numbersLikeADictionary(zeros + zeros.reversed())
  }

  @Test func keepsEveryTermThroughGrowth() {
    // From 1,024 slots (the least) to 65,536: every term found again after each doubling, and
    // every id kept.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: UInt64) -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (state >> 33) % bound
    }
    var words: [[UInt8]] = []
    for _ in 0..<20_000 {
      let length = 1 + Int(next(14))
      words.append((0..<length).map { _ in 0x61 + UInt8(next(6)) })
    }
    numbersLikeADictionary(words, capacity: 1)
  }

  @Test func findsEveryTermOfAnIndexBuiltFromADump() {
    // The builder's vocabulary over the 2018 Tuesday, probed for every term it holds.
    let events = tuesday2018.events
    var builder = SearchIndex.Builder(eventCount: events.count)
    for (number, event) in events.enumerated() { builder.add(event, number: number) }
    #expect(builder.terms.count > 5000)
    for id in 0..<builder.terms.count {
      #expect(builder.terms.id(of: Array(builder.terms.term(id))) == id)
    }
  }
}
