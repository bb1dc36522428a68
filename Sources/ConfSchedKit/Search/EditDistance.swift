/// Small string distances: typo tolerance in search, suggestions for mistyped names.
public enum EditDistance {
  /// Whether `a` becomes `b` with at most one insertion, deletion, substitution, or swap of two
  /// neighbouring letters.
  static func isWithinOne(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard long.count - short.count <= 1 else { return false }
    var i = short.startIndex
    var j = long.startIndex
    while i < short.endIndex, short[i] == long[j] {
      i += 1
      j += 1
    }
    if i == short.endIndex { return true }  // differ only at the end
    if short.count == long.count {
      // One substitution, or a swap of neighbours.
      if short[(i + 1)...].elementsEqual(long[(j + 1)...]) { return true }
      return i + 1 < short.endIndex && short[i] == long[j + 1] && short[i + 1] == long[j]
        && short[(i + 2)...].elementsEqual(long[(j + 2)...])
    }
    // One insertion into the shorter.
    return short[i...].elementsEqual(long[(j + 1)...])
  }

  /// `isWithinOne` of bytes in place (a term of the index's vocabulary against a query word).
  static func isWithinOne(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard long.count - short.count <= 1 else { return false }
    var i = 0
    while i < short.count, short[i] == long[i] { i += 1 }
    if i == short.count { return true }  // differ only at the end
    func same(_ from: Int, _ offset: Int) -> Bool {
      var k = from
      while k < short.count {
        if short[k] != long[k + offset] { return false }
        k += 1
      }
      return true
    }
    if short.count == long.count {
      // One substitution, or a swap of neighbours.
      if same(i + 1, 0) { return true }
      return i + 1 < short.count && short[i] == long[i + 1] && short[i + 1] == long[i]
        && same(i + 2, 0)
    }
    // One insertion into the shorter.
    return same(i, 1)
  }

  /// Whether two different words of one length differ in exactly one letter (not a swap).
  static func isSubstitution(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).filter { $0 != $1 }.count == 1
  }

  /// The Levenshtein distance between two strings' UTF-8 bytes, for `did you mean`.
  public static func levenshtein(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
