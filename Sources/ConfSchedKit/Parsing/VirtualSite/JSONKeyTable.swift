/// The keys an object reader looks for, matched on the key's bytes in the file: a program's
/// 6,000 events write two dozen keys each, and making a `String` of each, then hashing and
/// comparing it, cost a tenth of the read.
struct JSONKeyTable {
  /// A key as read: one of the table's (its index), or another, decoded.
  enum Key {
    case known(Int)
    case other(String)
  }

  /// The names, one after another, as UTF-8.
  private let text: [UInt8]
  /// Where each name starts in `text`, and where the last ends.
  private let bounds: [Int]

  /// A table of at most 64 names (an object reader tracks the ones seen in a 64-bit mask).
  init(_ names: [String]) {
    precondition(names.count <= 64, "a key table holds at most 64 names")
    var text: [UInt8] = []
    var bounds = [0]
    for name in names {
      text.append(contentsOf: name.utf8)
      bounds.append(text.count)
    }
    self.text = text
    self.bounds = bounds
  }

  var count: Int { bounds.count - 1 }

  /// The name at an index, as a message quotes it.
  func name(_ index: Int) -> String {
    String(decoding: text[bounds[index]..<bounds[index + 1]], as: UTF8.self)
  }

  /// The index of the name whose bytes are `bytes[range]`, or nil.
  func index(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let length = range.count
    return text.withUnsafeBufferPointer { names -> Int? in
      for index in 0..<count where bounds[index + 1] - bounds[index] == length {
        let start = bounds[index]
        var offset = 0
        while offset < length, names[start + offset] == bytes[range.lowerBound + offset] {
          offset += 1
        }
        if offset == length { return index }
      }
      return nil
    }
  }

  /// The index of a name given as a string (a key written with escapes), or nil.
  func index(of key: String) -> Int? {
    Array(key.utf8).withUnsafeBufferPointer { index(of: $0, 0..<$0.count) }
  }
}
