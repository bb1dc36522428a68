/// The order a file writes an object's keys in, learned as it is read: for each key of a
/// `JSONKeyTable` (and the start of an object), the key that followed it last time. The site
/// writes every event's keys, and every author's, in one order, so the key expected next is
/// checked against the bytes first (`JSONKeyTable.matches`), and only a key that is not it is
/// scanned for its end and found by its hash.
struct JSONKeyOrder {
  /// For each key's index, and for the start of an object (the table's count), the index of
  /// the key that followed it last, or -1.
  private var next: [Int]

  /// No order learned yet, for a table of `count` keys.
  init(count: Int) {
    next = [Int](repeating: -1, count: count + 1)
  }

  /// The key expected after `previous` (the table's count at the start of an object), or nil.
  func expected(after previous: Int) -> Int? {
    let key = next[previous]
    return key < 0 ? nil : key
  }

  /// Notes that `key` followed `previous`.
  mutating func note(_ key: Int, after previous: Int) {
    next[previous] = key
  }
}
